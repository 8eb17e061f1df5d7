import { describe, expect, it } from 'vitest';
import { encodeRow } from './backup';
import { replaceTablePart } from './restore';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';

const TABLES = ['staff'];
const person = (n: number) => ({ ...SOMCHAI, id: `staff-${String(n).padStart(3, '0')}`, firstName: `สมชาย ${n}` });
/** A part as main sends it: NDJSON, UTF-8 bytes (Thai is three bytes a character). */
const part = (rows: object[]) => new TextEncoder().encode(`${rows.map(encodeRow).join('\n')}\n`);

describe('replaceTablePart (one verified part of a restore)', () => {
  it('clears the table on the first part, adds each line, and logs no outbox op', async () => {
    const { db } = await openTestDb();
    await staffRepo(db).create(SOMCHAI); // an ordinary write: one outbox op
    expect(await replaceTablePart(db, 'staff', part([person(1), person(2)]), true)).toBe(2);
    expect(await replaceTablePart(db, 'staff', part([person(3)]), false)).toBe(1);
    expect((await db.staff.toArray()).map((s) => s.firstName)).toEqual(['สมชาย 1', 'สมชาย 2', 'สมชาย 3']);
    expect(await db.outbox.count()).toBe(1);
  });

  it('gives the table a new backup token when a later part is its first write since a snapshot', async () => {
    const { db } = await openTestDb();
    await replaceTablePart(db, 'staff', part([person(1)]), true);
    const before = db.changes.snapshot(TABLES);
    await replaceTablePart(db, 'staff', part([person(2), person(3)]), false);
    expect(db.changes.snapshot(TABLES).staff).not.toBe(before.staff);
  });

  it('rolls the whole part back when one line cannot be added (a duplicate id)', async () => {
    const { db } = await openTestDb();
    await replaceTablePart(db, 'staff', part([person(1)]), true);
    await expect(replaceTablePart(db, 'staff', part([person(2), person(1), person(3)]), false)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await db.staff.toArray()).map((s) => s.id)).toEqual(['staff-001']);
  });

  it('converts each row on the way in and skips empty lines', async () => {
    const { db } = await openTestDb();
    const bytes = new TextEncoder().encode(`\n${encodeRow(person(1))}\n\n${encodeRow(person(2))}`);
    expect(await replaceTablePart(db, 'staff', bytes, true, (row) => ({ ...row, lastName: 'แก้แล้ว' }))).toBe(2);
    expect((await db.staff.toArray()).map((s) => s.lastName)).toEqual(['แก้แล้ว', 'แก้แล้ว']);
  });
});
