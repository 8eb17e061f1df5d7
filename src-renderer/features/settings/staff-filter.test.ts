import { describe, expect, it } from 'vitest';
import type { StaffRecord } from '../../data';
import { SOMCHAI } from '../../data/test-db';
import { filterStaff } from './staff-filter';

/** SOMCHAI stored under another first name (which is also the id). */
function staff(firstName: string, extra: Partial<StaffRecord> = {}): StaffRecord {
  const at = '2025-01-01T00:00:00.000Z';
  return { id: firstName, createdAt: at, createdBy: 'x', updatedAt: at, updatedBy: 'x', deleted: false, clocks: {}, ...SOMCHAI, firstName, ...extra };
}

const ALL = [
  staff('สมชาย'),
  staff('กมล', { workGroup: 'evaluation', updatedAt: '2025-03-01T00:00:00.000Z' }),
  staff('ฐิติ', { deleted: true }),
  staff('ปิยะ', { active: false }),
];

describe('staff directory filter', () => {
  it('sorts names in Thai order', () => {
    expect(filterStaff(ALL, { search: '', workGroup: null, status: 'active', sort: 'name' }).map((s) => s.firstName)).toEqual([
      'กมล',
      'สมชาย',
    ]);
  });

  it('finds Thai text anywhere in the name and filters by group and status', () => {
    expect(filterStaff(ALL, { search: 'ชาย', workGroup: null, status: 'active', sort: 'name' })).toHaveLength(1);
    expect(filterStaff(ALL, { search: '', workGroup: 'evaluation', status: 'all', sort: 'name' })).toHaveLength(1);
    expect(filterStaff(ALL, { search: '', workGroup: null, status: 'archived', sort: 'name' }).map((s) => s.firstName).sort()).toEqual(
      ['ฐิติ'],
    );
    expect(filterStaff(ALL, { search: '', workGroup: null, status: 'all', sort: 'updated' })[0]?.firstName).toBe('กมล');
  });
});
