import type { OfficeProfile } from '../../src-main/shared/domain/office-profile';
import type { Staff } from '../../src-main/shared/domain/staff';
import type { StaffCredential } from '../../src-main/shared/auth/credential';
import type { Mission } from '../../src-main/shared/domain/mission';
import type { Task, TaskComment } from '../../src-main/shared/domain/task';
import type { WorkLink } from '../../src-main/shared/domain/work-link';
import type { Attendance, Institution, Intern, InternEvaluation, WorkLog } from '../../src-main/shared/domain/internship';
import type { Agency } from '../../src-main/shared/domain/agency';
import type { PressPickup, PressRelease, PressRequest, PressSend, PressSettings, ReleaseVersion } from '../../src-main/shared/domain/press';
import type { DistributionList, MediaContact, MediaOutlet } from '../../src-main/shared/domain/media';
import type { Complaint, ComplaintSettings, ComplaintStep } from '../../src-main/shared/domain/complaint';
import type { Survey, SurveyResponse } from '../../src-main/shared/domain/survey';
import type { DailyDigest } from '../../src-main/shared/domain/daily-digest';
import type { DataBreach } from '../../src-main/shared/domain/data-breach';
import type { MediaIssue, MediaItem } from '../../src-main/shared/domain/media-monitoring';
import type { Plan, PlanTag } from '../../src-main/shared/domain/plan';
import type { DataErasure } from '../../src-main/shared/domain/data-erasure';
import type { DataRequest } from '../../src-main/shared/domain/data-request';
import type { Envelope, WithEnvelope } from '../../src-main/shared/domain/envelope';
import type { RecordState } from '../../src-main/shared/sync/merge';
import type { SyncOp, SyncOpKind } from '../../src-main/shared/sync/sync-op';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import type { Briefing, BriefingVersion } from '../../src-main/shared/domain/briefing';
import type { QaBankItem } from '../../src-main/shared/domain/qa-bank';
import type { PressConference, PressStatement } from '../../src-main/shared/domain/press-conference';

export type { Envelope, WithEnvelope };

export type OpKind = SyncOpKind;

/**
 * One record write, as the outbox keeps it: the sync unit (a `SyncOp`) plus local bookkeeping,
 * and at the same time the record's change history (`before` holds the replaced values).
 */
export interface OutboxOp extends SyncOp {
  seq?: number;
  before: Record<string, unknown>;
  /** 0 until sync has published it (a number, because IndexedDB cannot index booleans). */
  published: 0 | 1;
}

/** Schema ≤ 9 kept blob bytes in IndexedDB; rows left here are moved to main's store once. */
export interface LegacyBlobRecord {
  id: string;
  mime: string;
  size: number;
  data: Uint8Array;
  createdAt: string;
  uploaded?: 0 | 1;
}

/** A blob a record refers to that this workstation has not got yet (see schema v10). */
export interface BlobWantRow {
  blobId: string;
  /** The first record found wanting it, to name it in the sync summary. */
  table: string;
  recordId: string;
  /** How many fetches found it on neither this workstation nor the share. */
  attempts: number;
}

export interface SyncRecordRow {
  table: string;
  recordId: string;
  state: RecordState;
  /** Highest local outbox seq already folded into `state`. */
  localSeq: number;
  /** 1 when the state holds a conflict. Stored only then (see toStored); read back as 0 when absent. */
  hasConflicts: 0 | 1;
}

export interface SyncMetaRow {
  key: string;
  value: unknown;
}

export interface SyncHeldRow {
  id?: number;
  deviceId: string;
  /** 'not-permitted': its author had no right to this write (incoming-permission.ts). */
  reason: 'newer-version' | 'far-future' | 'not-permitted';
  item: SequencedOp;
}

export interface LocalSettingsRecord {
  key: string;
  value: unknown;
}

export type OfficeProfileRecord = WithEnvelope<OfficeProfile>;
export type StaffRecord = WithEnvelope<Staff>;
export type StaffCredentialRecord = WithEnvelope<StaffCredential>;
export type MissionRecord = WithEnvelope<Mission>;
export type TaskRecord = WithEnvelope<Task>;
export type TaskCommentRecord = WithEnvelope<TaskComment>;
export type WorkLinkRecord = WithEnvelope<WorkLink>;
export type InstitutionRecord = WithEnvelope<Institution>;
export type InternRecord = WithEnvelope<Intern>;
export type AttendanceRecord = WithEnvelope<Attendance>;
export type WorkLogRecord = WithEnvelope<WorkLog>;
export type InternEvaluationRecord = WithEnvelope<InternEvaluation>;
export type DataErasureRecord = WithEnvelope<DataErasure>;
export type DataRequestRecord = WithEnvelope<DataRequest>;
export type DataBreachRecord = WithEnvelope<DataBreach>;
export type PlanRecord = WithEnvelope<Plan>;
export type PlanTagRecord = WithEnvelope<PlanTag>;
export type MediaItemRecord = WithEnvelope<MediaItem>;
export type MediaIssueRecord = WithEnvelope<MediaIssue>;
export type DailyDigestRecord = WithEnvelope<DailyDigest>;
export type MediaOutletRecord = WithEnvelope<MediaOutlet>;
export type MediaContactRecord = WithEnvelope<MediaContact>;
export type DistributionListRecord = WithEnvelope<DistributionList>;
export type AgencyRecord = WithEnvelope<Agency>;
export type ComplaintRecord = WithEnvelope<Complaint>;
export type ComplaintStepRecord = WithEnvelope<ComplaintStep>;
export type ComplaintSettingsRecord = WithEnvelope<ComplaintSettings>;
export type PressRequestRecord = WithEnvelope<PressRequest>;
export type PressReleaseRecord = WithEnvelope<PressRelease>;
export type ReleaseVersionRecord = WithEnvelope<ReleaseVersion>;
export type PressSendRecord = WithEnvelope<PressSend>;
export type PressPickupRecord = WithEnvelope<PressPickup>;
export type PressSettingsRecord = WithEnvelope<PressSettings>;
export type BriefingRecord = WithEnvelope<Briefing>;
export type BriefingVersionRecord = WithEnvelope<BriefingVersion>;
export type QaBankRecord = WithEnvelope<QaBankItem>;
export type PressConferenceRecord = WithEnvelope<PressConference>;
export type PressStatementRecord = WithEnvelope<PressStatement>;
export type SurveyRecord = WithEnvelope<Survey>;
export type SurveyResponseRecord = WithEnvelope<SurveyResponse>;
