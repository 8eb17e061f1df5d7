/** The only code that reads window.prDesk: the main process as the renderer calls it. */
export { mainProcess } from './main-process';
export { IpcError } from '../../src-main/shared/ipc/errors';
export { MAX_BLOB_BYTES, blobUrl, eraseBlobs, putBlob, readBlobBytes } from './blobs';
export { noticeAtStart, reloadWithNotice, takeNoticeAfterReload, type StartNotice } from './reload-notice';
