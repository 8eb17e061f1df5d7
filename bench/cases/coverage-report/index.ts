import { Dexie } from 'dexie';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES } from '../../../src-main/shared/domain/media-monitoring';
import { addIsoDays } from '../../../src-main/shared/domain/fiscal-period';
import { markUnlogged, openPrDeskDb, type PrDeskDb } from '../../../src-renderer/data';
import { loadCoverageReport } from '../../../src-renderer/features/monitoring/data/load-coverage';
import { monthPeriod, type CoveragePeriod } from '../../../src-renderer/features/monitoring/model/coverage-period';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const NAME = 'coverage-report';
/** Ten calendar years (2017–2026): 5,000 media items and 300 issues a year. */
const FIRST_YEAR = 2017;
const YEARS = 10;
const ITEMS_PER_YEAR = 5_000;
const ISSUES_PER_YEAR = 300;
const BUDGET_MS = 1_000;

const envelope = (id: string, at: string) => ({ id, createdAt: at, createdBy: 'bench', updatedAt: at, updatedBy: 'bench', deleted: false, clocks: {} });
const uuidAt = (n: number) => `0190e100-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const clock = (day: string, minute: number) => `${day}T${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Writes rows as a restore does: whole records, no sync ops (the seed is not what is measured). */
async function put(db: PrDeskDb, table: string, rows: object[]): Promise<void> {
  await db.transaction('rw', db.table(table), async () => {
    markUnlogged((Dexie.currentTransaction as unknown as { idbtrans: object }).idbtrans);
    await db.table(table).bulkPut(rows);
  });
}

/** A ten-year office: ~50,000 items, ~3,000 issues (two thirds answered), 60% of items in an issue. */
async function seed(db: PrDeskDb): Promise<number> {
  const issues: object[] = [];
  const items: object[] = [];
  let n = 0;
  for (let y = 0; y < YEARS; y++) {
    const start = `${FIRST_YEAR + y}-01-01`;
    const issueIds: string[] = [];
    for (let i = 0; i < ISSUES_PER_YEAR; i++) {
      const id = uuidAt(++n);
      const day = addIsoDays(start, Math.floor((i * 364) / ISSUES_PER_YEAR));
      const seen = clock(day, 480 + (i % 300));
      const answered = i % 3 !== 0;
      issueIds.push(id);
      issues.push({
        ...envelope(id, `${day}T02:00:00Z`),
        title: `ประเด็นข่าวที่ ${i + 1} ปี ${FIRST_YEAR + y + 543}`,
        description: '',
        status: answered ? 'closed' : 'open',
        tone: MEDIA_TONES[i % 3],
        ownerId: null,
        agencyId: null,
        firstSeenAt: seen,
        responses: answered ? [{ kind: 'other', recordId: null, at: clock(addIsoDays(day, i % 4), 600 + (i % 500)), note: '' }] : [],
        closedOn: answered ? addIsoDays(day, 10) : null,
      });
    }
    for (let i = 0; i < ITEMS_PER_YEAR; i++) {
      const day = addIsoDays(start, Math.floor((i * 364) / ITEMS_PER_YEAR));
      const issue = i % 5 < 3 ? issueIds[Math.min(ISSUES_PER_YEAR - 1, Math.floor((i * ISSUES_PER_YEAR) / ITEMS_PER_YEAR))] : null;
      items.push({
        ...envelope(uuidAt(++n), `${day}T03:00:00Z`),
        publishedAt: clock(day, 360 + (i % 900)),
        headline: `ข่าวจากการติดตามสื่อลำดับที่ ${i + 1}`,
        sourceKind: MEDIA_SOURCE_KINDS[i % MEDIA_SOURCE_KINDS.length],
        outletId: null,
        outletName: 'เพจข่าวท้องถิ่น',
        url: '',
        clippingBlobId: null,
        summary: 'สรุปเนื้อหาข่าวโดยย่อ',
        tone: MEDIA_TONES[i % 3],
        issueId: issue,
        agencyId: null,
        responseNeeded: i % 7 === 0,
        reach: i % 4 ? 1_000 + i : null,
        releaseId: null,
      });
    }
  }
  await put(db, 'mediaIssues', issues);
  await put(db, 'mediaItems', items);
  return items.length;
}

/**
 * The floor of the same read: plain IndexedDB (no Dexie, no app code) reading the period's items
 * by the publishedAt index, the issues first seen in it by firstSeenAt, and the older issues the
 * items name by key. What the report does beyond this is its own cost.
 */
async function rawRead(name: string, start: string, end: string): Promise<number> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  const req = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error ?? new Error('read failed')))));
  const tx = idb.transaction(['mediaItems', 'mediaIssues'], 'readonly');
  const range = IDBKeyRange.bound(start, `${end}T\uffff`);
  const [items, seen] = await Promise.all([
    req(tx.objectStore('mediaItems').index('publishedAt').getAll(range)) as Promise<{ issueId: string | null }[]>,
    req(tx.objectStore('mediaIssues').index('firstSeenAt').getAll(range)) as Promise<{ id: string }[]>,
  ]);
  const known = new Set(seen.map((i) => i.id));
  const named = [...new Set(items.flatMap((i) => (i.issueId && !known.has(i.issueId) ? [i.issueId] : [])))];
  const older = await Promise.all(named.map((id) => req(tx.objectStore('mediaIssues').get(id))));
  idb.close();
  return items.length + seen.length + older.length;
}

/**
 * The coverage report (issue 24) of a month and of a whole year of a ten-year office (~50,000
 * items, ~3,000 issues), read by index and computed by the report model, against plain
 * IndexedDB reading the same rows. In Node with fake-indexeddb (both sides on the same store);
 * budget 1 s.
 */
export const coverageReportCase: BenchCase = {
  name: NAME,
  description: `coverage report of a month and a year, 10-year office (${YEARS * ITEMS_PER_YEAR} media items, ${YEARS * ISSUES_PER_YEAR} issues), against raw IndexedDB reads of the same rows`,
  async run({ runs }) {
    // Only while this case runs: the other cases use Chromium's IndexedDB.
    const { indexedDB: fakeIdb, IDBKeyRange: fakeRange } = await import('fake-indexeddb');
    Object.assign(globalThis, { indexedDB: fakeIdb, IDBKeyRange: fakeRange });
    Object.assign(Dexie.dependencies, { indexedDB: fakeIdb, IDBKeyRange: fakeRange });
    const name = `bench-coverage-report-${Date.now()}`;
    const db = await openPrDeskDb({ name, deviceId: uuidAt(1), getActor: () => 'bench', acting: 'not-checked' });
    const total = await seed(db);
    const month = monthPeriod(2026, 6);
    const year: CoveragePeriod = { span: 'month', start: '2026-01-01', end: '2026-12-31', label: 'ประจำปี 2569' };
    const results: BenchResult[] = [];
    for (const [label, period] of [
      ['one month (June 2026)', month],
      ['one calendar year (2026)', year],
    ] as const) {
      const first = await loadCoverageReport(db, period);
      if (first.items === 0) throw new Error(`no items in ${label}`);
      await rawRead(name, period.start, period.end);
      const ours: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < runs; i++) {
        ours.push((await timed(() => loadCoverageReport(db, period))).ms);
        floor.push((await timed(() => rawRead(name, period.start, period.end))).ms);
      }
      const value = median(ours);
      const reference = median(floor);
      results.push({
        name: `${NAME}: ${label}, ${first.items} items, ${first.byIssue.length} issues (median of ${runs}; reference: raw IndexedDB reads of the same rows)`,
        value,
        unit: 'ms',
        reference,
        ratio: ratio(value, reference),
        budget: BUDGET_MS,
      });
    }
    results.push({ name: `${NAME}: media items in the office`, value: total, unit: 'rows', reference: null, ratio: null, budget: null });
    db.close();
    await Dexie.delete(name);
    return results;
  },
};
