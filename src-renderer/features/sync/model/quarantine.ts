import { OP_REJECTION_TH } from '../../../../src-main/shared/sync/op-validation';
import { FILE_QUARANTINE_REASONS } from '../../../../src-main/shared/sync/quarantine';
import type { PullResult } from '../../../../src-main/shared/sync/transport';

/** One thing a pull set aside (issue 18): a whole file, or one op in it (`opId`). */
export type QuarantinedEntry = PullResult['quarantined'][number];

/** Every reason the sync report has a Thai text for (`syncPage.quarantine.<reason>`). */
export const QUARANTINE_REASONS: readonly string[] = [...new Set<string>([...FILE_QUARANTINE_REASONS, ...Object.keys(OP_REJECTION_TH)])];

/** The same thing reported again (the next pull round, or the next sync): one row. */
function entryKey(entry: QuarantinedEntry): string {
  return JSON.stringify([entry.deviceId, entry.file, entry.opId ?? null, entry.reason]);
}

/**
 * Adds a pull round's quarantined entries to those already reported, dropping repeats by
 * device, file, op and reason. The first report of each is kept, in the order they came.
 */
export function mergeQuarantined(already: readonly QuarantinedEntry[], incoming: readonly QuarantinedEntry[]): QuarantinedEntry[] {
  const seen = new Set(already.map(entryKey));
  const merged = [...already];
  for (const entry of incoming) {
    const key = entryKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(entry);
  }
  return merged;
}

/** One line of the "สิ่งที่กันไว้ไม่นำเข้า" report. */
export interface QuarantineRow {
  key: string;
  /** The workstation's name as it published it, or its id when it gave none. */
  device: string;
  file: string;
  /** A whole file (its device's later files wait behind it), or one edit in it. */
  scope: 'file' | 'op';
  /** The i18n key of the reason; an unknown code (a newer app) falls back to a generic text. */
  reasonKey: string;
  reason: string;
  field: string | null;
}

/** Display rows, grouped by workstation and file, whole files before single edits. */
export function quarantineRows(entries: readonly QuarantinedEntry[]): QuarantineRow[] {
  const rows = entries.map(
    (entry): QuarantineRow => ({
      key: entryKey(entry),
      device: entry.deviceName.trim() || entry.deviceId,
      file: entry.file,
      scope: entry.opId === undefined ? 'file' : 'op',
      reasonKey: QUARANTINE_REASONS.includes(entry.reason) ? `syncPage.quarantine.${entry.reason}` : 'syncPage.quarantineReport.unknownReason',
      reason: entry.reason,
      field: entry.field?.trim() || null,
    }),
  );
  const scopeOrder = { file: 0, op: 1 } as const;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.device.localeCompare(b.row.device, 'th') || a.row.file.localeCompare(b.row.file) || scopeOrder[a.row.scope] - scopeOrder[b.row.scope] || a.index - b.index)
    .map(({ row }) => row);
}
