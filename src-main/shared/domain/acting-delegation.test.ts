import { describe, expect, it } from 'vitest';
import { actingDelegationsOf, actingPosition, activeDelegation, bangkokDay, type ActingDelegation } from './acting-delegation';

const D: ActingDelegation = {
  id: '0190a000-0000-7000-8000-0000000d0001',
  staffId: '0190a000-0000-7000-8000-0000000d0002',
  from: '2026-12-07',
  to: '2026-12-11',
  note: 'คำสั่งสำนักงานประชาสัมพันธ์จังหวัดสงขลา ที่ 12/2569',
  setBy: '0190a000-0000-7000-8000-0000000d0003',
  setAt: '2026-12-06T03:00:00.000Z',
};

describe('รักษาราชการแทน', () => {
  it('holds on its first and last day, by the Bangkok calendar, and not around them', () => {
    expect(activeDelegation([D], D.staffId, '2026-12-06')).toBeNull();
    expect(activeDelegation([D], D.staffId, '2026-12-07')).toEqual(D);
    expect(activeDelegation([D], D.staffId, '2026-12-11')).toEqual(D);
    expect(activeDelegation([D], D.staffId, '2026-12-12')).toBeNull();
    expect(activeDelegation([D], 'someone-else', '2026-12-08')).toBeNull();
    // 23.30 on the 6th UTC is already 06.30 on the 7th in Bangkok.
    expect(bangkokDay(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
  });

  it('a damaged or forged entry in the profile grants nothing', () => {
    const profile = { actingDelegations: [D, { ...D, id: 'x', to: '2027-12-31', from: 'never' }, { ...D, from: '2026-12-12', to: '2026-12-07' }, 'text', null] };
    expect(actingDelegationsOf(profile)).toEqual([D]);
    expect(actingDelegationsOf({ ...profile, deleted: true })).toEqual([]);
    expect(actingDelegationsOf(undefined)).toEqual([]);
  });

  it('the position printed says who they act for', () => {
    expect(actingPosition('นักประชาสัมพันธ์ชำนาญการพิเศษ', 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา')).toBe('นักประชาสัมพันธ์ชำนาญการพิเศษ รักษาราชการแทนผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา');
  });
});
