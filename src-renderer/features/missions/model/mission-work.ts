import { inRange, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { WorkLink, WorkLinkModule } from '../../../../src-main/shared/domain/work-link';

/** A live work link with the envelope fields the count needs. */
export type CountableLink = WorkLink & { id: string; updatedAt: string };

/**
 * What a linked record turned out to be when looked up in its own table. `kind` settles links
 * written before 'press-request' and 'conference' existed (a request was linked as 'press', a
 * conference as 'briefing'); `counts` is false for work that is not work done: a release not yet
 * published, a cancelled request, a deleted record. `date` is the record's own day of work, so a
 * release whose date was changed after linking is counted in the right half-year.
 */
export interface LinkedRecordFacts {
  kind: WorkLinkModule;
  counts: boolean;
  /** null: the link's own date and title stand. */
  date: string | null;
  title: string | null;
}

/** A release written from a service request (pressReleases.requestId), as the count needs it. */
export interface ReleaseFromRequest {
  id: string;
  requestId: string;
}

export interface MissionWorkSources {
  links: readonly CountableLink[];
  /** Facts of every linked record found in its table, by record id. */
  records: ReadonlyMap<string, LinkedRecordFacts>;
  /** Releases written from requests; their facts are in `records` as well. */
  releasesFromRequests: readonly ReleaseFromRequest[];
}

/** One piece of work, counted once, under one mission. */
export interface CountedWork {
  missionId: string;
  taskId: string | null;
  kind: WorkLinkModule;
  /** null for an entry typed by hand. */
  recordId: string | null;
  title: string;
  date: string;
}

/**
 * Modules whose records the report looks up. A link of one of them whose record is gone
 * (deleted, or never reached this workstation) is not counted: the report counts work that
 * exists. Internship work-log links and hand-typed entries are counted as written.
 */
export const LOOKED_UP_MODULES: readonly WorkLinkModule[] = ['press-request', 'press', 'briefing', 'conference', 'survey', 'complaint'];

/**
 * The work of the period, each piece once:
 * - a request and the release written from it are two kinds (a request is not a release);
 * - a release that has no link of its own counts under its request's mission and task;
 * - a record linked twice (two workstations linking it at once, before sync tidied it) counts
 *   once, under the link written last;
 * - unpublished releases, cancelled requests and deleted records are not counted.
 */
export function countedWork(sources: MissionWorkSources, period: DateRange): CountedWork[] {
  const latest = new Map<string, { link: CountableLink; work: CountedWork }>();
  // A request's mission passes to its release even when the request itself is not counted
  // (cancelled after the release was written).
  const requestLinks = new Map<string, CountableLink>();
  const newer = (held: CountableLink | undefined, link: CountableLink) =>
    !held || held.updatedAt < link.updatedAt || (held.updatedAt === link.updatedAt && held.id < link.id);
  for (const link of sources.links) {
    const facts = link.recordId ? sources.records.get(link.recordId) : undefined;
    if (link.recordId && !facts && LOOKED_UP_MODULES.includes(link.module)) continue;
    if (link.recordId && facts?.kind === 'press-request' && newer(requestLinks.get(link.recordId), link)) requestLinks.set(link.recordId, link);
    if (facts && !facts.counts) continue;
    const kind = facts?.kind ?? link.module;
    const key = link.recordId ? `${kind}:${link.recordId}` : `link:${link.id}`;
    const work: CountedWork = {
      missionId: link.missionId,
      taskId: link.taskId,
      kind,
      recordId: link.recordId,
      title: facts?.title || link.title,
      date: facts?.date ?? link.date,
    };
    // Ties on updatedAt fall to the id, so every workstation picks the same link.
    if (newer(latest.get(key)?.link, link)) latest.set(key, { link, work });
  }
  for (const release of sources.releasesFromRequests) {
    const key = `press:${release.id}`;
    const facts = sources.records.get(release.id);
    const request = requestLinks.get(release.requestId);
    if (latest.has(key) || !facts?.counts || !facts.date || !request) continue;
    latest.set(key, {
      link: request,
      work: { missionId: request.missionId, taskId: request.taskId, kind: 'press', recordId: release.id, title: facts.title ?? '', date: facts.date },
    });
  }
  return [...latest.values()]
    .map(({ work }) => work)
    .filter((work) => inRange(work.date, period))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'th'));
}
