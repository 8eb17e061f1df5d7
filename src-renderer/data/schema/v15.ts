import { SCHEMA_V14 } from './v14';

/**
 * Version 15 (issue 24): the PR plan, news and issue monitoring, the daily digest.
 * - `plans` by their first fiscal year;
 * - `planTags` by the record tagged (its page shows its tag), by plan and date (the plan
 *   report reads a fiscal year of one plan);
 * - `mediaItems` by when they were published (the coverage report reads a week or a month)
 *   and by issue; `mediaIssues` by status (open issues) and when first seen;
 * - `dailyDigests` by date (one a day, kept as sent).
 */
export const SCHEMA_V15 = {
  ...SCHEMA_V14,
  plans: 'id, firstFiscalYear',
  planTags: 'id, recordId, [planId+date]',
  mediaItems: 'id, publishedAt, issueId, releaseId',
  mediaIssues: 'id, status, firstSeenAt',
  dailyDigests: 'id, date',
} as const;
