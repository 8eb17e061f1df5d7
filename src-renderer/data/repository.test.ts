import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { localSettings } from './local-settings';
import { officeProfileRepo } from './office-profile-repo';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';

describe('repositories', () => {
  it('shows who changed which field, newest first', async () => {
    const { db, state } = await openTestDb('staff-A');
    const repo = staffRepo(db);
    const created = await repo.create(SOMCHAI);
    state.actor = 'staff-B';
    state.now = new Date('2025-01-16T03:00:00Z');
    await repo.update(created.id, { position: 'ผู้อำนวยการ', phone: '081-1111111' });

    const history = await repo.history(created.id);
    expect(history.map((h) => [h.kind, h.actor])).toEqual([
      ['update', 'staff-B'],
      ['create', 'staff-A'],
    ]);
    expect(history[0]?.changes).toEqual([
      { field: 'phone', before: '074-123456', after: '081-1111111' },
      { field: 'position', before: 'นักประชาสัมพันธ์ชำนาญการ', after: 'ผู้อำนวยการ' },
    ]);
    const stored = await repo.get(created.id);
    expect(stored?.updatedBy).toBe('staff-B');
    expect(stored?.createdBy).toBe('staff-A');
  });

  it('tombstones and restores instead of deleting', async () => {
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    const created = await repo.create(SOMCHAI);
    await repo.remove(created.id);
    expect(await repo.list()).toHaveLength(0);
    expect(await repo.list({ includeDeleted: true })).toHaveLength(1);
    await repo.restore(created.id);
    expect(await repo.list()).toHaveLength(1);
    expect((await repo.history(created.id)).map((h) => h.kind)).toEqual(['restore', 'delete', 'create']);
  });

  it('rejects invalid data and writes nothing', async () => {
    const { db } = await openTestDb();
    const repo = staffRepo(db);
    await expect(repo.create({ ...SOMCHAI, firstName: '' })).rejects.toThrow(ZodError);
    const created = await repo.create(SOMCHAI);
    await expect(repo.update(created.id, { lastName: '' })).rejects.toThrow(ZodError);
    expect((await repo.get(created.id))?.lastName).toBe('ใจดี');
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps Thai text exactly as typed', async () => {
    const { db } = await openTestDb();
    const name = 'ว่าที่ร้อยตรีหญิงปิยะนุช';
    const created = await staffRepo(db).create({ ...SOMCHAI, title: '', firstName: name, lastName: 'ทองคำ' });
    expect((await staffRepo(db).get(created.id))?.firstName).toBe(name);
  });

  it('saves the office profile whether or not it exists', async () => {
    const { db } = await openTestDb();
    const repo = officeProfileRepo(db);
    const profile = {
      officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
      province: 'สงขลา',
      address: '',
      phone: '',
      email: '',
      directorName: 'นายสมชาย ใจดี',
      directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
      logoBlobId: null,
      thaiDigits: false,
    };
    await repo.save(profile);
    await repo.save({ ...profile, phone: '074-311000' });
    expect((await repo.get())?.phone).toBe('074-311000');
    expect((await repo.history()).map((h) => h.kind)).toEqual(['update', 'create']);
  });

  it('remembers local settings with defaults', async () => {
    const { db } = await openTestDb();
    const settings = localSettings(db);
    expect(await settings.get('language')).toBe('th');
    await settings.set('language', 'en');
    expect(await settings.get('language')).toBe('en');
  });
});
