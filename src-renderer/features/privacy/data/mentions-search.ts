import { findMentions, personNames, personRecords, useDbCommands, type Mention, type PrDeskDb } from '../../../data';

export type MentionsFound = { mentions: Mention[]; more: boolean };
export type MentionsSearch = (table: string, recordId: string, limit: number) => Promise<MentionsFound>;

/**
 * Other records whose text names the person of `table`/`recordId` (data/mentions.ts), their own
 * records left out: up to `limit`, and whether there are more.
 */
export async function mentionsOf(db: PrDeskDb, table: string, recordId: string, limit: number): Promise<MentionsFound> {
  const names = personNames(table, await db.table<Record<string, unknown>, string>(table).get(recordId));
  const own = await personRecords(db, table, recordId);
  return findMentions(db, names, new Set(own.map((r) => `${r.table}\u0000${r.recordId}`)), limit);
}

/**
 * mentionsOf on this workstation's database, as a function to hand to MentionsNotice: the notice
 * is shown inside confirm dialogs too, which render outside the database's provider.
 */
export function useMentionsSearch(): MentionsSearch {
  return useDbCommands((db) => (table: string, recordId: string, limit: number) => mentionsOf(db, table, recordId, limit));
}
