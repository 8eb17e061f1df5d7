import type { BlobWantRow, PrDeskDb } from '../../../data';
import { blobRefsOf } from '../../../../src-main/shared/blobs/blob-refs';

/**
 * A file that has not arrived, named the way staff know it: which record (its table and its
 * headline, title or name) and which file (the attachment's name, the photo's file name or
 * caption, or what the field is, such as the office logo).
 */
export interface MissingFile {
  blobId: string;
  table: string;
  recordId: string;
  /** The record's headline / title / subject / name; null when the record is not here. */
  record: string | null;
  /** The file's own name or caption; null for a single-file field (see `field`). */
  file: string | null;
  /** The field that holds it, e.g. `photos`, `attachments`, `logoBlobId`. */
  field: string;
  /** How many downloads have not found it. */
  attempts: number;
}

/** Shown at most (the panel says how many more there are). */
export const MISSING_SHOWN = 50;

type Row = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function recordTitle(record: Row): string | null {
  const inner = record.snapshot && typeof record.snapshot === 'object' ? (record.snapshot as Row) : null;
  for (const source of [record, inner]) {
    if (!source) continue;
    const title = text(source.headline) ?? text(source.title) ?? text(source.subject) ?? text(source.officeName) ?? text(source.name);
    if (title) return title;
    const person = [text(source.firstName), text(source.lastName)].filter(Boolean).join(' ');
    if (person) return person;
  }
  return null;
}

/** The list item (photo, attachment) or the field that holds this blob in the record. */
function fileIn(table: string, record: Row, blobId: string): { file: string | null; field: string } {
  for (const path of blobRefsOf(table)) {
    const segments = path.split('.');
    const listAt = segments.findIndex((s) => s.endsWith('[]'));
    if (listAt < 0) {
      let value: unknown = record;
      for (const s of segments) value = value && typeof value === 'object' ? (value as Row)[s] : undefined;
      if (value === blobId) return { file: null, field: segments[segments.length - 1] ?? path };
      continue;
    }
    let list: unknown = record;
    for (const s of segments.slice(0, listAt + 1)) list = list && typeof list === 'object' ? (list as Row)[s.replace('[]', '')] : undefined;
    const key = segments[listAt + 1];
    if (!Array.isArray(list) || !key) continue;
    for (const item of list as Row[]) {
      if (item && typeof item === 'object' && item[key] === blobId) {
        const name = text(item.name) ?? text(item.fileName);
        const caption = text(item.caption);
        const file = name && caption ? `${name} (${caption})` : (name ?? caption);
        return { file, field: (segments[listAt] ?? path).replace('[]', '') };
      }
    }
  }
  return { file: null, field: 'file' };
}

export async function describeMissing(db: PrDeskDb, wants: readonly BlobWantRow[]): Promise<MissingFile[]> {
  const out: MissingFile[] = [];
  for (const want of wants) {
    const table = db.tables.find((t) => t.name === want.table);
    const record = table ? ((await table.get(want.recordId)) as Row | undefined) : undefined;
    const { file, field } = record ? fileIn(want.table, record, want.blobId) : { file: null, field: 'file' };
    out.push({ blobId: want.blobId, table: want.table, recordId: want.recordId, record: record ? recordTitle(record) : null, file, field, attempts: want.attempts });
  }
  return out;
}

/** Every file still missing after at least one attempt, the first MISSING_SHOWN described. */
export async function missingFiles(db: PrDeskDb): Promise<{ total: number; shown: MissingFile[] }> {
  const rows = await db.blobWants.filter((w) => w.attempts > 0).toArray();
  return { total: rows.length, shown: await describeMissing(db, rows.slice(0, MISSING_SHOWN)) };
}
