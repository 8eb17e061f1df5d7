import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Reading from the share without being hurt (issue 18): symlinks, FIFOs, devices, directories and
 * paths outside the share are refused, and a file larger than its cap is not read.
 *
 * How: the relative path is checked lexically (no `..`, no absolute, no empty parts), then every
 * component is lstat-ed from the root down (a symlinked directory anywhere is refused), then the
 * file is opened with O_NOFOLLOW|O_NONBLOCK so a symlink swapped in after the lstat fails to open
 * and a FIFO opens without blocking, then fstat on the handle decides (regular file, size ≤ cap),
 * and finally realpath must still lie inside realpath(root). Windows has neither flag (they are
 * undefined there and count as 0): the lstat walk + fstat + realpath containment is the defence,
 * and SMB clients do not create FIFOs; a junction swapped in between the walk and the open is the
 * remaining race, bounded by the realpath check after open.
 */
export type SafeReadFailure = 'bad-path' | 'missing' | 'symlink' | 'not-a-file' | 'outside-share' | 'too-large' | 'unreadable';
export type SafeReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: SafeReadFailure };

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Splits a share-relative path, refusing anything that could step out of the root. */
export function shareRelativeParts(path: string): string[] | null {
  if (path.length === 0 || path.length > 1024 || isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.includes('\0')) return null;
  const parts = path.split(/[\\/]/);
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null;
  return parts;
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

export async function safeReadFile(shareRoot: string, relPath: string, maxBytes: number): Promise<SafeReadResult> {
  const parts = shareRelativeParts(relPath);
  if (!parts) return { ok: false, reason: 'bad-path' };
  let root: string;
  try {
    root = await realpath(shareRoot);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  let current = root;
  for (let i = 0; i < parts.length; i += 1) {
    current = join(current, parts[i]!);
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
    }
    if (info.isSymbolicLink()) return { ok: false, reason: 'symlink' };
    const last = i === parts.length - 1;
    if (!last && !info.isDirectory()) return { ok: false, reason: 'not-a-file' };
    if (last && !info.isFile()) return { ok: false, reason: 'not-a-file' };
    if (last && info.size > maxBytes) return { ok: false, reason: 'too-large' };
  }
  let handle;
  try {
    handle = await open(current, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: a symlink was swapped in after the walk.
    return { ok: false, reason: code === 'ELOOP' ? 'symlink' : code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large' };
    if (!inside(root, await realpath(current))) return { ok: false, reason: 'outside-share' };
    // Read at most cap+1 bytes: a file that grows after fstat is still caught.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total >= buffer.length) {
        if (total > maxBytes) return { ok: false, reason: 'too-large' };
        break;
      }
    }
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await handle.close();
  }
}

/** Per-kind caps (bytes, as stored on the share, sealed). Generous for real data, tiny for a bomb. */
export const SHARE_SIZE_CAPS = {
  format: 64 * 1024,
  registry: 64 * 1024,
  op: 64 * 1024 * 1024,
  snapshot: 512 * 1024 * 1024,
  blob: 64 * 1024 * 1024,
} as const;
