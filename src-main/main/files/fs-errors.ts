import { IpcError, type IpcErrorCode } from '../../shared/ipc/errors';

/**
 * File-system failures as the codes the UI explains in Thai: a full disk, no permission, a
 * folder that is gone (an unplugged USB drive, an unmounted share). Anything else is an I/O
 * failure. Errors that already are IpcErrors pass through unchanged.
 */
export function fsErrorCode(error: unknown): IpcErrorCode {
  if (error instanceof IpcError) return error.code;
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no-permission';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
      return 'folder-gone';
    default:
      return 'io-failure';
  }
}

export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcError) return error;
  return new IpcError({ code: fsErrorCode(error), detail: error instanceof Error ? error.message : String(error) });
}

/** Runs a file operation and rethrows its failure as a translatable IpcError. */
export async function asIpcErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toIpcError(error);
  }
}
