// What the sync pages read and write. The engine itself (runSync, the snapshot, the file
// download) is called through these hooks; tests and bench import its files directly.
export type { ClockReport } from './clock-check';
export type { MissingFile } from './missing-files';
export type { NotPermittedEntry } from './not-permitted';
export { SyncStopped, type SyncProgress, type SyncSummary } from './sync-engine';
export { useBackupCommands, useBackupKeep } from './use-backups';
export { useConflictCommands, useConflictRecords, useReferenceNames } from './use-conflicts';
export { useFileDownload } from './use-file-download';
export { useMissingFiles } from './use-missing-files';
export { useRunSync } from './use-run-sync';
export { usePendingChangeCount, useReadSyncPosition, useSyncMeta } from './use-sync-status';
