import { describe, expect, it } from 'vitest';
import { idsIn, recordNames } from './record-names';
import { openTestDb } from './test-db';

const STAFF = '0190a000-0000-7000-8000-0000000000a1';
const AGENCY = '0190a000-0000-7000-8000-0000000000c1';
const MISSING = '0190a000-0000-7000-8000-0000000000ff';
const envelope = { createdAt: '2025-01-15T03:00:00.000Z', createdBy: null, updatedAt: '2025-01-15T03:00:00.000Z', updatedBy: null, deleted: false, clocks: {} };

describe('record names for a history', () => {
  it('finds ids anywhere in a change: a value, a list, a nested item', () => {
    expect([...idsIn([STAFF, { staffId: AGENCY, note: 'ข้อความ' }, 'ไม่ใช่รหัส', 5])]).toEqual([STAFF, AGENCY]);
  });

  it('names a person by title and name and an agency by its name, whatever table holds them', async () => {
    const { db } = await openTestDb();
    await db.table('staff').bulkPut([{ id: STAFF, title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', ...envelope }]);
    await db.table('agencies').bulkPut([{ id: AGENCY, name: 'สำนักงานสาธารณสุขจังหวัด', ...envelope }]);
    const names = await recordNames(db, [STAFF, AGENCY, MISSING]);
    expect(Object.fromEntries(names)).toEqual({ [STAFF]: 'นายสมชาย ใจดี', [AGENCY]: 'สำนักงานสาธารณสุขจังหวัด' });
    db.close();
  });
});
