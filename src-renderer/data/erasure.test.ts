import { describe, expect, it } from 'vitest';
import type { SequencedOp } from '../../src-main/shared/sync/transport';
import type { PrDeskDb } from './db';
import { erasePerson } from './erase-person';
import { attendanceRepo, institutionRepo, internEvaluationRepo, internRepo, workLogRepo } from './internship-repo';
import { mediaContactRepo } from './media-repo';
import { pressSendRepo } from './press-repo';
import { staffRepo } from './staff-repo';
import { applyRemoteBatch, readSyncMeta, toSyncOp } from './sync-store';
import { SOMCHAI, TEST_INSTITUTION, openTestDb, storedText, testAttendance, testIntern, testMediaContact, testWorkLog } from './test-db';
import { createRepository } from './repository';
import { workLinkSchema, type WorkLink } from '../../src-main/shared/domain/work-link';
import { taskCommentSchema, type TaskComment } from '../../src-main/shared/domain/task';

const DEVICES = ['0190a000-0000-7000-8000-0000000000a1', '0190a000-0000-7000-8000-0000000000b2', '0190a000-0000-7000-8000-0000000000c3'] as const;
/** The three values the must-show searches for, and the work she wrote. */
const NAME = 'พิมพ์ชนก';
const EMAIL = 'pimchanok.s@example.ac.th';
const PHONE = '0897654321';
const WORK = 'ถ่ายภาพงานกาชาดร่วมกับพิมพ์ชนก';
const PHOTO = 'e'.repeat(64);
// The photo's id stays listed in syncMeta until the next sync removes the file from the share.
const SECRETS = [NAME, EMAIL, PHONE, WORK, 'Pimchanok', '6510110999'];

/** The op files one workstation has published, read by another from where it stopped. */
async function pull(from: PrDeskDb, to: PrDeskDb): Promise<void> {
  const cursor = (await readSyncMeta(to)).cursor[from.writer.deviceId] ?? 0;
  const ops = (await from.outbox.orderBy('seq').toArray()).filter((op) => (op.seq ?? 0) > cursor);
  if (ops.length === 0) return;
  const items: SequencedOp[] = ops.map((op) => ({ seq: op.seq ?? 0, op: toSyncOp(op) }));
  await applyRemoteBatch(to, { deviceId: from.writer.deviceId, lastSeq: items.at(-1)?.seq ?? cursor, apply: items, hold: [] });
}

async function office() {
  const [first, b, c] = await Promise.all(DEVICES.map(async (device, i) => (await openTestDb(`staff-${i}`, device)).db));
  const opened = await openTestDb('staff-0', DEVICES[0]);
  const a = opened.db;
  if (!first || !b || !c) throw new Error('three workstations');
  first.close();
  const institution = await institutionRepo(a).create(TEST_INSTITUTION);
  const account = await staffRepo(a).create({ ...SOMCHAI, title: 'นางสาว', firstName: NAME, lastName: 'ศรีวงศ์', role: 'intern', phone: PHONE, email: EMAIL });
  const intern = await internRepo(a).create(
    testIntern(institution.id, {
      firstName: NAME,
      lastName: 'ศรีวงศ์',
      firstNameEn: 'Pimchanok',
      lastNameEn: 'Sriwong',
      studentId: '6510110999',
      programme: 'นิเทศศาสตร์',
      phone: PHONE,
      email: EMAIL,
      emergencyContact: 'นางสมใจ ศรีวงศ์ (มารดา)',
      staffId: account.id,
      photoBlobId: PHOTO,
    }),
  );
  await attendanceRepo(a).create(testAttendance(intern.id, '2026-06-01', { note: `ลาครึ่งวัน โทร ${PHONE}` }));
  const log = await workLogRepo(a).create(testWorkLog(intern.id, '2026-06-01', WORK));
  await internEvaluationRepo(a).create({ internId: intern.id, evaluatorId: null, date: '2026-07-31', scores: [{ criterionId: 'manner', score: 5, comment: `${NAME} ตั้งใจดี` }], overallComment: `${NAME} ผ่าน` });
  const link = await createRepository<WorkLink>(a, 'workLinks', workLinkSchema).create({
    missionId: '0190a000-0000-7000-8000-00000000f001',
    taskId: null,
    module: 'internship',
    recordId: log.id,
    title: WORK.slice(0, 200),
    date: '2026-06-01',
  });
  // The comment is hers: she wrote it signed in with her own account.
  opened.state.actor = account.id;
  await createRepository<TaskComment>(a, 'taskComments', taskCommentSchema).create({ taskId: '0190a000-0000-7000-8000-00000000f002', text: `ส่งภาพแล้วค่ะ ${PHONE}` });
  opened.state.actor = 'staff-0';
  await pull(a, b);
  await pull(a, c);
  return { a, b, c, intern, account, log, link };
}

describe('PDPA erasure that travels', () => {
  it('leaves none of her values on any of three workstations, whatever each had seen, and every one ends alike', async () => {
    const { a, b, c, intern, account, link } = await office();
    // C, not yet synced, records one more day of her work.
    const late = await workLogRepo(c).create(testWorkLog(intern.id, '2026-06-02', `${WORK} วันที่สอง`));

    const outcome = await erasePerson(a, { table: 'interns', recordId: intern.id, reason: 'ครบกำหนดเก็บรักษา', alsoWrite: () => internRepo(a).update(intern.id, { erasedAt: '2027-08-01T02:00:00.000Z' }).then(() => undefined) });
    expect(outcome.blobIds).toEqual([PHOTO]);
    expect((await readSyncMeta(a)).pendingRedaction).toMatchObject({ blobIds: [PHOTO], round: 1 });

    await pull(a, b);
    await pull(c, b); // B gets C's late log after the erasure: scrubbed as it merges
    await pull(c, a);
    await pull(a, c); // C gets the erasure after its own late log: scrubbed when the erasure arrives
    for (const db of [a, b, c]) {
      const all = await storedText(db);
      for (const secret of SECRETS) expect(all.includes(secret), `${db.writer.deviceId.slice(-2)} still holds ${secret}`).toBe(false);
    }
    // The same records everywhere: the placeholders come from the declaration, not from who erased.
    const view = async (db: PrDeskDb) => ({
      intern: await db.interns.get(intern.id),
      logs: (await db.internWorkLogs.orderBy('id').toArray()).map(({ text, deleted }) => ({ text, deleted })),
      account: await db.staff.get(account.id),
      link: (await db.workLinks.get(link.id))?.title,
      late: (await db.internWorkLogs.get(late.id))?.deleted,
    });
    const onA = await view(a);
    expect(onA.intern).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', email: '', photoBlobId: null, institutionId: intern.institutionId, requiredHours: 280, erasedAt: '2027-08-01T02:00:00.000Z' });
    expect(onA.logs).toEqual([
      { text: 'ลบข้อมูลส่วนบุคคลแล้ว', deleted: true },
      { text: 'ลบข้อมูลส่วนบุคคลแล้ว', deleted: true },
    ]);
    expect(onA.account).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', phone: '' });
    expect(onA.link).toBe('ลบข้อมูลส่วนบุคคลแล้ว');
    const strip = (v: Awaited<ReturnType<typeof view>>): unknown => JSON.parse(JSON.stringify(v, (key, value: unknown) => (key === 'updatedAt' || key === 'updatedBy' ? undefined : value)));
    expect(strip(await view(b))).toEqual(strip(onA));
    expect(strip(await view(c))).toEqual(strip(onA));
    // Attendance days stay for the hours served; only the note went.
    expect(await b.internAttendance.where('internId').equals(intern.id).toArray()).toMatchObject([{ checkIn: '08:30', note: '' }]);
  });

  it('publishes the erasure as a valid record and no op carrying null or the old values', async () => {
    const { a, intern } = await office();
    const before = await a.outbox.count();
    await erasePerson(a, { table: 'interns', recordId: intern.id, reason: 'ผู้ฝึกงานขอให้ลบ' });
    const added = (await a.outbox.orderBy('seq').toArray()).slice(before);
    expect(added.map((op) => op.table)).toEqual(['dataErasures']);
    expect(added[0]?.fields).toMatchObject({ table: 'interns', recordId: intern.id, reason: 'ผู้ฝึกงานขอให้ลบ' });
    expect(JSON.stringify(added)).not.toContain(NAME);
  });

  it('keeps her data out when an op from before the erasure is offered again later (a held op, a restored workstation)', async () => {
    const { a, b, intern } = await office();
    const stale = (await a.outbox.orderBy('seq').toArray()).filter((op) => op.table === 'interns').map((op) => toSyncOp(op));
    // Kept aside before the erasure: what a workstation restored from an old backup would publish.
    const copies = structuredClone(stale);
    await erasePerson(a, { table: 'interns', recordId: intern.id, reason: 'ครบกำหนด' });
    await pull(a, b);
    await applyRemoteBatch(b, { deviceId: '0190a000-0000-7000-8000-0000000000e9', lastSeq: copies.length, apply: copies.map((op, i) => ({ seq: i + 1, op: { ...op, deviceId: '0190a000-0000-7000-8000-0000000000e9' } })), hold: [] });
    expect(await storedText(b)).not.toContain(NAME);
    expect((await b.interns.get(intern.id))?.firstName).toBe('ลบข้อมูลส่วนบุคคลแล้ว');
  });

  it('erases a media contact and the copies of her name and address in the send log, by the same declaration', async () => {
    const { db } = await openTestDb();
    const contact = await mediaContactRepo(db).create(testMediaContact({ firstName: 'ศิริพร', lastName: 'ข่าวดี', email: 'siriporn@news.example', lineId: 'siriporn.news' }));
    const send = await pressSendRepo(db).create({ releaseId: '0190a000-0000-7000-8000-00000000f0a1', channel: 'line', contactId: contact.id, outletId: null, recipientName: 'นางสาวศิริพร ข่าวดี', address: 'siriporn.news', sentAt: '2026-11-20T03:00:00.000Z' });
    await erasePerson(db, { table: 'mediaContacts', recordId: contact.id, reason: 'เจ้าของข้อมูลขอให้ลบ', alsoWrite: () => mediaContactRepo(db).update(contact.id, { active: false }).then(() => undefined) });
    const all = await storedText(db);
    for (const value of ['ศิริพร', '0812223333', 'siriporn']) expect(all.includes(value), value).toBe(false);
    // The send stays in the log (what was sent when), without whom it named.
    expect(await db.pressSends.get(send.id)).toMatchObject({ recipientName: 'ลบข้อมูลส่วนบุคคลแล้ว', address: '', channel: 'line', deleted: false });
    expect(await db.mediaContacts.get(contact.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', coverageArea: 'สงขลา', active: false });
  });
});

