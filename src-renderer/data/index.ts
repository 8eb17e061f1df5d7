export { DatabaseOpenError, DEFAULT_DB_NAME, PrDeskDb, openPrDeskDb, type OpenOptions } from './db';
export { HardDeleteError, type WriterContext } from './outbox-middleware';
export { RecordNotFoundError, createAndUpdate, createRepository, withoutEnvelope, type Repository } from './repository';
export { readHistory, type FieldChange, type HistoryEntry } from './history';
export { approverPositionOn, officeProfileRepo } from './office-profile-repo';
export { staffRepo } from './staff-repo';
export { createFirstAdministrator, credentialOf, credentialRepo, hasAnyCredential, OfficeAlreadySetUpError, saveCredential, signInCandidates } from './credential-repo';
export { LOCAL_SETTING_DEFAULTS, localSettings, type LocalSettings } from './local-settings';
export { requestPersistentStorage } from './persist';
export { hasLegacyBlobs, moveLegacyBlobs, type LegacyBlobOutcome, type LegacyBlobProgress } from './legacy-blobs';
export { SYNCED_TABLES, isSyncedTable, type SyncedTableName } from './schema';
export type * from './types';
export { markUnlogged, SYNC_DIRECTIVE, type SyncDirective } from './outbox-middleware';
export { markErasureWrite, markSystemWrite, type ActingSource } from './write-permission';
export { erasePerson, erasePersonWithEdit, type ErasePersonRequest, type ErasureFiles } from './erase-person';
export { redactBackups } from './backup-redaction';
export { replayErasures } from './erasure-replay';
export { erasureTargets, personRecords, type ErasureTarget, type PersonRecord, type ScrubOutcome } from './erasure';
export { dataBreachRepo, dataRequestRepo } from './privacy-repo';
export {
  applyRemoteBatch,
  currentSyncRecord,
  currentSyncRecords,
  readSyncMeta,
  recordsWithConflicts,
  refreshSyncRecord,
  storeMergedRecord,
  storeMergedRecords,
  toSyncOp,
  unpublishedOps,
  writeSyncMeta,
  type SyncMeta,
} from './sync-store';
export { BACKUP_CHUNK_ROWS, BACKUP_TABLES, encodeRow, streamBackup, type BackupClient, type BackupProgress, type StreamBackupOptions } from './backup';
export {
  RESTORING_KEY,
  RestoreCountError,
  RestoreRefusedError,
  forgetInterruptedRestore,
  interruptedRestore,
  replaceTablePart,
  restoreBackup,
  restoreRunning,
  type RestoreClient,
  type RestoreProgress,
  type RestoreResult,
} from './restore';
export { CURRENT_SCHEMA_VERSION } from './schema';
export { missionRepo } from './mission-repo';
export { taskCommentRepo, taskRepo, workLinkRepo } from './task-repo';
export { seedStandardMissions, standardMissionId, standardMissions } from './seed-missions';
export { attendanceRepo, dataErasureRepo, institutionRepo, internEvaluationRepo, internRepo, workLogRepo } from './internship-repo';
export { distributionListRepo, mediaContactRepo, mediaOutletRepo } from './media-repo';
export { agencyRepo } from './agency-repo';
export { complaintRepo, complaintSettingsRepo, complaintStepRepo } from './complaint-repo';
export {
  pressPickupRepo,
  pressReleaseRepo,
  pressRequestRepo,
  pressSendRepo,
  pressSettingsRepo,
  releaseVersionRepo,
} from './press-repo';
export { briefingRepo, briefingVersionRepo, pressConferenceRepo, pressStatementRepo, qaBankRepo } from './briefing-repo';
export { surveyRepo, surveyResponseRepo } from './survey-repo';
export { collectUnusedBlobs, referencedBlobIds, type GarbageCollectorPort } from './blob-references';
export { clearDatabaseFiles, rebuildFromBackup, type PurgeClient, type PurgeProgress } from './database-purge';
export { findMentions, personNames, type Mention } from './mentions';
export { DatabaseContext, DatabaseProvider, useDb } from './database-context';
export { startDatabase, type StartStep, type StartedDatabase } from './start-database';
export { liveRow, liveRows } from './live-rows';
export { useDbCommands, useLiveDbQuery } from './use-db-hooks';
export { useRecordHistory, type RecordHistoryData } from './use-record-history';
export { useAutomaticBackup } from './automatic-backup';
export { useSyncStatus, useUnpublishedCount, useUnreadableRecords } from './use-sync-status';
export { useSignedInStaff } from './use-signed-in-staff';
export { erasureFollowUp } from './erasure-follow-up';
export { rebuildDatabaseFilesIfWanted, type RebuildClient, type RebuildOutcome } from './database-rebuild';
export { useResumeRestore } from './use-resume-restore';
