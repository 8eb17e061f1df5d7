import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS } from '../../../../src-main/shared/domain/complaint';
import { WorkflowTransitionError } from '../../../../src-main/shared/workflow/define-workflow';
import { complaintRepo } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { complaintInput, FIXTURE_AGENCY, FIXTURE_STAFF } from './complaint-fixtures';
import { addComplaintStep, createComplaint, eraseComplainant, readComplaintSettings, saveComplaintSettings, updateComplaint } from './complaint-commands';
import { buildComplaintRows, filterComplaintRows, NO_FILTER } from '../model/complaint-rows';

const STAFF = FIXTURE_STAFF;
const AGENCY = FIXTURE_AGENCY;
const input = complaintInput;

describe('logging complaints', () => {
  it('numbers complaints per พ.ศ. year, starts each with รับเรื่อง, and never keeps personal data without consent', async () => {
    const { db } = await openTestDb();
    const first = await createComplaint(db, input(), STAFF);
    const second = await createComplaint(db, input({ consent: false, complainantName: 'ไม่ควรเก็บ', complainantPhone: '0812345678' }), STAFF);
    const nextYear = await createComplaint(db, input({ receivedDate: '2027-01-04' }), STAFF);
    expect([first.seq, first.yearBE, second.seq, nextYear.seq, nextYear.yearBE]).toEqual([1, 2569, 2, 1, 2570]);
    expect(second).toMatchObject({ complainantName: '', complainantPhone: '', complainantEmail: '', complainantAddress: '' });
    // A deleted complaint keeps its number taken.
    await complaintRepo(db).remove(second.id);
    expect((await createComplaint(db, input(), null)).seq).toBe(3);

    const steps = await db.complaintSteps.where('complaintId').equals(first.id).toArray();
    expect(steps.map((s) => [s.kind, s.date, s.staffId])).toEqual([['received', '2026-03-02', STAFF]]);

    // Moved into another year, it takes that year's next number.
    await updateComplaint(db, first.id, input({ receivedDate: '2027-01-10' }));
    expect(await complaintRepo(db).get(first.id)).toMatchObject({ yearBE: 2570, seq: 2 });
    expect((await db.complaintSteps.where('complaintId').equals(first.id).toArray()).map((s) => s.date)).toEqual(['2027-01-10']);
  });

  it('tracks forwarding and closing on the timeline and finds the complaint by Thai words', async () => {
    const { db, state } = await openTestDb();
    const complaint = await createComplaint(db, input(), STAFF);
    state.now = new Date('2026-03-03T02:00:00Z');
    await addComplaintStep(db, { complaintId: complaint.id, kind: 'forwarded', date: '2026-03-03', staffId: STAFF, note: '', agencyId: AGENCY, letterNo: 'สข 0017/245', replyDueDate: '2026-03-18' });
    await expect(addComplaintStep(db, { complaintId: complaint.id, kind: 'forwarded', date: '2026-03-03', staffId: STAFF, note: '', agencyId: null, letterNo: '', replyDueDate: null })).rejects.toThrow();
    const rowsOf = async (today: string) => buildComplaintRows(await db.complaints.toArray(), await db.complaintSteps.toArray(), DEFAULT_COMPLAINT_SETTINGS, today, (id) => (id === AGENCY ? 'เทศบาลนครหาดใหญ่' : ''));
    let [row] = await rowsOf('2026-03-18');
    expect(row).toMatchObject({ status: 'forwarded', numberText: '1/2569', agencyIds: [AGENCY] });
    expect(row?.deadlines.overdue).toBe(true); // day 16 and nobody told yet
    expect(filterComplaintRows(await rowsOf('2026-03-18'), { ...NO_FILTER, overdueOnly: true })).toHaveLength(1);
    expect(filterComplaintRows(await rowsOf('2026-03-18'), { ...NO_FILTER, search: 'ไฟฟ้าส่องสว่าง' })).toHaveLength(1);
    expect(filterComplaintRows(await rowsOf('2026-03-18'), { ...NO_FILTER, search: 'เทศบาล' })).toHaveLength(1);
    expect(filterComplaintRows(await rowsOf('2026-03-18'), { ...NO_FILTER, search: 'ประปา' })).toHaveLength(0);
    // The complainant's name is searchable only by staff allowed to see it (PDPA).
    expect(filterComplaintRows(await rowsOf('2026-03-18'), { ...NO_FILTER, search: 'มณีรัตน์' })).toHaveLength(0);
    const staffRows = buildComplaintRows(await db.complaints.toArray(), await db.complaintSteps.toArray(), DEFAULT_COMPLAINT_SETTINGS, '2026-03-18', () => '', true);
    expect(filterComplaintRows(staffRows, { ...NO_FILTER, search: 'มณีรัตน์' })).toHaveLength(1);

    state.now = new Date('2026-03-20T02:00:00Z');
    await addComplaintStep(db, { complaintId: complaint.id, kind: 'closed', date: '2026-03-20', staffId: STAFF, note: 'เทศบาลซ่อมไฟแล้ว แจ้งผู้ร้องทางโทรศัพท์', agencyId: null, letterNo: '', replyDueDate: null });
    [row] = await rowsOf('2026-04-30');
    expect(row?.status).toBe('closed');
    expect(row?.deadlines).toMatchObject({ acknowledge: { state: 'met-late' }, result: { state: 'met' }, overdue: false });
    expect(filterComplaintRows(await rowsOf('2026-04-30'), { ...NO_FILTER, status: 'open' })).toHaveLength(0);
  });

  it('flags a complaint whose agency has not replied by the letter\'s due date as เกินกำหนด, and filters it', async () => {
    const { db, state } = await openTestDb();
    state.now = new Date('2026-03-10T02:00:00Z');
    const complaint = await createComplaint(db, input({ receivedDate: '2026-03-10' }), STAFF);
    await addComplaintStep(db, { complaintId: complaint.id, kind: 'forwarded', date: '2026-03-11', staffId: STAFF, note: '', agencyId: AGENCY, letterNo: 'สข 0017/246', replyDueDate: '2026-03-14' });
    const rowsOf = async (today: string) => buildComplaintRows(await db.complaints.toArray(), await db.complaintSteps.toArray(), DEFAULT_COMPLAINT_SETTINGS, today);
    // The complainant's and the result limits are far off; only the agency's reply is late.
    const [late] = await rowsOf('2026-03-15');
    expect(late?.deadlines).toMatchObject({ acknowledge: { state: 'on-track' }, result: { state: 'on-track' }, reply: { state: 'overdue', dueDate: '2026-03-14' }, overdue: true });
    expect(filterComplaintRows(await rowsOf('2026-03-15'), { ...NO_FILTER, overdueOnly: true })).toHaveLength(1);
    expect(filterComplaintRows(await rowsOf('2026-03-14'), { ...NO_FILTER, overdueOnly: true })).toHaveLength(0);
    // A general complaint by default; the type filter keeps the two registers apart.
    expect(filterComplaintRows(await rowsOf('2026-03-15'), { ...NO_FILTER, type: 'general' })).toHaveLength(1);
    expect(filterComplaintRows(await rowsOf('2026-03-15'), { ...NO_FILTER, type: 'corruption' })).toHaveLength(0);
  });

  it('records any step after any other, a closed complaint included, but never a second receipt', async () => {
    const { db } = await openTestDb();
    const complaint = await createComplaint(db, input(), STAFF);
    const step = (kind: 'received' | 'reviewing' | 'closed', date: string) => ({ complaintId: complaint.id, kind, date, staffId: STAFF, note: 'บันทึกผล', agencyId: null, letterNo: '', replyDueDate: null });
    await addComplaintStep(db, step('closed', '2026-03-05'));
    await addComplaintStep(db, step('reviewing', '2026-03-06'));
    await expect(addComplaintStep(db, step('received', '2026-03-07'))).rejects.toBeInstanceOf(WorkflowTransitionError);
    expect((await db.complaintSteps.where('complaintId').equals(complaint.id).toArray()).map((s) => s.kind)).toEqual(['received', 'closed', 'reviewing']);
  });

  it('keeps office limits in one shared record', async () => {
    const { db } = await openTestDb();
    expect(await readComplaintSettings(db)).toEqual(DEFAULT_COMPLAINT_SETTINGS);
    await saveComplaintSettings(db, { acknowledgeDays: 7, resultDays: 15, warnDays: 2 });
    await saveComplaintSettings(db, { acknowledgeDays: 10, resultDays: 15, warnDays: 2 });
    expect(await readComplaintSettings(db)).toEqual({ acknowledgeDays: 10, resultDays: 15, warnDays: 2 });
    expect(await db.complaintSettings.count()).toBe(1);
  });

  it('erases the complainant (and the old values in the change history) and records why', async () => {
    const { db } = await openTestDb();
    const complaint = await createComplaint(db, input(), STAFF);
    await eraseComplainant(db, complaint.id, 'ยุติเรื่องและพ้นระยะเวลาเก็บรักษา', '2027-04-01T02:00:00.000Z');
    const after = await complaintRepo(db).get(complaint.id);
    expect(after).toMatchObject({ complainantPhone: '', complainantAddress: '', erasedAt: '2027-04-01T02:00:00.000Z', subject: complaint.subject });
    const history = JSON.stringify(await db.outbox.where('[table+recordId]').equals(['complaints', complaint.id]).toArray());
    expect(history).not.toContain('มณีรัตน์');
    expect(history).not.toContain('081-234-5678');
    const erasures = await db.dataErasures.toArray();
    expect(erasures).toHaveLength(1);
    expect(erasures[0]).toMatchObject({ table: 'complaints', recordId: complaint.id, reason: 'ยุติเรื่องและพ้นระยะเวลาเก็บรักษา' });
  });
});
