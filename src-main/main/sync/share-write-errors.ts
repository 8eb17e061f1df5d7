import { IpcError } from '../../shared/ipc/errors';
import { toIpcError } from '../files/fs-errors';

/**
 * A write into the sync share that failed because the share is full or will not take writes,
 * as the codes the sync page explains in Thai ("the shared folder is full … nothing on this
 * computer is lost, the next sync sends it"). Distinct from 'disk-full'/'no-permission', which
 * speak of this computer's own disk and folders. Anything else is translated as any file error.
 */
const FULL = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

export function shareWriteError(error: unknown): IpcError {
  if (error instanceof IpcError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (FULL.has(code)) return new IpcError({ code: 'sync-share-full', detail });
  if (READ_ONLY.has(code)) return new IpcError({ code: 'sync-share-read-only', detail });
  return toIpcError(error);
}

/** Runs writes into the share and rethrows their failure as shareWriteError does. */
export async function asShareWriteErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw shareWriteError(error);
  }
}
