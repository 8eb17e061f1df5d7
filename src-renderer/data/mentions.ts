import type { PrDeskDb } from './db';
import { SYNCED_TABLES } from './schema';

/**
 * Free text that names a person in someone else's record: a colleague's comment "ส่งภาพให้
 * กนกวรรณ ศรีสุข แล้ว", a press release quoting a complainant. The personal-data declaration
 * follows structure, not prose, so an erasure does not reach these and an access export does not
 * list them; they are found here, by the person's full name, for someone to read and edit.
 */

type Row = Record<string, unknown>;

export interface Mention {
  table: string;
  recordId: string;
  /** The text around the name, at most EXCERPT_CHARS either side. */
  excerpt: string;
}

const EXCERPT_CHARS = 40;
const SCAN_CHUNK = 2_000;
/** A name shorter than this (Thai characters) matches too much prose to be worth listing. */
const MIN_NAME_CHARS = 4;

/** Whitespace of any kind (and the zero-width space Thai text carries) as one space. */
function normalise(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ');
}

/** The names a person's own record goes by, as prose would write them ("ชื่อ นามสกุล"). */
export function personNames(table: string, row: Row | undefined): string[] {
  if (!row) return [];
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const full = table === 'complaints' ? text(row.complainantName) : [text(row.firstName), text(row.lastName)].filter(Boolean).join(' ');
  const name = normalise(full);
  return name.length >= MIN_NAME_CHARS ? [name] : [];
}

/** Every string in a value (a record's fields, a briefing's blocks, a list of invitees). */
function* stringsOf(value: unknown, depth = 0): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (depth < 6 && Array.isArray(value)) for (const item of value) yield* stringsOf(item, depth + 1);
  else if (depth < 6 && value && typeof value === 'object' && !(value instanceof Uint8Array)) for (const item of Object.values(value)) yield* stringsOf(item, depth + 1);
}

function excerptAround(text: string, at: number, length: number): string {
  const start = Math.max(0, at - EXCERPT_CHARS);
  const end = Math.min(text.length, at + length + EXCERPT_CHARS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * Records (live ones, of every synced table) whose text holds one of `names`, but not those in
 * `skip` ("table\u0000id": the person's own records, which the erasure or export already covers).
 * Reads the tables a chunk at a time; stops at `limit` mentions.
 */
export async function findMentions(db: PrDeskDb, names: readonly string[], skip: ReadonlySet<string>, limit = 100): Promise<{ mentions: Mention[]; more: boolean }> {
  const needles = names.map(normalise).filter((n) => n.length >= MIN_NAME_CHARS);
  const mentions: Mention[] = [];
  if (needles.length === 0) return { mentions, more: false };
  for (const table of SYNCED_TABLES) {
    const store = db.table<Row, string>(table);
    // Key after key, a chunk at a time: an offset would read every earlier row again.
    for (let last: string | null = null; ; ) {
      const rows: Row[] = await (last === null ? store.orderBy(':id') : store.where(':id').above(last)).limit(SCAN_CHUNK).toArray();
      last = rows.length > 0 ? String(rows[rows.length - 1]?.id) : last;
      for (const row of rows) {
        if (row.deleted === true || skip.has(`${table}\u0000${String(row.id)}`)) continue;
        for (const raw of stringsOf(row)) {
          const text = normalise(raw);
          const found = needles.map((needle) => ({ needle, at: text.indexOf(needle) })).find((hit) => hit.at >= 0);
          if (!found) continue;
          if (mentions.length === limit) return { mentions, more: true };
          mentions.push({ table, recordId: String(row.id), excerpt: excerptAround(text, found.at, found.needle.length) });
          break;
        }
      }
      if (rows.length < SCAN_CHUNK) break;
    }
  }
  return { mentions, more: false };
}
