import { useCallback, useSyncExternalStore } from 'react';
import { useDb } from '../../../data';
import { cancelFileDownload, fileDownloadState, subscribeFileDownload, type FileDownloadState } from './file-download';

/** The background file download of this database (file-download.ts): its state, and stopping it. */
export function useFileDownload(): { state: FileDownloadState; cancel: () => void } {
  const db = useDb();
  const subscribe = useCallback((listener: () => void) => subscribeFileDownload(db, listener), [db]);
  const state = useSyncExternalStore(subscribe, () => fileDownloadState(db));
  const cancel = useCallback(() => cancelFileDownload(db), [db]);
  return { state, cancel };
}
