import type { PrDeskDb, WorkLinkRecord } from '../../../data';
import type { LinkedRecordFacts, MissionWorkSources } from '../model/mission-work';

type Facts = Map<string, LinkedRecordFacts>;

interface Live {
  id: string;
  deleted: boolean;
}

/** Look ids up in one table and note what each found record is (absent ids stay absent). */
function lookUp<T extends Live>(rows: readonly (T | undefined)[], facts: Facts, describe: (row: T) => LinkedRecordFacts): void {
  for (const row of rows) if (row && !row.deleted) facts.set(row.id, describe(row));
}

/**
 * What the mission report counts from: the live links, the records they point at (looked up by
 * id, so a 10-year office reads only the linked rows, not every release), and the releases
 * written from linked requests (by the requestId index).
 */
export async function loadMissionWorkSources(db: PrDeskDb, links: readonly WorkLinkRecord[]): Promise<MissionWorkSources> {
  const ids = [...new Set(links.map((l) => l.recordId).filter((id): id is string => !!id))];
  const facts: Facts = new Map();
  const [requests, releases, briefings, conferences, surveys, complaints] = await Promise.all([
    db.pressRequests.bulkGet(ids),
    db.pressReleases.bulkGet(ids),
    db.briefings.bulkGet(ids),
    db.pressConferences.bulkGet(ids),
    db.surveys.bulkGet(ids),
    db.complaints.bulkGet(ids),
  ]);
  lookUp(requests, facts, (r) => ({ kind: 'press-request', counts: r.status !== 'cancelled', date: r.eventDate, title: r.title }));
  const requestIds = [...facts.entries()].filter(([, f]) => f.kind === 'press-request').map(([id]) => id);
  const fromRequests = (await db.pressReleases.where('requestId').anyOf(requestIds).toArray()).filter((r) => !r.deleted);
  // A release counts once it is published: a draft is not yet work the public has seen.
  const release = (r: NonNullable<(typeof releases)[number]>): LinkedRecordFacts => ({
    kind: 'press',
    counts: r.status === 'published',
    date: r.releaseDate,
    title: [r.numberLabel, r.headline].filter(Boolean).join(' '),
  });
  lookUp(releases, facts, release);
  lookUp(fromRequests, facts, release);
  lookUp(briefings, facts, (b) => ({ kind: 'briefing', counts: true, date: b.date, title: b.title }));
  lookUp(conferences, facts, (c) => ({ kind: 'conference', counts: true, date: c.startsAt.slice(0, 10), title: c.title }));
  // A survey's day of work is the one its link was given; a complaint keeps the link's title,
  // written when it was linked, so the report shows no more of it than the link did.
  lookUp(surveys, facts, (s) => ({ kind: 'survey', counts: true, date: null, title: s.title }));
  lookUp(complaints, facts, (c) => ({ kind: 'complaint', counts: true, date: c.receivedDate, title: null }));
  return {
    links,
    records: facts,
    releasesFromRequests: fromRequests.map((r) => ({ id: r.id, requestId: r.requestId as string })),
  };
}
