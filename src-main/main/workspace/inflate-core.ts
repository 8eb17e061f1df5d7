import { gunzipSync } from 'node:zlib';

/** What the worker answers; also the client's result type. */
export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' | 'timeout' | 'worker-failed' };

/**
 * Gunzip with a hard cap on the output. zlib's maxOutputLength stops inflating as soon as the
 * output would pass the cap (RangeError ERR_BUFFER_TOO_LARGE), so a gzip bomb costs at most
 * `maxBytes` of memory and the time to produce that much, never the bomb's full size.
 */
export function inflateCapped(gz: Uint8Array, maxBytes: number): InflateResult {
  try {
    return { ok: true, bytes: gunzipSync(gz, { maxOutputLength: Math.max(1, maxBytes) }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? 'too-large' : 'corrupt' };
  }
}

export interface InflateRequest {
  id: number;
  gz: Uint8Array;
  maxBytes: number;
}
export interface InflateResponse {
  id: number;
  result: InflateResult;
}
