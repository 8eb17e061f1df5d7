import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pressReleaseRepo, type PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { createRelease, saveReleaseContent } from './release-actions';
import { releaseContent } from '../model/release-fixtures';
import { currentReleaseIndex, releaseIndexReady } from './release-index-session';
import { NO_FILTERS, type ReleaseFilters } from '../model/release-filters';
import { findReleases, scanReleases } from './release-search';

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

const places = ['เกาะยอ', 'ปาดังเบซาร์', 'ทุ่งตำเสา', 'ฉลุง', 'คลองหอยโข่ง'];
const people = ['ไพโรจน์ ขุนทอง', 'สุดารัตน์ ศรีวงศ์', 'จันทร์เพ็ญ ทองสุข'];

/** 40 releases over two months: every one mentions นิทรรศการ, places and people repeat, a few share a day. */
async function seed(): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    await createRelease(
      db,
      releaseContent({
        headline: `ข่าวที่ ${i + 150} ลงพื้นที่ตำบล${places[i % places.length] ?? ''}`,
        body: `ภายในงานมีนิทรรศการ นาย${people[i % people.length] ?? ''} ให้สัมภาษณ์ ${i % 4 === 0 ? 'ปลูกป่าชายเลน หาดใหญ่' : 'ตลาดนัดชุมชน'}`,
        releaseDate: `2025-0${1 + (i % 2)}-${day}`,
        tags: i % 3 === 0 ? ['ประชุม'] : [],
      }),
    );
  }
}

const QUERIES = ['ปาดังเบซาร์', 'เกาะ', 'นิทรรศการ', 'ไพโรจน์ ขุนทอง', 'ข่าวที่ 15', 'ป่าชายเลน หาดใหญ่', 'ฉลุง สุดารัตน์', 'เรือดำน้ำ', 'นิทรรศการ เรือดำน้ำ'];

const ids = (page: { rows: { id: string }[]; more: boolean }) => ({ ids: page.rows.map((r) => r.id), more: page.more });

describe('release search from the in-memory index', () => {
  it('gives the same rows, order and "more" as a scan of every release, with filters and small pages', async () => {
    await seed();
    await releaseIndexReady(db);
    const filterSets: ReleaseFilters[] = [NO_FILTERS, { ...NO_FILTERS, tag: 'ประชุม' }, { ...NO_FILTERS, from: '2025-02-01', to: '2025-02-20' }, { ...NO_FILTERS, status: 'draft' }];
    for (const filters of filterSets)
      for (const query of QUERIES)
        for (const limit of [5, 200]) {
          const memory = await findReleases(db, { ...filters, query }, limit);
          const indexed = await scanReleases(db, { ...filters, query }, limit);
          expect(ids(memory), `${query} ${JSON.stringify(filters)} ${limit}`).toEqual(ids(indexed));
        }
    expect((await findReleases(db, { ...NO_FILTERS, query: 'นิทรรศการ' }, 5)).rows).toHaveLength(5);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'ปาดังเบซาร์' })).rows).toHaveLength(8);
  });

  it('follows writes made after it was built: new releases, changed text, removed releases', async () => {
    await seed();
    await releaseIndexReady(db);
    const added = await createRelease(db, releaseContent({ body: 'การแข่งขันเรือยาวประเพณี', releaseDate: '2025-03-01' }));
    expect((await findReleases(db, { ...NO_FILTERS, query: 'เรือยาว' })).rows.map((r) => r.id)).toEqual([added.id]);
    await saveReleaseContent(db, added.id, releaseContent({ body: 'การแข่งขันว่าวประเพณี', releaseDate: '2025-03-01' }));
    expect((await findReleases(db, { ...NO_FILTERS, query: 'เรือยาว' })).rows).toEqual([]);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'ว่าว' })).rows.map((r) => r.id)).toEqual([added.id]);
    // The rows come from the index's entries, not a read: they show the saved text, not the built one.
    await saveReleaseContent(db, added.id, releaseContent({ headline: 'แข่งว่าวประเพณีสงขลา', body: 'การแข่งขันว่าวประเพณี', releaseDate: '2025-03-01' }));
    const [row] = (await findReleases(db, { ...NO_FILTERS, query: 'ว่าว' })).rows;
    const stored = await db.pressReleases.get(added.id);
    expect(row).toMatchObject({ headline: 'แข่งว่าวประเพณีสงขลา', updatedAt: stored?.updatedAt, status: stored?.status, numberLabel: stored?.numberLabel });
    await pressReleaseRepo(db).remove(added.id);
    expect((await findReleases(db, { ...NO_FILTERS, query: 'ว่าว' })).rows).toEqual([]);
    for (const query of QUERIES) expect(ids(await findReleases(db, { ...NO_FILTERS, query })), query).toEqual(ids(await scanReleases(db, { ...NO_FILTERS, query })));
  });
});

describe('what an intern finds in the release list (issue 19: interns see only their own records)', () => {
  const OFFICER = '0190a000-0000-7000-8000-00000000b001';
  const INTERN = '0190a000-0000-7000-8000-00000000b002';

  // Regression: the list answers from the in-memory index and from reads outside a live query,
  // which the read-scope filter never saw, so an intern was shown every release of the office.
  it('lists and finds only the releases she wrote, with or without words, and offers only their tags', async () => {
    const office = await openTestDb(OFFICER, undefined, { role: 'admin' });
    const { db: officeDb, state } = office;
    try {
      await createRelease(officeDb, releaseContent({ headline: 'ผู้ว่าราชการจังหวัดเปิดงานกาชาด', lead: 'พิธีเปิดงานกาชาดประจำปี', releaseDate: '2026-01-02', tags: ['กาชาด'] }));
      state.actor = INTERN;
      state.role = 'officer';
      const hers = await createRelease(officeDb, releaseContent({ headline: 'นักศึกษาฝึกงานเขียนข่าวงานกาชาด', lead: 'บรรยากาศงานกาชาด', quotes: [], releaseDate: '2026-01-03', tags: ['ฝึกงาน'] }));
      state.role = 'intern';
      for (const query of ['', 'กาชาด', 'พิธี']) {
        const expected = query === 'พิธี' ? [] : [hers.id];
        expect((await findReleases(officeDb, { ...NO_FILTERS, query })).rows.map((r) => r.id), query).toEqual(expected);
        expect((await scanReleases(officeDb, { ...NO_FILTERS, query })).rows.map((r) => r.id), query).toEqual(expected);
      }
      const index = await currentReleaseIndex(officeDb);
      expect(index?.tags((entry) => officeDb.readScope.admits('pressReleases', entry))).toEqual(['ฝึกงาน']);
      // The same database, the officer signed in again: everything, at once (no rebuild).
      state.actor = OFFICER;
      state.role = 'admin';
      expect((await findReleases(officeDb, { ...NO_FILTERS, query: 'กาชาด' })).rows).toHaveLength(2);
    } finally {
      officeDb.close();
    }
  });
});

describe('a damaged release in the list (issue 18: one bad record never blanks the app)', () => {
  // Regression: the list's reads outside a live query skipped the quarantine, so a release whose
  // terms were damaged (planted below the repositories, as a bad restore would) reached the rows.
  it('is left out of the list, with or without words, and noted for the notice; the others still show', async () => {
    const good = await createRelease(db, releaseContent({ headline: 'จังหวัดสงขลาจัดงานกาชาด', releaseDate: '2026-01-02' }));
    await db.pressReleases.put({ ...good, id: 'bad-release', headline: { damaged: true } as unknown as string });
    for (const query of ['', 'กาชาด']) {
      expect((await findReleases(db, { ...NO_FILTERS, query })).rows.map((r) => r.id), query).toEqual([good.id]);
      expect((await scanReleases(db, { ...NO_FILTERS, query })).rows.map((r) => r.id), query).toEqual([good.id]);
    }
    expect(db.unreadable.list().map((r) => [r.table, r.id])).toEqual([['pressReleases', 'bad-release']]);
  });
});

describe('answer order', () => {
  it('puts releases whose headline holds the words first, newest first within each group, from the index and the scan alike', async () => {
    const older = await createRelease(db, releaseContent({ headline: 'ปลูกป่าชายเลนตำบลเกาะยอ', body: 'ชาวบ้านร่วมกิจกรรม', releaseDate: '2025-01-02', quotes: [] }));
    const newer = await createRelease(db, releaseContent({ headline: 'ตลาดนัดชุมชน', body: 'มีการปลูกป่าชายเลนด้วย', releaseDate: '2025-03-02', quotes: [] }));
    const newest = await createRelease(db, releaseContent({ headline: 'ป่าชายเลนสงขลาฟื้นตัว', body: 'รายงาน', releaseDate: '2025-05-02', quotes: [] }));
    await releaseIndexReady(db);
    for (const search of [findReleases, scanReleases]) {
      expect((await search(db, { ...NO_FILTERS, query: 'ป่าชายเลน' })).rows.map((r) => r.id)).toEqual([newest.id, older.id, newer.id]);
    }
  });
});
