import { describe, expect, it } from 'vitest';
import { seedStandardMissions, staffRepo } from '../../data';
import { SOMCHAI, openTestDb } from '../../data/test-db';
import { referenceNames, referencedIds } from './conflict-references';

describe('conflict references', () => {
  it('finds ids at any depth, once each', () => {
    const a = '0b7f6a52-8c1e-4c39-9d0e-5f2a7c1b3e44';
    const b = '1c8f6a52-8c1e-4c39-9d0e-5f2a7c1b3e45';
    expect(referencedIds([a, [a, { staffId: b }], 'ข้อความ', null]).sort()).toEqual([a, b].sort());
  });

  it('names a person by name and a mission by title; an id not here stays unnamed', async () => {
    const { db } = await openTestDb();
    const person = await staffRepo(db).create(SOMCHAI);
    await seedStandardMissions(db);
    const [mission] = await db.missions.toArray();
    const names = await referenceNames(db, [person.id, mission!.id, '2d8f6a52-8c1e-4c39-9d0e-5f2a7c1b3e46']);
    expect(names.get(person.id)).toBe('นายสมชาย ใจดี');
    expect(names.get(mission!.id)).toBe(mission!.title);
    expect(names.has('2d8f6a52-8c1e-4c39-9d0e-5f2a7c1b3e46')).toBe(false);
  });
});
