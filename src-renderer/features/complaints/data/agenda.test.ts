import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../data/test-db';
import { complaintsAgenda } from './agenda';
import { addComplaintStep, createComplaint } from './complaint-commands';
import { complaintInput, FIXTURE_AGENCY, FIXTURE_STAFF } from './complaint-fixtures';

const STAFF = FIXTURE_STAFF;
const input = complaintInput;

describe('complaints on the dashboard agenda', () => {
  it('lists the limits of the coming week that are not met, by the subject, never the complainant', async () => {
    const { db, state } = await openTestDb();
    state.now = new Date('2026-03-20T02:00:00Z');
    // Received 10 days before: telling the complainant falls due in 5 days, closing in 20.
    const waiting = await createComplaint(db, input({ receivedDate: '2026-03-10', subject: 'ขอให้ซ่อมไฟฟ้าส่องสว่าง' }), STAFF);
    await addComplaintStep(db, { complaintId: waiting.id, kind: 'forwarded', date: '2026-03-12', staffId: STAFF, note: '', agencyId: FIXTURE_AGENCY, letterNo: 'สข 0017/246', replyDueDate: '2026-03-22' });
    // Already told: nothing of it is due this week.
    const told = await createComplaint(db, input({ receivedDate: '2026-03-10', subject: 'เสียงดังจากสถานบันเทิง' }), STAFF);
    await addComplaintStep(db, { complaintId: told.id, kind: 'notified', date: '2026-03-15', staffId: STAFF, note: 'แจ้งผู้ร้องแล้ว', agencyId: null, letterNo: '', replyDueDate: null });
    const items = await complaintsAgenda(db, { start: '2026-03-20', end: '2026-03-27' });
    expect(items.map((i) => [i.date, i.kindKey, i.title]).sort()).toEqual([
      ['2026-03-22', 'dashboard.agenda.kinds.complaintReply', 'ขอให้ซ่อมไฟฟ้าส่องสว่าง'],
      ['2026-03-25', 'dashboard.agenda.kinds.complaintAcknowledge', 'ขอให้ซ่อมไฟฟ้าส่องสว่าง'],
    ]);
    expect(JSON.stringify(items)).not.toContain('มณีรัตน์');
  });
});
