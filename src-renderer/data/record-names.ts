import { staffDisplayName } from '../../src-main/shared/domain/staff';
import type { PrDeskDb } from './db';

/**
 * The tables whose records other records point at by id (a task's assignees, a complaint's
 * agency, a survey answer's survey), so a history can name them instead of showing an id.
 */
export const NAMED_TABLES = [
  'staff',
  'interns',
  'agencies',
  'missions',
  'tasks',
  'surveys',
  'institutions',
  'mediaOutlets',
  'mediaContacts',
  'distributionLists',
  'pressReleases',
  'pressRequests',
  'briefings',
  'pressConferences',
  'complaints',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of other records anywhere in a value (a staff id, a list of assignees, a delegation's person). */
export function idsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) idsIn(item, into);
  }
  return into;
}

const PEOPLE = new Set<string>(['staff', 'interns', 'mediaContacts']);

/** A record's name as people call it: a person's title and name, else its title, name or subject. */
export function recordName(table: string, row: Readonly<Record<string, unknown>>): string | undefined {
  const text = (key: string) => (typeof row[key] === 'string' && row[key] ? (row[key]) : undefined);
  if (PEOPLE.has(table) && text('firstName')) return staffDisplayName({ title: text('title') ?? '', firstName: text('firstName') ?? '', lastName: text('lastName') ?? '' });
  return text('title') ?? text('name') ?? text('subject');
}

/** Id → name of each of `ids` found in the named tables (ids are UUIDs: one table holds each). */
export async function recordNames(db: PrDeskDb, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const names = new Map<string, string>();
  if (wanted.length === 0) return names;
  const present = new Set(db.tables.map((table) => table.name));
  for (const table of NAMED_TABLES) {
    if (!present.has(table)) continue;
    const rows = await db.table<Record<string, unknown>, string>(table).bulkGet(wanted);
    rows.forEach((row, i) => {
      const name = row && recordName(table, row);
      const id = wanted[i];
      if (name && id && !names.has(id)) names.set(id, name);
    });
  }
  return names;
}
