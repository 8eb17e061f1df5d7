import { fiscalPeriod, inRange, isoDaysBetween, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { KpiSource, Plan, PlanKpi, PlanTagTable } from '../../../../src-main/shared/domain/plan';
import { isCumulativeSource, kpiLight, kpiPercent, type KpiLight } from '../../../../src-main/shared/domain/plan-kpi';
import { latestTags, type OrderedTag } from './latest-tags';

/** The kinds of work the report counts (missions are mapped to a theme, not counted). */
export const COUNTED_TABLES = ['pressReleases', 'briefings', 'pressConferences', 'tasks', 'surveys', 'mediaItems'] as const satisfies readonly PlanTagTable[];
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type WorkCounts = Record<CountedTable, number>;

export interface ReportTag extends OrderedTag {
  themeId: string;
  topicId: string | null;
  table: PlanTagTable;
  title: string;
  date: string;
}

/**
 * What a tagged record turned out to be in its own table. `counts` is false for work not done:
 * a release not published, a task not finished. `date` is the record's own day of work (a task:
 * the day it was finished). Absent from the map: deleted, or never reached this workstation.
 */
export interface RecordFacts {
  counts: boolean;
  date: string;
  title: string;
  /** Media items only. */
  media?: { tone: 'positive' | 'neutral' | 'negative'; reach: number | null; issueId: string | null };
}

/** One time the media used a release: a pickup, or a media item naming the release. */
export interface ReleaseUse {
  id: string;
  releaseId: string;
  outletId: string | null;
  outletName: string;
  date: string;
}
export interface ReleaseMediaItem extends ReleaseUse {
  reach: number | null;
}

export interface IssueFacts {
  id: string;
  firstSeenAt: string;
  /** When each answer went out (Bangkok wall clock). */
  responseTimes: string[];
}

export interface PlanReportSources {
  plan: Plan & { id: string };
  tags: readonly ReportTag[];
  records: ReadonlyMap<string, RecordFacts>;
  pickups: readonly ReleaseUse[];
  releaseMediaItems: readonly ReleaseMediaItem[];
  issues: ReadonlyMap<string, IssueFacts>;
}

export interface ReportPeriodFacts extends DateRange {
  /** null: the whole plan. */
  fiscalYear: number | null;
  elapsedShare: number;
  finished: boolean;
}

export interface Tally {
  counts: WorkCounts;
  /** Times the media used the tagged releases. */
  uses: number;
  reach: number;
}

export interface TopicRow extends Tally {
  /** null: work tagged with the theme but no topic. */
  topicId: string | null;
  name: string;
}

export interface ThemeRow extends Tally {
  themeId: string;
  name: string;
  topics: TopicRow[];
  /** Standing missions mapped to the theme (named, not counted). */
  missions: string[];
}

export interface KpiRow {
  id: string;
  name: string;
  unit: string;
  themeName: string | null;
  topicName: string | null;
  source: KpiSource;
  direction: PlanKpi['direction'];
  target: number | null;
  actual: number | null;
  percent: number | null;
  light: KpiLight;
}

export interface WorkLine {
  table: CountedTable;
  recordId: string;
  title: string;
  date: string;
  themeName: string;
  topicName: string;
  /** Reach this piece of work brought (a release: its uses; a media item: its own). */
  reach: number;
  uses: number;
}

export interface PlanReport {
  period: ReportPeriodFacts;
  themes: ThemeRow[];
  total: Tally;
  kpis: KpiRow[];
  work: WorkLine[];
}

const zeroCounts = (): WorkCounts => ({ pressReleases: 0, briefings: 0, pressConferences: 0, tasks: 0, surveys: 0, mediaItems: 0 });
const zeroTally = (): Tally => ({ counts: zeroCounts(), uses: 0, reach: 0 });

/** The period of a fiscal year of the plan, or of the whole plan, judged on `today`. */
export function reportPeriod(plan: Pick<Plan, 'firstFiscalYear' | 'lastFiscalYear'>, fiscalYear: number | null, today: string): ReportPeriodFacts {
  const start = fiscalPeriod(fiscalYear ?? plan.firstFiscalYear, null).start;
  const end = fiscalPeriod(fiscalYear ?? plan.lastFiscalYear, null).end;
  const days = isoDaysBetween(start, end) + 1;
  const gone = Math.min(days, Math.max(0, isoDaysBetween(start, today) + 1));
  return { fiscalYear, start, end, elapsedShare: gone / days, finished: today > end };
}

/** Same outlet: by the outlet's id when both name one, else by the name as typed. */
const sameOutlet = (a: ReleaseUse, b: ReleaseUse) => (a.outletId && b.outletId ? a.outletId === b.outletId : a.outletName.trim() === b.outletName.trim());

/**
 * Uses and reach of each tagged release in the period. REACH RULE (also printed on the report,
 * REACH_RULE_TH): every time the media used a release counts 1 person, unless a media item of
 * the same outlet on the same day, naming the release, gives its reach; a media item naming the
 * release with no matching pickup is a use of its own (its reach, or 1). Each media item is
 * counted once: one matched to a pickup or naming a release is not counted again if tagged.
 */
function releaseReach(sources: PlanReportSources, period: DateRange) {
  const byRelease = new Map<string, { uses: number; reach: number }>();
  const usedItems = new Set<string>();
  const items = sources.releaseMediaItems.filter((m) => inRange(m.date, period));
  const add = (releaseId: string, reach: number) => {
    const held = byRelease.get(releaseId) ?? { uses: 0, reach: 0 };
    byRelease.set(releaseId, { uses: held.uses + 1, reach: held.reach + reach });
  };
  for (const pickup of sources.pickups) {
    if (!inRange(pickup.date, period)) continue;
    const match = items.find((m) => !usedItems.has(m.id) && m.releaseId === pickup.releaseId && m.date === pickup.date && sameOutlet(m, pickup));
    if (match) usedItems.add(match.id);
    add(pickup.releaseId, match?.reach ?? 1);
  }
  for (const item of items) {
    if (usedItems.has(item.id)) continue;
    usedItems.add(item.id);
    add(item.releaseId, item.reach ?? 1);
  }
  return { byRelease, usedItems };
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Hours between two Bangkok wall-clock times (YYYY-MM-DDTHH:MM), both read as UTC. */
const hoursBetween = (from: string, to: string) => (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 3_600_000;

/** The yearly target (and typed-in actual) of the period: a year's own, or over the whole plan. */
function yearly(values: PlanKpi['targets'], period: ReportPeriodFacts, additive: boolean): number | null {
  if (period.fiscalYear !== null) return values.find((v) => v.fiscalYear === period.fiscalYear)?.value ?? null;
  if (values.length === 0) return null;
  // Over the whole plan a count adds up its years; a rate (percent, hours) is its last year's.
  return additive ? values.reduce((sum, v) => sum + v.value, 0) : [...values].sort((a, b) => b.fiscalYear - a.fiscalYear)[0]!.value;
}

/**
 * The plan report for a fiscal year of the plan (or the whole plan): per theme and topic the
 * work done, the media's uses and the reach; each KPI's actual against its target with its
 * light; every counted record line by line. Each record counts once per plan (latestTags).
 */
export function planReport(sources: PlanReportSources, fiscalYear: number | null, today: string): PlanReport {
  const { plan } = sources;
  const period = reportPeriod(plan, fiscalYear, today);
  const themeOf = new Map(plan.themes.map((theme) => [theme.id, theme]));
  const { byRelease, usedItems } = releaseReach(sources, period);

  const themes: ThemeRow[] = plan.themes.map((theme) => ({
    themeId: theme.id,
    name: theme.name,
    ...zeroTally(),
    topics: [...theme.topics.map((topic): TopicRow => ({ topicId: topic.id, name: topic.name, ...zeroTally() })), { topicId: null, name: '', ...zeroTally() }],
    missions: [],
  }));
  const rowOf = new Map(themes.map((row) => [row.themeId, row]));
  const total = zeroTally();
  const work: (WorkLine & { themeId: string; topicId: string | null; media?: RecordFacts['media'] })[] = [];

  for (const tag of latestTags(sources.tags)) {
    const theme = themeOf.get(tag.themeId);
    const row = rowOf.get(tag.themeId);
    if (!theme || !row) continue; // a theme removed from the plan: its tags no longer count
    if (tag.table === 'missions') {
      row.missions.push(tag.title);
      continue;
    }
    const facts = sources.records.get(tag.recordId);
    if (!facts?.counts || !inRange(facts.date, period)) continue;
    const table = tag.table;
    const topic = theme.topics.find((x) => x.id === tag.topicId);
    const release = table === 'pressReleases' ? byRelease.get(tag.recordId) : undefined;
    const ownReach = table === 'mediaItems' && !usedItems.has(tag.recordId) ? (facts.media?.reach ?? 1) : 0;
    const uses = release?.uses ?? 0;
    const reach = (release?.reach ?? 0) + ownReach;
    const topicRow = row.topics.find((x) => x.topicId === (topic ? topic.id : null))!;
    for (const tally of [row, topicRow, total]) {
      tally.counts[table] += 1;
      tally.uses += uses;
      tally.reach += reach;
    }
    work.push({ table, recordId: tag.recordId, title: facts.title || tag.title, date: facts.date, themeName: theme.name, topicName: topic?.name ?? '', reach, uses, themeId: theme.id, topicId: topic?.id ?? null, media: facts.media });
  }
  for (const row of themes) {
    const untopical = row.topics.find((x) => x.topicId === null)!;
    if (Object.values(untopical.counts).every((n) => n === 0)) row.topics = row.topics.filter((x) => x !== untopical);
  }

  const kpis = plan.kpis.map((kpi): KpiRow => {
    const scoped = work.filter((w) => (kpi.themeId === null || w.themeId === kpi.themeId) && (kpi.topicId === null || w.topicId === kpi.topicId));
    const additive = isCumulativeSource(kpi.source);
    const target = yearly(kpi.targets, period, additive);
    const actual = kpiActual(kpi, scoped, sources, period, additive);
    const theme = kpi.themeId ? themeOf.get(kpi.themeId) : undefined;
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      themeName: theme?.name ?? null,
      topicName: theme?.topics.find((x) => x.id === kpi.topicId)?.name ?? null,
      source: kpi.source,
      direction: kpi.direction,
      target,
      actual,
      percent: kpiPercent(actual, target, kpi.direction),
      light: kpiLight({ actual, target, direction: kpi.direction, cumulative: additive, elapsedShare: period.elapsedShare, finished: period.finished }),
    };
  });

  return {
    period,
    themes,
    total,
    kpis,
    work: work
      .map(({ themeId: _t, topicId: _p, media: _m, ...line }) => line)
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'th')),
  };
}

type ScopedWork = { table: CountedTable; recordId: string; reach: number; uses: number; media?: RecordFacts['media'] };

function kpiActual(kpi: PlanKpi, scoped: readonly ScopedWork[], sources: PlanReportSources, period: ReportPeriodFacts, additive: boolean): number | null {
  const count = (table: CountedTable) => scoped.filter((w) => w.table === table).length;
  switch (kpi.source) {
    case 'releases':
      return count('pressReleases');
    case 'briefings':
      return count('briefings');
    case 'conferences':
      return count('pressConferences');
    case 'surveys':
      return count('surveys');
    case 'tasks-done':
      return count('tasks');
    case 'media-items':
      return count('mediaItems');
    case 'media-positive': {
      const items = scoped.filter((w) => w.media);
      if (items.length === 0) return null;
      return Math.floor((items.filter((w) => w.media!.tone !== 'negative').length * 1000) / items.length + 0.5) / 10;
    }
    case 'pickups':
      return scoped.reduce((sum, w) => sum + w.uses, 0);
    case 'reach':
      return scoped.reduce((sum, w) => sum + w.reach, 0);
    case 'response-hours': {
      // The issues the tagged media items belong to, first seen in the period, with an answer.
      const ids = new Set(scoped.flatMap((w) => (w.media?.issueId ? [w.media.issueId] : [])));
      const hours = [...ids].flatMap((id) => {
        const issue = sources.issues.get(id);
        if (!issue || !inRange(issue.firstSeenAt.slice(0, 10), period) || issue.responseTimes.length === 0) return [];
        const first = [...issue.responseTimes].sort()[0]!;
        return [Math.round(hoursBetween(issue.firstSeenAt, first) * 10) / 10];
      });
      return median(hours);
    }
    case 'manual':
      return yearly(kpi.actuals, period, additive);
  }
}
