import type { OfficeProfile } from '../../src-main/shared/domain/office-profile';
import type { Staff } from '../../src-main/shared/domain/staff';
import type { Envelope, WithEnvelope } from '../../src-main/shared/domain/envelope';
import type { Hlc } from '../../src-main/shared/sync/hlc';
import type { RecordState } from '../../src-main/shared/sync/merge';
import type { SequencedOp } from '../../src-main/shared/sync/transport';

export type { Envelope, WithEnvelope };

export type OpKind = 'create' | 'update' | 'delete' | 'restore';

/**
 * One record write, as the outbox keeps it: the sync unit and the change history at once.
 * `fields` holds the new values of the fields that changed, `before` their previous values.
 */
export interface OutboxOp {
  seq?: number;
  opId: string;
  table: string;
  recordId: string;
  kind: OpKind;
  fields: Record<string, unknown>;
  /** Per field, the stamps this write knowingly replaces (sync merge input). */
  bases: Record<string, Hlc[]>;
  before: Record<string, unknown>;
  hlc: Hlc;
  actor: string;
  deviceId: string;
  at: string;
  /** 0 until sync has published it (a number, because IndexedDB cannot index booleans). */
  published: 0 | 1;
  schemaVersion: number;
}

export interface BlobRecord {
  id: string;
  mime: string;
  size: number;
  data: Uint8Array;
  createdAt: string;
  /** 1 once copied to the sync folder (a number: IndexedDB cannot index booleans). */
  uploaded?: 0 | 1;
}

export interface SyncRecordRow {
  table: string;
  recordId: string;
  state: RecordState;
  /** Highest local outbox seq already folded into `state`. */
  localSeq: number;
  hasConflicts: 0 | 1;
}

export interface SyncMetaRow {
  key: string;
  value: unknown;
}

export interface SyncHeldRow {
  id?: number;
  deviceId: string;
  reason: 'newer-version' | 'far-future';
  item: SequencedOp;
}

export interface LocalSettingsRecord {
  key: string;
  value: unknown;
}

export type OfficeProfileRecord = WithEnvelope<OfficeProfile>;
export type StaffRecord = WithEnvelope<Staff>;
