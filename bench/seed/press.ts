/**
 * Realistic Thai press data for the benches: agencies, outlets, media contacts, a distribution
 * list, ten years of releases and their pickups, as an import would leave them. Built here in
 * Node, where a release's search terms are made by the app's own releaseTerms (no copy of the
 * search rules to fall behind), then written into the app's IndexedDB by a small page function
 * with raw puts (seedPress).
 */
import type { Page } from '@playwright/test';
import { thaiSearchTerms } from '../../src-main/shared/text/thai-words';
import { RELEASE_TERMS_MARK } from '../../src-renderer/features/press/model/release-terms';

export interface PressSeedCounts {
  releases: number;
  agencies: number;
  outlets: number;
  /** 2,000 at the 10-year scale. */
  contacts: number;
  /** Pickups per 10 releases (e.g. 5 = one pickup for every second release). */
  pickupsPer10?: number;
  /** Terms as an older version stored them (no version mark): the office right after an upgrade. */
  staleTerms?: boolean;
}

type Row = Record<string, unknown>;

/** The rows of each table, in the order they are written. */
export interface PressSeed {
  tables: { table: string; rows: Row[] }[];
  releases: number;
  contacts: number;
  pickups: number;
}

export function buildPressSeed(counts: PressSeedCounts): PressSeed {
  const tables: PressSeed['tables'] = [];
  const put = (table: string, rows: Row[]) => void tables.push({ table, rows });
  const termCache = new Map<string, string[]>();
  /**
   * The app's terms, per piece of text: pieces are joined by line breaks, where no search rule
   * reaches across, so the union of the pieces' terms is releaseTerms' set (bench/seed/press.test.ts).
   */
  const termsOf = (piece: string): string[] => {
    let terms = termCache.get(piece);
    if (!terms) {
      terms = thaiSearchTerms(piece);
      termCache.set(piece, terms);
    }
    return terms;
  };
  const hex = (prefix: string, n: number) => `${prefix}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  const now = new Date().toISOString();
  const envelope = { createdAt: now, createdBy: 'bench', updatedAt: now, updatedBy: 'bench', deleted: false, clocks: {} };
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

  const agencyNames = ['สำนักงานสาธารณสุขจังหวัด', 'สำนักงานเกษตรจังหวัด', 'สำนักงานพัฒนาชุมชนจังหวัด', 'สำนักงานวัฒนธรรมจังหวัด', 'สำนักงานท่องเที่ยวและกีฬาจังหวัด', 'สำนักงานแรงงานจังหวัด', 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด', 'องค์การบริหารส่วนจังหวัด', 'เทศบาลนคร', 'สำนักงานศึกษาธิการจังหวัด'];
  const districts = ['เมืองสงขลา', 'หาดใหญ่', 'สะเดา', 'จะนะ', 'เทพา', 'นาทวี', 'ระโนด', 'สทิงพระ', 'รัตภูมิ', 'บางกล่ำ', 'ควนเนียง', 'สิงหนคร'];
  const outletKinds = ['tv', 'radio', 'print', 'online', 'community-radio', 'page'];
  const outletNames = ['สถานีวิทยุชุมชนคนรักถิ่น', 'หนังสือพิมพ์ข่าวภาคใต้', 'เพจข่าวด่วนชายแดนใต้', 'สถานีโทรทัศน์ท้องถิ่น', 'สำนักข่าวออนไลน์ทักษิณ', 'สถานีวิทยุเพื่อการศึกษา'];
  const firstNames = ['วิภาวดี', 'ธนพล', 'สุนิสา', 'อนุชา', 'กมลวรรณ', 'ประเสริฐ', 'ศิริพร', 'ชยพล', 'นันทนา', 'วีระ'];
  const lastNames = ['รักษ์ข่าว', 'ใจดี', 'ศรีสุข', 'ทองคำ', 'แก้วมณี', 'บุญมา', 'สายทอง', 'พรหมมา'];
  const topics = ['ป้องกันไข้เลือดออก', 'วันเด็กแห่งชาติ', 'ตลาดนัดสินค้าชุมชน', 'ฝึกอบรมอาชีพ', 'รณรงค์ลดอุบัติเหตุทางถนน', 'แข่งขันกีฬาเยาวชน', 'งานกาชาดประจำปี', 'ปลูกป่าชายเลน', 'ช่วยเหลือผู้ประสบอุทกภัย', 'ส่งเสริมการท่องเที่ยวชุมชน', 'ตรวจสุขภาพผู้สูงอายุ', 'มอบทุนการศึกษา'];
  const verbs = ['จัดกิจกรรม', 'ลงพื้นที่', 'เปิดโครงการ', 'ประชุมเตรียมความพร้อม', 'มอบนโยบาย', 'รณรงค์'];
  const sentences = [
    'ผู้ว่าราชการจังหวัดเป็นประธานในพิธีเปิด พร้อมด้วยหัวหน้าส่วนราชการและผู้นำท้องถิ่นร่วมกิจกรรม',
    'ภายในงานมีนิทรรศการให้ความรู้จากหน่วยงานต่าง ๆ การแสดงของนักเรียน และบริการตรวจสุขภาพฟรี',
    'เจ้าหน้าที่ร่วมกับอาสาสมัครสาธารณสุขประจำหมู่บ้านลงพื้นที่กำจัดลูกน้ำยุงลายในชุมชน',
    'โครงการนี้มีเป้าหมายเพื่อส่งเสริมรายได้ของครัวเรือนและสร้างความเข้มแข็งให้ชุมชน',
    'ประชาชนที่สนใจสามารถสอบถามรายละเอียดเพิ่มเติมได้ที่ศาลากลางจังหวัดในวันและเวลาราชการ',
    'ที่ประชุมได้รับทราบผลการดำเนินงานและแนวทางการแก้ไขปัญหาในพื้นที่อย่างเร่งด่วน',
    'ทั้งนี้ จังหวัดได้มอบหมายให้อำเภอทุกแห่งติดตามและรายงานผลการดำเนินงานเป็นประจำทุกเดือน',
    'นอกจากนี้ยังมีการมอบถุงยังชีพและเครื่องอุปโภคบริโภคให้แก่ครอบครัวที่ได้รับผลกระทบ',
    'กิจกรรมดังกล่าวได้รับความสนใจจากประชาชนและนักท่องเที่ยวเป็นจำนวนมาก',
    'ผู้เข้าร่วมการฝึกอบรมจะได้รับวุฒิบัตรและสามารถนำความรู้ไปประกอบอาชีพได้จริง',
    'หน่วยงานที่เกี่ยวข้องได้ตั้งศูนย์ประสานงานเพื่ออำนวยความสะดวกให้แก่ประชาชนตลอด 24 ชั่วโมง',
    'การดำเนินงานเป็นไปตามนโยบายของรัฐบาลในการยกระดับคุณภาพชีวิตของประชาชนในพื้นที่',
  ];
  const statuses = ['published', 'published', 'published', 'approved', 'review', 'draft'];
  // Real releases name places and people, so most words are rare: 60 tambons, 40 × 40 names.
  const tambons = ['บ่อยาง', 'เขารูปช้าง', 'พะวง', 'ทุ่งหวัง', 'เกาะยอ', 'คลองแห', 'คอหงส์', 'ควนลัง', 'น้ำน้อย', 'ทุ่งตำเสา', 'ปริก', 'พังลา', 'สำนักขาม', 'ปาดังเบซาร์', 'ท่าโพธิ์', 'นาหว้า', 'ป่าชิง', 'สะพานไม้แก่น', 'ลำไพล', 'ท่าประดู่', 'คลองทราย', 'ทับช้าง', 'ปลักหนู', 'ระวะ', 'ตะเครียะ', 'บ้านขาว', 'กระแสสินธุ์', 'ชุมพล', 'จะทิ้งพระ', 'กระดังงา', 'ท่าชะมวง', 'กำแพงเพชร', 'ควนรู', 'เขาพระ', 'บางเหรียง', 'ห้วยลึก', 'ท่าหมอไทร', 'สทิงหม้อ', 'ชิงโค', 'ทำนบ', 'ม่วงงาม', 'รำแดง', 'วัดขนุน', 'ชะแล้', 'ปากรอ', 'บางเขียด', 'ทุ่งลาน', 'โคกม่วง', 'ท่าช้าง', 'บางกล่ำ', 'แม่ทอม', 'คูเต่า', 'คลองอู่ตะเภา', 'ฉลุง', 'คลองหอยโข่ง', 'โคกเหรียง', 'ทุ่งใหญ่', 'ควนโส', 'เขาแดง', 'ท่าบอน'];
  const givenNames = ['สมชาย', 'สมศรี', 'ประยุทธ', 'วันเพ็ญ', 'อำนาจ', 'จิราพร', 'ไพโรจน์', 'สุดารัตน์', 'ชัยวัฒน์', 'มาลี', 'ธีระ', 'รัตนา', 'สุรชัย', 'พรทิพย์', 'วิชัย', 'อรุณี', 'เกรียงไกร', 'นงลักษณ์', 'บุญเลิศ', 'เยาวลักษณ์', 'อภิชาติ', 'ปราณี', 'ณรงค์', 'สายสุนีย์', 'ทวีศักดิ์', 'กัลยา', 'สมพงษ์', 'ละเอียด', 'ปัญญา', 'จันทร์เพ็ญ', 'วิโรจน์', 'ศศิธร', 'เฉลิม', 'อัมพร', 'สุเมธ', 'วาสนา', 'พีระพงษ์', 'ดวงใจ', 'ยุทธนา', 'ลำดวน'];
  const familyNames = ['ทองสุข', 'แก้วประเสริฐ', 'ศรีวงศ์', 'บุญประคอง', 'เพชรรัตน์', 'สุวรรณมณี', 'จันทร์หอม', 'ชูช่วย', 'หนูแก้ว', 'เสนาะ', 'ขุนทอง', 'ณ สงขลา', 'อินทร์แก้ว', 'ศักดิ์ศรี', 'รัตนพันธ์', 'ทองเนื้อดี', 'สมบูรณ์', 'เรืองศรี', 'พรหมทอง', 'นิลรัตน์', 'หมาดหมัน', 'เจ๊ะหลี', 'ยีหมะ', 'สะมะแอ', 'แสงอรุณ', 'บัวทอง', 'เกื้อกูล', 'คงแก้ว', 'ด้วงทอง', 'มณีโชติ', 'ชุมทอง', 'สงวนศักดิ์', 'จิตรภักดี', 'ปานทอง', 'เอียดแก้ว', 'รักษ์ทอง', 'ทิพย์มณี', 'สุขใส', 'ศรีสวัสดิ์', 'อ่อนแก้ว'];

  const agencyIds = Array.from({ length: counts.agencies }, (_, i) => hex('0190c001', i));
  put(
    'agencies',
    agencyIds.map((id, i) => ({ id, name: `${pick(agencyNames, i)}${i >= agencyNames.length ? ` ${pick(districts, i)}` : ''}`, shortName: '', kind: i % 3 === 0 ? 'local' : 'provincial', address: `อำเภอ${pick(districts, i)} จังหวัดสงขลา`, phone: '074-000-000', email: '', contactName: '', active: true, ...envelope })),
  );
  const outletIds = Array.from({ length: counts.outlets }, (_, i) => hex('0190c002', i));
  put(
    'mediaOutlets',
    outletIds.map((id, i) => ({ id, name: `${pick(outletNames, i)} ${pick(districts, i)} ${Math.floor(i / outletNames.length) + 1}`, kind: pick(outletKinds, i), coverageArea: `อำเภอ${pick(districts, i)}`, beats: ['ข่าวท้องถิ่น'], phone: '', email: '', lineGroup: `สื่อ${pick(districts, i)}`, website: '', note: '', active: true, ...envelope })),
  );
  put(
    'mediaContacts',
    Array.from({ length: counts.contacts }, (_, i) => ({
      id: hex('0190c003', i),
      outletId: outletIds.length ? pick(outletIds, i) : null,
      title: i % 2 ? 'นาย' : 'นางสาว',
      firstName: pick(firstNames, i),
      lastName: `${pick(lastNames, i)} ${i + 1}`,
      position: 'ผู้สื่อข่าว',
      phone: `08${String(10_000_000 + i).slice(-8)}`,
      email: `reporter${i}@example.co.th`,
      lineId: `reporter.${i}`,
      coverageArea: `อำเภอ${pick(districts, i)}`,
      beats: ['ข่าวท้องถิ่น'],
      pdpaBasis: 'consent',
      // one in five last verified more than 180 days ago
      lastVerifiedAt: new Date(Date.now() - (i % 5 === 0 ? 400 : 30) * 86_400_000).toISOString().slice(0, 10),
      note: '',
      active: true,
      ...envelope,
    })),
  );
  put('distributionLists', [{ id: hex('0190c004', 0), name: 'สื่อท้องถิ่นสงขลา', description: '', contactIds: [], outletIds: outletIds.slice(0, 20), ...envelope }]);

  const perYear = new Map<number, number>();
  const releases: Row[] = [];
  const pickups: Row[] = [];
  const span = Math.max(365, Math.ceil(counts.releases / 6)); // about six releases a working day
  for (let i = 0; i < counts.releases; i++) {
    const date = new Date(Date.UTC(2016, 9, 1) + Math.floor((i / counts.releases) * span * 10) * 86_400_000 / 10);
    const releaseDate = date.toISOString().slice(0, 10);
    const status = pick(statuses, i * 7);
    const beYear = date.getUTCFullYear() + 543;
    const numbered = status === 'approved' || status === 'published';
    const number = numbered ? (perYear.get(beYear) ?? 0) + 1 : null;
    if (number !== null) perYear.set(beYear, number);
    const numberLabel = number === null ? '' : `ข่าวที่ ${number}/${beYear}`;
    const headline = `${pick(agencyNames, i)}${pick(verbs, i * 3)}${pick(topics, i * 5)} อำเภอ${pick(districts, i * 11)}`;
    const person = `${pick(givenNames, i * 13)} ${pick(familyNames, Math.floor(i / 40) * 7 + i)}`;
    const body = [
      pick(sentences, i),
      `ณ หมู่ที่ ${(i % 12) + 1} ตำบล${pick(tambons, i * 17)} อำเภอ${pick(districts, i * 11)}`,
      `นาย${person} ผู้ประสานงานโครงการ กล่าวว่า มีผู้เข้าร่วมกิจกรรมทั้งสิ้น ${100 + ((i * 37) % 2900)} คน`,
      pick(sentences, i * 5 + 3),
    ].join('\n');
    const lead = `วันที่ ${date.getUTCDate()} ${pick(topics, i)} ณ อำเภอ${pick(districts, i)}`;
    const tags = [pick(topics, i * 5)];
    const terms = new Set<string>();
    for (const piece of [headline, 'สงขลา', lead, ...body.split('\n'), ...tags, numberLabel]) for (const term of termsOf(piece)) terms.add(term);
    const id = hex('0190c005', i);
    const at = `${releaseDate}T03:00:00.000Z`;
    releases.push({
      id,
      headline,
      dateline: 'สงขลา',
      releaseDate,
      lead,
      body,
      quotes: [],
      tags,
      agencyId: agencyIds.length ? pick(agencyIds, i) : null,
      requestId: null,
      embargoAt: '',
      photos: [],
      status,
      number,
      beYear: number === null ? null : beYear,
      numberLabel,
      approvedAt: numbered ? at : null,
      approvedBy: numbered ? 'bench' : null,
      publishedAt: status === 'published' ? at : null,
      events: [],
      terms: counts.staleTerms ? [...terms] : [...terms, RELEASE_TERMS_MARK],
      ...envelope,
    });
    if (numbered && (i % 10) < (counts.pickupsPer10 ?? 5) && outletIds.length) {
      const outlet = pick(outletIds, i);
      pickups.push({ id: hex('0190c006', i), releaseId: id, outletId: outlet, outletName: 'สื่อ', url: `https://news.example.co.th/${i}`, clipping: '', date: releaseDate, ...envelope });
    }
  }
  put('pressReleases', releases);
  put('pressPickups', pickups);
  return { tables, releases: releases.length, contacts: counts.contacts, pickups: pickups.length };
}

/** Runs in the page: raw puts of one batch of rows into one table of the app's database. */
export async function putRowsInPage({ table, rows }: { table: string; rows: Row[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pr-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const tx = db.transaction(table, 'readwrite');
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
  } finally {
    db.close();
  }
}

/** Rows per page.evaluate: a few MB of JSON each. */
const BATCH = 2_000;

/** Builds the press data and writes it into the page's database. */
export async function seedPress(page: Page, counts: PressSeedCounts): Promise<{ releases: number; contacts: number; pickups: number }> {
  const seed = buildPressSeed(counts);
  for (const { table, rows } of seed.tables) {
    for (let start = 0; start < rows.length; start += BATCH) await page.evaluate(putRowsInPage, { table, rows: rows.slice(start, start + BATCH) });
  }
  return { releases: seed.releases, contacts: seed.contacts, pickups: seed.pickups };
}
