import { IpcError } from '../../platform';
import { SyncStopped } from './data';

/** A sync or setup failure in the user's language: the stop reason's or the IPC code's text. */
export function errorText(t: (key: string) => string, error: unknown): string {
  if (error instanceof SyncStopped) return t(`syncPage.stopped.${error.code}`);
  if (error instanceof IpcError) return t(`errors.ipc.${error.code}`);
  return t('errors.ipc.internal');
}
