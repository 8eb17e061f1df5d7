import Dexie from 'dexie';
import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import type { PlanTagTable } from '../../../../src-main/shared/domain/plan';
import type { PlanRecord, PrDeskDb } from '../../../data';
import type { IssueFacts, PlanReportSources, RecordFacts, ReleaseMediaItem, ReleaseUse } from '../model/plan-report';
import type { DateRange } from '../../../../src-main/shared/domain/fiscal-period';

interface Live {
  id: string;
  deleted: boolean;
}
/** A task due up to this many days before the year and finished in it still counts in the year. */
export const TAG_LEAD_DAYS = 183;

const live = <T extends Live>(rows: readonly (T | undefined)[]): T[] => rows.filter((row): row is T => !!row && !row.deleted);

/**
 * What the plan report counts from, read by index so a 10-year office reads only the plan's
 * period: its tags by [planId+date] (from half a year before: a task is tagged on its due day and
 * counted on the day it was finished; the report keeps the record's own day), the tagged records
 * by id from their own table, the pickups and media items of tagged releases by releaseId, and
 * the issues of tagged media items by id.
 */
export async function loadPlanReportSources(db: PrDeskDb, plan: PlanRecord, period: DateRange | null): Promise<PlanReportSources> {
  const [from, to] = period ? [addIsoDays(period.start, -TAG_LEAD_DAYS), period.end] : [Dexie.minKey, Dexie.maxKey];
  const tags = (await db.planTags.where('[planId+date]').between([plan.id, from], [plan.id, to], true, true).toArray()).filter((tag) => !tag.deleted);
  const idsOf = (table: PlanTagTable) => [...new Set(tags.filter((tag) => tag.table === table).map((tag) => tag.recordId))];
  const records = new Map<string, RecordFacts>();
  const surveyDay = new Map(tags.filter((tag) => tag.table === 'surveys').map((tag) => [tag.recordId, tag.date]));
  const [releases, briefings, conferences, tasks, surveys, mediaItems] = await Promise.all([
    db.pressReleases.bulkGet(idsOf('pressReleases')),
    db.briefings.bulkGet(idsOf('briefings')),
    db.pressConferences.bulkGet(idsOf('pressConferences')),
    db.tasks.bulkGet(idsOf('tasks')),
    db.surveys.bulkGet(idsOf('surveys')),
    db.mediaItems.bulkGet(idsOf('mediaItems')),
  ]);
  // A release counts once published: a draft is not yet work the public has seen.
  for (const r of live(releases)) records.set(r.id, { counts: r.status === 'published', date: r.releaseDate, title: [r.numberLabel, r.headline].filter(Boolean).join(' ') });
  for (const b of live(briefings)) records.set(b.id, { counts: true, date: b.date, title: b.title });
  for (const c of live(conferences)) records.set(c.id, { counts: true, date: c.startsAt.slice(0, 10), title: c.title });
  // A task is work done on the day it was finished; an open one is not counted yet.
  for (const t of live(tasks)) records.set(t.id, { counts: t.status === 'done' && !!t.completedOn, date: t.completedOn ?? '', title: t.title });
  // A survey has no day of work of its own: the day it was tagged with (its creation) stands.
  for (const s of live(surveys)) records.set(s.id, { counts: true, date: surveyDay.get(s.id) ?? s.createdAt.slice(0, 10), title: s.title });
  for (const m of live(mediaItems)) {
    records.set(m.id, { counts: true, date: m.publishedAt.slice(0, 10), title: m.headline, media: { tone: m.tone, reach: m.reach, issueId: m.issueId } });
  }

  const releaseIds = live(releases).map((r) => r.id);
  // One index range per release (as many small reads as tagged releases): anyOf walks one cursor
  // across every key in between, which costs more when the office's pickups far outnumber the plan's.
  const byRelease = <T>(read: (id: string) => Promise<T[]>) => Promise.all(releaseIds.map(read)).then((lists) => lists.flat());
  const [pickupRows, namingItems] = await Promise.all([
    byRelease((id) => db.pressPickups.where('releaseId').equals(id).toArray()),
    byRelease((id) => db.mediaItems.where('releaseId').equals(id).toArray()),
  ]);
  const pickups: ReleaseUse[] = live(pickupRows).map((p) => ({ id: p.id, releaseId: p.releaseId, outletId: p.outletId, outletName: p.outletName, date: p.date }));
  const releaseMediaItems: ReleaseMediaItem[] = live(namingItems).map((m) => ({
    id: m.id,
    releaseId: m.releaseId as string,
    outletId: m.outletId,
    outletName: m.outletName,
    date: m.publishedAt.slice(0, 10),
    reach: m.reach,
  }));
  const issueIds = [...new Set(live(mediaItems).flatMap((m) => (m.issueId ? [m.issueId] : [])))];
  const issues = new Map<string, IssueFacts>(
    live(await db.mediaIssues.bulkGet(issueIds)).map((i) => [i.id, { id: i.id, firstSeenAt: i.firstSeenAt, responseTimes: i.responses.map((r) => r.at) }]),
  );
  return { plan, tags, records, pickups, releaseMediaItems, issues };
}
