import { describe, expect, it } from 'vitest';
import { staffRepo } from '../../../data';
import { SOMCHAI, openTestDb, storedText } from '../../../data/test-db';
import { eraseFormerStaff, StaffStillActiveError } from './staff-privacy';

describe('erasing a former staff member', () => {
  it('refuses someone still working here, and for someone who left erases phone, e-mail and sign-in but keeps the name and position of the official record', async () => {
    const { db } = await openTestDb();
    const staff = await staffRepo(db).create({ ...SOMCHAI, phone: '0897776666', email: 'somchai.former@prd.example.go.th', active: true });
    await db.staffCredentials.put({ id: staff.id, staffId: staff.id, kind: 'pin', secret: 'scrypt$secret-hash-of-pin', setBy: staff.id, setAt: '2026-01-01T00:00:00.000Z' } as never);
    await expect(eraseFormerStaff(db, staff.id, 'อดีตบุคลากรขอให้ลบ')).rejects.toBeInstanceOf(StaffStillActiveError);
    expect(await db.dataErasures.count()).toBe(0);

    await staffRepo(db).update(staff.id, { active: false });
    await eraseFormerStaff(db, staff.id, 'อดีตบุคลากรขอให้ลบ');
    expect(await db.staff.get(staff.id)).toMatchObject({ firstName: SOMCHAI.firstName, lastName: SOMCHAI.lastName, position: SOMCHAI.position, phone: '', email: '', active: false });
    expect((await db.staffCredentials.get(staff.id))?.secret).not.toBe('scrypt$secret-hash-of-pin');
    expect(await db.dataErasures.where('[table+recordId]').equals(['staff', staff.id]).count()).toBe(1);
    const everything = await storedText(db);
    for (const value of ['0897776666', 'somchai.former', 'secret-hash-of-pin']) expect(everything, value).not.toContain(value);
  });
});
