import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { emptyBriefing } from '../../../src-main/shared/domain/briefing';
import { addIsoDays, fiscalPeriod } from '../../../src-main/shared/domain/fiscal-period';
import type { Plan, PlanTag } from '../../../src-main/shared/domain/plan';
import { markUnlogged, openPrDeskDb, type PrDeskDb } from '../../../src-renderer/data';
import { sampleTask, testRelease } from '../../../src-renderer/data/test-db';
import { loadPlanReportSources, TAG_LEAD_DAYS } from '../../../src-renderer/features/plans/data/plan-report-sources';
import { planReport } from '../../../src-renderer/features/plans/model/plan-report';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const NAME = 'plan-report';
/** Ten fiscal years (2560–2569) under two five-year plans, about 2,000 tagged records a year. */
const FIRST_YEAR = 2560;
const YEARS = 10;
const PER_YEAR = { releases: 900, briefings: 150, tasks: 500, mediaItems: 450 };
const PICKUPS_PER_RELEASE = 3;
/** Releases of the office the plan never tagged, so the read has to pick the plan's out. */
const UNTAGGED_RELEASES_PER_YEAR = 600;
const BUDGET_MS = 1_000;
const TODAY = '2026-04-01';

const envelope = (id: string, at: string) => ({ id, createdAt: at, createdBy: 'bench', updatedAt: at, updatedBy: 'bench', deleted: false, clocks: {} });
const uuidAt = (n: number) => `0190e000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

function plan(first: number): Plan {
  const themes = Array.from({ length: 4 }, (_, t) => ({
    id: uuidv7(),
    name: `ขอบข่ายเนื้อหาที่ ${t + 1}`,
    description: '',
    topics: Array.from({ length: 3 }, (_, p) => ({ id: uuidv7(), name: `ประเด็นเน้นหนักที่ ${t + 1}.${p + 1}`, guideline: '' })),
  }));
  const targets = Array.from({ length: 5 }, (_, y) => ({ fiscalYear: first + y, value: 500 }));
  return {
    title: `แผนประชาสัมพันธ์จังหวัด พ.ศ. ${first}–${first + 4}`,
    kind: 'multi-year',
    firstFiscalYear: first,
    lastFiscalYear: first + 4,
    status: 'active',
    servesPlans: [],
    themes,
    targetGroups: [],
    channels: [],
    kpis: [
      { id: uuidv7(), name: 'ข่าวเผยแพร่', unit: 'เรื่อง', themeId: themes[0]!.id, topicId: null, source: 'releases', direction: 'at-least', targets, actuals: [] },
      { id: uuidv7(), name: 'ผู้รับสาร', unit: 'คน', themeId: null, topicId: null, source: 'reach', direction: 'at-least', targets, actuals: [] },
      { id: uuidv7(), name: 'งานที่เสร็จ', unit: 'งาน', themeId: null, topicId: null, source: 'tasks-done', direction: 'at-least', targets, actuals: [] },
      { id: uuidv7(), name: 'ข่าวไม่เชิงลบ', unit: 'ร้อยละ', themeId: null, topicId: null, source: 'media-positive', direction: 'at-least', targets, actuals: [] },
    ],
    monitoring: '',
  };
}

/** Writes rows as a restore does: whole records, no sync ops (the seed is not what is measured). */
async function put(db: PrDeskDb, table: string, rows: object[]): Promise<void> {
  await db.transaction('rw', db.table(table), async () => {
    markUnlogged((Dexie.currentTransaction as unknown as { idbtrans: object }).idbtrans);
    await db.table(table).bulkPut(rows);
  });
}

/** A ten-year office: the plans, ~20,000 tagged records with their tags, the pickups, untagged releases. */
async function seed(db: PrDeskDb): Promise<{ planIds: string[]; tagged: number; pickups: number }> {
  const plans = [plan(FIRST_YEAR), plan(FIRST_YEAR + 5)];
  const planIds = plans.map(() => uuidv7());
  await put(db, 'plans', plans.map((p, i) => ({ ...p, ...envelope(planIds[i]!, '2016-09-01T00:00:00Z') })));
  let n = 0;
  const rows: Record<string, object[]> = { pressReleases: [], briefings: [], tasks: [], mediaItems: [], pressPickups: [], planTags: [] };
  const missionId = uuidAt(999_999);
  for (let y = 0; y < YEARS; y++) {
    const year = FIRST_YEAR + y;
    const p = plans[y < 5 ? 0 : 1]!;
    const planId = planIds[y < 5 ? 0 : 1]!;
    const start = fiscalPeriod(year, null).start;
    const day = (i: number, of: number) => addIsoDays(start, Math.floor((i * 364) / of));
    const tag = (table: PlanTag['table'], recordId: string, date: string, i: number) => {
      const theme = p.themes[i % 4]!;
      rows.planTags!.push({ ...envelope(uuidAt(++n), `${date}T03:00:00Z`), planId, themeId: theme.id, topicId: theme.topics[i % 3]!.id, table, recordId, title: 'งาน', date });
    };
    for (let i = 0; i < PER_YEAR.releases + UNTAGGED_RELEASES_PER_YEAR; i++) {
      const id = uuidAt(++n);
      const date = day(i, PER_YEAR.releases + UNTAGGED_RELEASES_PER_YEAR);
      rows.pressReleases!.push({ ...testRelease({ status: 'published', releaseDate: date, headline: `ข่าวประชาสัมพันธ์ลำดับที่ ${i + 1} ปี ${year}` }), ...envelope(id, `${date}T02:00:00Z`) });
      if (i >= PER_YEAR.releases) continue;
      tag('pressReleases', id, date, i);
      for (let k = 0; k < PICKUPS_PER_RELEASE; k++) {
        rows.pressPickups!.push({ ...envelope(uuidAt(++n), `${date}T05:00:00Z`), releaseId: id, outletId: null, outletName: `สื่อที่ ${k + 1}`, url: '', clipping: '', date: addIsoDays(date, k) });
      }
    }
    for (let i = 0; i < PER_YEAR.briefings; i++) {
      const id = uuidAt(++n);
      const date = day(i, PER_YEAR.briefings);
      rows.briefings!.push({ ...emptyBriefing(date), title: `ประเด็นให้ข่าว ${i + 1}`, ...envelope(id, `${date}T02:00:00Z`) });
      tag('briefings', id, date, i);
    }
    for (let i = 0; i < PER_YEAR.tasks; i++) {
      const id = uuidAt(++n);
      const date = day(i, PER_YEAR.tasks);
      rows.tasks!.push({ ...sampleTask(missionId, { title: `งานรณรงค์ ${i + 1}`, status: 'done', startDate: date, dueDate: date, completedOn: date }), ...envelope(id, `${date}T02:00:00Z`) });
      tag('tasks', id, date, i);
    }
    for (let i = 0; i < PER_YEAR.mediaItems; i++) {
      const id = uuidAt(++n);
      const date = day(i, PER_YEAR.mediaItems);
      rows.mediaItems!.push({
        ...envelope(id, `${date}T02:00:00Z`),
        publishedAt: `${date}T09:00`,
        headline: `ข่าวจากการติดตามสื่อ ${i + 1}`,
        sourceKind: 'online',
        outletId: null,
        outletName: 'เพจข่าวท้องถิ่น',
        url: '',
        clippingBlobId: null,
        summary: '',
        tone: i % 5 === 0 ? 'negative' : 'neutral',
        issueId: null,
        agencyId: null,
        responseNeeded: false,
        reach: i % 2 ? 1_000 + i : null,
        releaseId: null,
      });
      tag('mediaItems', id, date, i);
    }
  }
  for (const [table, list] of Object.entries(rows)) await put(db, table, list);
  return { planIds, tagged: rows.planTags!.length, pickups: rows.pressPickups!.length };
}

/**
 * The floor of the same read: plain IndexedDB (no Dexie, no app code) reading the year's tags
 * by the [planId+date] index, each tagged record by key from its store, and the pickups of the
 * releases by the releaseId index. What the plan report does beyond this is its own cost.
 */
async function rawRead(name: string, planId: string, start: string, end: string): Promise<number> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  const req = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error ?? new Error('read failed')))));
  const tx = idb.transaction(['planTags', 'pressReleases', 'briefings', 'tasks', 'mediaItems', 'pressPickups'], 'readonly');
  const tags = (await req(tx.objectStore('planTags').index('[planId+date]').getAll(IDBKeyRange.bound([planId, start], [planId, end])))) as { table: string; recordId: string }[];
  const releases = tags.filter((t) => t.table === 'pressReleases').map((t) => t.recordId);
  const rows = await Promise.all(tags.map((t) => req(tx.objectStore(t.table).get(t.recordId))));
  const pickups = await Promise.all(releases.map((id) => req(tx.objectStore('pressPickups').index('releaseId').getAll(id))));
  idb.close();
  return rows.length + pickups.length;
}

/**
 * The plan report of one fiscal year of a ten-year office (~20,000 tagged records, ~27,000
 * pickups, 6,000 untagged releases), read by index and computed by the report model, against
 * plain IndexedDB reading the same rows. In Node with fake-indexeddb (the IndexedDB the unit
 * tests use), so both sides pay the same store; budget 1 s.
 */
export const planReportCase: BenchCase = {
  name: NAME,
  description: `plan report of a fiscal year, 10-year office (${YEARS * (PER_YEAR.releases + PER_YEAR.briefings + PER_YEAR.tasks + PER_YEAR.mediaItems)} tagged records), against raw IndexedDB reads of the same rows`,
  async run({ runs }) {
    // Only while this case runs: the other cases use Chromium's IndexedDB.
    const { indexedDB: fakeIdb, IDBKeyRange: fakeRange } = await import('fake-indexeddb');
    Object.assign(globalThis, { indexedDB: fakeIdb, IDBKeyRange: fakeRange });
    Object.assign(Dexie.dependencies, { indexedDB: fakeIdb, IDBKeyRange: fakeRange });
    const name = `bench-plan-report-${Date.now()}`;
    const db = await openPrDeskDb({ name, deviceId: uuidAt(1), getActor: () => 'bench', acting: 'not-checked' });
    const seeded = await seed(db);
    const planId = seeded.planIds[1]!;
    const record = (await db.plans.get(planId))!;
    const year = 2569;
    const period = fiscalPeriod(year, null);
    const report = async () => planReport(await loadPlanReportSources(db, record, period), year, TODAY);
    const whole = async () => planReport(await loadPlanReportSources(db, record, null), null, TODAY);
    const first = await report();
    // The same window the loader reads (see TAG_LEAD_DAYS in loadPlanReportSources).
    const raw = () => rawRead(name, planId, addIsoDays(period.start, -TAG_LEAD_DAYS), period.end);
    await raw();
    const ours: number[] = [];
    const floor: number[] = [];
    const wholePlan: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push((await timed(report)).ms);
      floor.push((await timed(raw)).ms);
      wholePlan.push((await timed(whole)).ms);
    }
    db.close();
    await Dexie.delete(name);
    const value = median(ours);
    const reference = median(floor);
    const counted = Object.values(first.total.counts).reduce((s, c) => s + c, 0);
    if (counted !== PER_YEAR.releases + PER_YEAR.briefings + PER_YEAR.tasks + PER_YEAR.mediaItems) throw new Error(`the report counted ${counted} records of FY ${year}`);
    const results: BenchResult[] = [
      { name: `${NAME}: one fiscal year of a 5-year plan, ${counted} records counted, ${first.total.uses} pickups (median of ${runs}; reference: raw IndexedDB reads of the same rows)`, value, unit: 'ms', reference, ratio: ratio(value, reference), budget: BUDGET_MS },
      { name: `${NAME}: the whole 5-year plan (median of ${runs}; reference: one year)`, value: median(wholePlan), unit: 'ms', reference: value, ratio: ratio(median(wholePlan), value), budget: BUDGET_MS * 5 },
      { name: `${NAME}: tagged records in the office (all plans)`, value: seeded.tagged, unit: 'rows', reference: null, ratio: null, budget: null },
    ];
    return results;
  },
};
