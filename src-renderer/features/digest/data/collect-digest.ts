import { addIsoDays } from '../../../../src-main/shared/domain/fiscal-period';
import type { AgendaReader } from '../../../data/agenda';
import type { PrDeskDb } from '../../../data';
import { bangkokWallClock } from '../../../../src-main/shared/text/thai-date';
import { readActiveCrises } from '../../briefings/data';
import { readOverdueComplaints } from '../../complaints/data';
import { itemsOfIssue, openIssues } from '../../monitoring/data';
import type { DigestFacts, DigestRelease } from '../model/digest-sections';

/**
 * A release is published within days of its date; one dated earlier than this and published
 * only yesterday (a month-old draft sent out late) is not looked for.
 */
const RELEASE_LOOK_BACK_DAYS = 31;

/**
 * Releases published from yesterday 00.00 to the end of `date` (Bangkok), with the outlets that
 * used each. Read by the releaseDate index (publication is not indexed), then by publishedAt.
 */
async function releasesSinceYesterday(db: PrDeskDb, date: string): Promise<DigestRelease[]> {
  const from = addIsoDays(date, -1);
  const candidates = await db.pressReleases.where('releaseDate').between(addIsoDays(date, -RELEASE_LOOK_BACK_DAYS), `${date}\uffff`, true, true).toArray();
  const out = candidates
    .filter((r) => !r.deleted && r.status === 'published' && r.publishedAt)
    .map((r) => ({ release: r, at: bangkokWallClock(new Date(r.publishedAt as string)) }))
    .filter(({ at }) => at.slice(0, 10) >= from && at.slice(0, 10) <= date);
  const pickups = out.length === 0 ? [] : await db.pressPickups.where('releaseId').anyOf(out.map(({ release }) => release.id)).toArray();
  return out.map(({ release, at }) => ({
    numberLabel: release.numberLabel,
    headline: release.headline,
    publishedAt: at,
    outlets: pickups.filter((p) => !p.deleted && p.releaseId === release.id).map((p) => p.outletName),
  }));
}

/**
 * Everything the digest of `date` says, read through the database (and so through its read
 * scope: whoever may not see complaints gets none here either). `agenda` are the modules'
 * agenda readers, as the dashboard's.
 */
export async function collectDigestFacts(db: PrDeskDb, date: string, agenda: readonly AgendaReader[]): Promise<DigestFacts> {
  const tomorrow = addIsoDays(date, 1);
  const agendaItems = (await Promise.all(agenda.map((read) => read(db, { start: date, end: tomorrow })))).flat();
  const negative = (await openIssues(db)).filter((issue) => issue.tone === 'negative');
  const [releases, complaints, crises, issueItems] = await Promise.all([
    releasesSinceYesterday(db, date),
    readOverdueComplaints(db, date),
    readActiveCrises(db, date),
    Promise.all(negative.map((issue) => itemsOfIssue(db, issue.id))),
  ]);
  return {
    date,
    today: agendaItems.filter((item) => item.date === date),
    tomorrow: agendaItems.filter((item) => item.date === tomorrow),
    releases,
    issues: negative.map((issue, i) => ({ title: issue.title, items: issueItems[i]?.length ?? 0, firstSeenAt: issue.firstSeenAt, answered: issue.responses.length > 0 })),
    crises: crises.map((b) => ({ title: b.title, date: b.date, openSteps: b.checklist.filter((step) => !step.done).length })),
    complaints,
  };
}

