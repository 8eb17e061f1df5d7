import type { PrDeskDb } from './db';
import type { OpKind } from './types';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  opId: string;
  at: string;
  actor: string;
  deviceId: string;
  kind: OpKind;
  changes: FieldChange[];
}

/**
 * A record's visible change history, newest first, straight from the outbox. Published ops
 * are kept for this reason: the outbox is the office's audit trail, not just a send queue.
 */
export async function readHistory(db: PrDeskDb, table: string, recordId: string): Promise<HistoryEntry[]> {
  const ops = await db.outbox.where('[table+recordId]').equals([table, recordId]).sortBy('seq');
  return ops.reverse().map((op) => ({
    opId: op.opId,
    at: op.at,
    actor: op.actor,
    deviceId: op.deviceId,
    kind: op.kind,
    changes: Object.keys(op.fields)
      .filter((field) => field !== 'deleted')
      .map((field) => ({ field, before: op.before[field], after: op.fields[field] })),
  }));
}
