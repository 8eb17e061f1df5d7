import { isSyncedTable, type PrDeskDb, type SyncHeldRow } from '../../../data';
import { staffDisplayName, type Staff } from '../../../../src-main/shared/domain/staff';

/**
 * One change another workstation sent that this one held back because the person it names as
 * its author had no right to make it (issue 19, data/incoming-permission.ts): forged, or written
 * before this workstation knew that person or the record. Kept and offered again at every sync;
 * listed in the sync summary until it applies.
 */
export interface NotPermittedEntry {
  key: string;
  /** The sending workstation's name, or its id when it gave none. */
  device: string;
  /** The author's staff id as the change names it. */
  actor: string;
  /** The author's name, or null when this workstation has no staff record of that id. */
  author: string | null;
  table: string;
  recordId: string;
  /** The record as it is here (the change did not apply), or as the change would have named it. */
  values: Record<string, unknown>;
  /** The fields the change sets. */
  fields: string[];
  /** When its author's workstation wrote it (that workstation's clock). */
  at: string;
}

/** Listed at most (the report says how many more there are). */
export const NOT_PERMITTED_SHOWN = 50;

export async function notPermittedReport(db: PrDeskDb, devices: readonly { deviceId: string; deviceName: string }[]): Promise<{ total: number; shown: NotPermittedEntry[] }> {
  const rows = db.syncHeld.filter((row: SyncHeldRow) => row.reason === 'not-permitted');
  const total = await rows.clone().count();
  const held = await rows.limit(NOT_PERMITTED_SHOWN).toArray();
  const names = new Map(devices.map((d) => [d.deviceId, d.deviceName.trim()]));
  const staff = await db.staff.bulkGet([...new Set(held.map((row) => row.item.op.actor))]);
  const staffById = new Map(staff.filter((s): s is NonNullable<typeof s> => !!s).map((s) => [s.id, s as Staff & { id: string }]));
  const shown: NotPermittedEntry[] = [];
  for (const row of held) {
    const { op } = row.item;
    const person = staffById.get(op.actor);
    const here = isSyncedTable(op.table) ? ((await db.table<Record<string, unknown>, string>(op.table).get(op.recordId)) ?? null) : null;
    shown.push({
      key: String(row.id ?? `${op.deviceId}:${op.opId}`),
      device: names.get(op.deviceId) || op.deviceId,
      actor: op.actor,
      author: person ? staffDisplayName(person) : null,
      table: op.table,
      recordId: op.recordId,
      values: here ?? op.fields,
      fields: Object.keys(op.fields).sort(),
      at: op.at,
    });
  }
  return { total, shown };
}
