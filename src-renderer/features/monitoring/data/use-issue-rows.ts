import { liveRows, useLiveDbQuery, type MediaIssueRecord } from '../../../data';

export interface IssueRow {
  issue: MediaIssueRecord;
  items: number;
}

/**
 * The issues register: open ones (by the status index), or every issue when asked; each with
 * its live item count read by the issueId index (only the listed issues' items are read).
 */
export function useIssueRows(withClosed: boolean): IssueRow[] | undefined {
  return useLiveDbQuery(async (db) => {
    const issues = withClosed ? await liveRows(db.mediaIssues) : (await db.mediaIssues.where('status').anyOf('open', 'responding', 'monitoring').toArray()).filter((i) => !i.deleted);
    const items = await db.mediaItems.where('issueId').anyOf(issues.map((i) => i.id)).toArray();
    const counts = new Map<string, number>();
    for (const item of items) if (!item.deleted && item.issueId) counts.set(item.issueId, (counts.get(item.issueId) ?? 0) + 1);
    return issues.sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt)).map((issue) => ({ issue, items: counts.get(issue.id) ?? 0 }));
  }, [withClosed]);
}
