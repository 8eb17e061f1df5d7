import type { MediaIssueRecord, MediaItemRecord, PrDeskDb } from '../../../data';

const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((row) => !row.deleted);

/**
 * Items published from `start` to `end` (Bangkok days, inclusive), newest first, by the
 * publishedAt index: a week or a month of a 10-year office reads only that period.
 * publishedAt is a wall clock "YYYY-MM-DDTHH:MM", so a day's last item sorts before "DDT\uffff".
 */
export async function itemsPublishedBetween(db: PrDeskDb, start: string, end: string): Promise<MediaItemRecord[]> {
  const rows = await db.mediaItems.where('publishedAt').between(start, `${end}T\uffff`, true, true).reverse().toArray();
  return live(rows);
}

/** The items of one issue, oldest first (the first one is when the issue surfaced). */
export async function itemsOfIssue(db: PrDeskDb, issueId: string): Promise<MediaItemRecord[]> {
  const rows = await db.mediaItems.where('issueId').equals(issueId).toArray();
  return live(rows).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

/** Issues not closed, by the status index. */
export async function openIssues(db: PrDeskDb): Promise<MediaIssueRecord[]> {
  const rows = await db.mediaIssues.where('status').anyOf('open', 'responding', 'monitoring').toArray();
  return live(rows).sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt));
}

/** Issues first seen from `start` to `end` (inclusive), by the firstSeenAt index. */
export async function issuesFirstSeenBetween(db: PrDeskDb, start: string, end: string): Promise<MediaIssueRecord[]> {
  return live(await db.mediaIssues.where('firstSeenAt').between(start, `${end}T\uffff`, true, true).toArray());
}
