import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../../src-main/shared/domain/complaint';
import { dueForDestruction, fiscalYearEnd, retentionYearsOf } from '../../../../src-main/shared/pdpa/retention';
import { complaintRepo, complaintStepRepo, institutionRepo, internRepo, mediaContactRepo, staffRepo } from '../../../data';
import { SOMCHAI, TEST_INSTITUTION, openTestDb, testIntern, testMediaContact } from '../../../data/test-db';
import { eraseDueRecords, retentionCandidates } from './retention';

async function office() {
  const { db } = await openTestDb();
  const institution = await institutionRepo(db).create(TEST_INSTITUTION);
  const account = await staffRepo(db).create({ ...SOMCHAI, firstName: 'กนกวรรณ', role: 'intern' });
  const old = await internRepo(db).create(testIntern(institution.id, { firstName: 'กนกวรรณ', lastName: 'ศรีสุข', startDate: '2025-06-01', endDate: '2025-07-31', staffId: account.id }));
  await internRepo(db).create(testIntern(institution.id, { firstName: 'ปิยะนุช', lastName: 'ทองดี', studentId: '6410110456', startDate: '2026-11-01', endDate: '2027-01-31' }));
  const fields: Complaint = {
    yearBE: 2559,
    seq: 12,
    receivedDate: '2016-03-01',
    channel: 'letter',
    consent: true,
    complainantName: 'นายสมศักดิ์ ใจกว้าง',
    complainantPhone: '0891112222',
    complainantEmail: '',
    complainantAddress: '',
    subject: 'ถนนชำรุด',
    details: 'ขอให้ส่งต่อหน่วยงาน',
    category: 'service',
    subcategory: 'public-trouble',
    assigneeId: null,
    attachments: [],
    erasedAt: null,
  };
  const complaint = await complaintRepo(db).create(fields);
  await complaintStepRepo(db).create({ complaintId: complaint.id, kind: 'closed', date: '2016-05-10', staffId: null, note: 'หน่วยงานซ่อมแล้ว แจ้งผู้ร้องทราบ', agencyId: null, letterNo: '', replyDueDate: null });
  // Still open: its ten years have not started.
  await complaintRepo(db).create({ ...fields, seq: 13, complainantName: 'นางมาลี ยังรอ' });
  await mediaContactRepo(db).create(testMediaContact({ title: 'นาย', firstName: 'ชัยวัฒน์', lastName: 'ข่าวไว', lastVerifiedAt: '2024-01-15' }));
  return { db, old, account, complaint };
}

const files = () => {
  const calls: string[] = [];
  return {
    calls,
    eraseBlobs: (ids: readonly string[]) => Promise.resolve(void calls.push(`blobs:${ids.length}`)),
    forgetPreviews: () => Promise.resolve(void calls.push('previews')),
    redactBackups: () => Promise.resolve(void calls.push('backups')),
    wantDatabaseRebuild: () => Promise.resolve(void calls.push('rebuild')),
  };
};

describe('the yearly list of records due for destruction', () => {
  it('lists what ended by 30 September of the year, from each kind’s own day, and never an open complaint', async () => {
    const { db } = await office();
    const due = dueForDestruction(await retentionCandidates(db), retentionYearsOf(undefined), fiscalYearEnd(2570));
    expect(due.map((d) => [d.kind, d.name, d.dueDate])).toEqual([
      ['mediaContacts', 'นายชัยวัฒน์ ข่าวไว', '2026-01-15'],
      ['complaints', 'นายสมศักดิ์ ใจกว้าง', '2026-05-10'],
      ['interns', 'นางสาวกนกวรรณ ศรีสุข', '2026-07-31'],
    ]);
    expect(due[2]?.reference).toBe('มหาวิทยาลัยทักษิณ ฝึกงาน 1 มิ.ย. 2568 – 31 ก.ค. 2568');
  });

  it('erases the approved records the way one erasure does, then files, previews and backups once', async () => {
    const { db, old, account, complaint } = await office();
    const due = dueForDestruction(await retentionCandidates(db), retentionYearsOf(undefined), fiscalYearEnd(2570));
    const follow = files();
    expect(await eraseDueRecords(db, due, 'ครบกำหนดเก็บรักษาตามบัญชีที่ได้รับอนุมัติ ปีงบประมาณ พ.ศ. 2570', follow)).toBe(3);
    expect(follow.calls).toEqual(['blobs:0', 'previews', 'backups', 'rebuild']);
    expect(await db.interns.get(old.id)).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', erasedAt: expect.any(String) as string });
    expect(await db.staff.get(account.id)).toMatchObject({ active: false });
    expect(await db.complaints.get(complaint.id)).toMatchObject({ complainantName: 'ลบข้อมูลส่วนบุคคลแล้ว', subject: 'ถนนชำรุด' });
    expect(await db.dataErasures.count()).toBe(3);
    // Nothing of theirs is due any more; the others are untouched.
    expect(dueForDestruction(await retentionCandidates(db), retentionYearsOf(undefined), fiscalYearEnd(2570))).toEqual([]);
    expect(JSON.stringify(await db.mediaContacts.toArray())).not.toContain('ชัยวัฒน์');
    expect(JSON.stringify(await db.complaints.toArray())).toContain('นางมาลี ยังรอ');
  });
});
