import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { IpcError } from '../../shared/ipc/errors';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Off the event loop's thread (zlib's async API runs in libuv's pool), so the UI stays live.
 * Level 1: a ten-year office's records are a few hundred MB of NDJSON, compressed at every
 * daily backup; level 6 took about 2.4 times the CPU for parts a third smaller, next to
 * gigabytes of photos that do not compress at all.
 */
export function gzipText(text: string | Uint8Array): Promise<Buffer> {
  return gzipAsync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { level: 1 });
}

/**
 * Decompresses with a cap on the output (a small file must not expand into gigabytes: a
 * "zip bomb" in an imported file). Damage of any kind is `damaged-file`.
 */
export async function gunzipCapped(bytes: Uint8Array, maxOutputLength: number): Promise<Buffer> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength });
  } catch (error) {
    throw new IpcError({ code: 'damaged-file', detail: error instanceof Error ? error.message : 'cannot decompress' });
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
