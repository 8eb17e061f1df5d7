import { Dexie, type EntityTable, type Table } from 'dexie';
import { createHlcClock } from '../../src-main/shared/sync/hlc';
import { BackupGens, type BackupGenRow } from './backup-gens';
import { UnreadableRecords } from './unreadable-records';
import { ReadScope } from './read-scope';
import { createOutboxMiddleware, type WriterContext } from './outbox-middleware';
import type { ActingSource } from './write-permission';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import type {
  AgencyRecord,
  AttendanceRecord,
  BlobWantRow,
  LegacyBlobRecord,
  ComplaintRecord,
  ComplaintSettingsRecord,
  ComplaintStepRecord,
  DataBreachRecord,
  DailyDigestRecord,
  MediaIssueRecord,
  MediaItemRecord,
  PlanRecord,
  PlanTagRecord,
  DataErasureRecord,
  DataRequestRecord,
  DistributionListRecord,
  InstitutionRecord,
  InternEvaluationRecord,
  InternRecord,
  LocalSettingsRecord,
  MediaContactRecord,
  MediaOutletRecord,
  MissionRecord,
  OfficeProfileRecord,
  OutboxOp,
  StaffRecord,
  StaffCredentialRecord,
  SyncHeldRow,
  SyncMetaRow,
  SyncRecordRow,
  SurveyRecord,
  SurveyResponseRecord,
  TaskCommentRecord,
  TaskRecord,
  WorkLinkRecord,
  WorkLogRecord,
  PressPickupRecord,
  PressReleaseRecord,
  PressRequestRecord,
  PressSendRecord,
  PressSettingsRecord,
  ReleaseVersionRecord,
  BriefingRecord,
  BriefingVersionRecord,
  QaBankRecord,
  PressConferenceRecord,
  PressStatementRecord,
} from './types';

export const DEFAULT_DB_NAME = 'pr-desk';

/** The single Dexie database of this workstation (DESIGN.md §4). */
export class PrDeskDb extends Dexie {
  officeProfile!: EntityTable<OfficeProfileRecord, 'id'>;
  staff!: EntityTable<StaffRecord, 'id'>;
  staffCredentials!: EntityTable<StaffCredentialRecord, 'id'>;
  missions!: EntityTable<MissionRecord, 'id'>;
  tasks!: EntityTable<TaskRecord, 'id'>;
  taskComments!: EntityTable<TaskCommentRecord, 'id'>;
  workLinks!: EntityTable<WorkLinkRecord, 'id'>;
  institutions!: EntityTable<InstitutionRecord, 'id'>;
  interns!: EntityTable<InternRecord, 'id'>;
  internAttendance!: EntityTable<AttendanceRecord, 'id'>;
  internWorkLogs!: EntityTable<WorkLogRecord, 'id'>;
  internEvaluations!: EntityTable<InternEvaluationRecord, 'id'>;
  dataErasures!: EntityTable<DataErasureRecord, 'id'>;
  dataRequests!: EntityTable<DataRequestRecord, 'id'>;
  dataBreaches!: EntityTable<DataBreachRecord, 'id'>;
  mediaOutlets!: EntityTable<MediaOutletRecord, 'id'>;
  mediaContacts!: EntityTable<MediaContactRecord, 'id'>;
  distributionLists!: EntityTable<DistributionListRecord, 'id'>;
  agencies!: EntityTable<AgencyRecord, 'id'>;
  complaints!: EntityTable<ComplaintRecord, 'id'>;
  complaintSteps!: EntityTable<ComplaintStepRecord, 'id'>;
  complaintSettings!: EntityTable<ComplaintSettingsRecord, 'id'>;
  pressRequests!: EntityTable<PressRequestRecord, 'id'>;
  pressReleases!: EntityTable<PressReleaseRecord, 'id'>;
  pressReleaseVersions!: EntityTable<ReleaseVersionRecord, 'id'>;
  pressSends!: EntityTable<PressSendRecord, 'id'>;
  pressPickups!: EntityTable<PressPickupRecord, 'id'>;
  pressSettings!: EntityTable<PressSettingsRecord, 'id'>;
  briefings!: EntityTable<BriefingRecord, 'id'>;
  briefingVersions!: EntityTable<BriefingVersionRecord, 'id'>;
  qaBank!: EntityTable<QaBankRecord, 'id'>;
  pressConferences!: EntityTable<PressConferenceRecord, 'id'>;
  pressStatements!: EntityTable<PressStatementRecord, 'id'>;
  surveys!: EntityTable<SurveyRecord, 'id'>;
  surveyResponses!: EntityTable<SurveyResponseRecord, 'id'>;
  plans!: EntityTable<PlanRecord, 'id'>;
  planTags!: EntityTable<PlanTagRecord, 'id'>;
  mediaItems!: EntityTable<MediaItemRecord, 'id'>;
  mediaIssues!: EntityTable<MediaIssueRecord, 'id'>;
  dailyDigests!: EntityTable<DailyDigestRecord, 'id'>;
  outbox!: EntityTable<OutboxOp, 'seq'>;
  /** Legacy (schema ≤ 9): blob bytes not yet moved to main's store. */
  blobs!: EntityTable<LegacyBlobRecord, 'id'>;
  blobWants!: EntityTable<BlobWantRow, 'blobId'>;
  localSettings!: EntityTable<LocalSettingsRecord, 'key'>;
  syncRecords!: Table<SyncRecordRow, [string, string]>;
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;
  syncHeld!: EntityTable<SyncHeldRow, 'id'>;
  backupGens!: EntityTable<BackupGenRow, 'table'>;
  readonly writer: WriterContext;
  /** Which tables changed since a backup looked (see backup-gens.ts). */
  readonly changes = new BackupGens();
  /** Records that fail their schema, left out of what screens read (unreadable-records.ts). */
  readonly unreadable = new UnreadableRecords();
  /** What an intern signed in may read: their own records and tasks (read-scope.ts). */
  readonly readScope: ReadScope;

  constructor(name: string, writer: WriterContext) {
    super(name);
    this.writer = writer;
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(createOutboxMiddleware(writer));
    this.use(this.changes.middleware);
    this.use(this.unreadable.middleware);
    this.readScope = new ReadScope(writer.acting);
    this.readScope.attach(this);
    this.use(this.readScope.middleware);
  }

  /**
   * What a screen may show of `table` when it reads outside a live query (whose reads the two
   * filters above already check): a stored record that is readable and that the person acting
   * may see. Read once per answer: who is acting is looked up at each call.
   */
  shownOnScreen(table: string): (record: unknown) => boolean {
    return (record) => this.unreadable.admit(table, record) && this.readScope.admits(table, record);
  }
}

/** Opening failed: the UI must say so and stop, never carry on with an empty database. */
export class DatabaseOpenError extends Error {
  constructor(cause: unknown) {
    super(`The PR Desk database could not be opened: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  name?: string;
  deviceId: string;
  /** The staff id of whoever is signed in ('unknown' before anyone has). */
  getActor: () => string;
  /** The signed-in person and role the write rules check (write-permission.ts). */
  acting: ActingSource;
  now?: () => Date;
  /**
   * Backs up the old database before a schema upgrade runs (issue 9): receives it opened as
   * it is on disk (a raw Dexie at its old version) to stream it with `streamBackup`.
   */
  backupBeforeUpgrade?: (old: Dexie, meta: { schemaVersion: number; deviceId: string }) => Promise<void>;
}

/** If an older version of the database exists, back it up as it is before Dexie upgrades it. */
async function backupOldVersion(name: string, deviceId: string, backup: NonNullable<OpenOptions['backupBeforeUpgrade']>): Promise<void> {
  if (!(await Dexie.exists(name))) return;
  const probe = new Dexie(name); // no versions declared: opens at whatever version is on disk
  try {
    await probe.open();
    if (probe.verno >= CURRENT_SCHEMA_VERSION) return;
    await backup(probe, { schemaVersion: probe.verno, deviceId });
  } finally {
    probe.close();
  }
}

export async function openPrDeskDb({
  name = DEFAULT_DB_NAME,
  deviceId,
  getActor,
  acting,
  now = () => new Date(),
  backupBeforeUpgrade,
}: OpenOptions): Promise<PrDeskDb> {
  if (backupBeforeUpgrade) {
    try {
      await backupOldVersion(name, deviceId, backupBeforeUpgrade);
    } catch (error) {
      // No upgrade without its backup: stop here and say so, with the data untouched.
      throw new DatabaseOpenError(error);
    }
  }
  const db = new PrDeskDb(name, {
    deviceId,
    getActor,
    acting,
    now,
    clock: createHlcClock(deviceId, () => now().getTime()),
  });
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw new DatabaseOpenError(error);
  }
  db.changes.load(await db.backupGens.toArray());
  // Continue the clock from the newest local stamp, so a clock set back a little never reuses
  // stamps. A stamp more than 5 minutes ahead of the wall clock is not followed (hlc.ts): the
  // clock was ahead and has been fixed, and stamping on in the future would keep it wrong.
  const newest = await db.outbox.orderBy('seq').last();
  if (newest) db.writer.clock.receive(newest.hlc);
  return db;
}
