import { describe, expect, it } from 'vitest';
import { fiscalPeriod } from '../../../../src-main/shared/domain/fiscal-period';
import { fiscalMonthIndex, pressStats } from './press-stats';

const fy2568 = fiscalPeriod(2568, null);
const r = (id: string, releaseDate: string, status: 'draft' | 'approved' | 'published', agencyId: string | null = 'a1') => ({ id, releaseDate, status, agencyId, deleted: false });

describe('press statistics for a fiscal year', () => {
  it.each([
    ['2024-10-05', 0],
    ['2025-09-30', 11],
    ['2025-01-11', 3],
  ])('counts October as the first month: %s is month %i', (date, month) => {
    expect(fiscalMonthIndex(date)).toBe(month);
  });

  it('counts released releases per month, agency and mission, and pickups per outlet', () => {
    const stats = pressStats(
      [r('1', '2024-10-02', 'approved'), r('2', '2025-01-11', 'published', 'a2'), r('3', '2025-01-12', 'draft'), r('4', '2025-10-01', 'published')],
      [
        { releaseId: '2', outletId: 'o1', outletName: 'ไทยพีบีเอส', date: '2025-01-12', deleted: false },
        { releaseId: '2', outletId: null, outletName: 'เพจข่าวสงขลา', date: '2025-01-12', deleted: false },
        { releaseId: '1', outletId: 'o1', outletName: 'ไทยพีบีเอส', date: '2024-10-03', deleted: false },
      ],
      [{ recordId: '2', missionId: 'm2', module: 'press', deleted: false }],
      fy2568,
    );
    expect(stats.released).toBe(2);
    expect(stats.drafts).toBe(1);
    expect(stats.perMonth[0]).toBe(1);
    expect(stats.perMonth[3]).toBe(1);
    expect(stats.perAgency).toEqual([{ key: 'a1', count: 1 }, { key: 'a2', count: 1 }]);
    expect(stats.perMission).toEqual([{ key: '', count: 1 }, { key: 'm2', count: 1 }]);
    expect(stats.pickupsPerOutlet[0]).toEqual({ key: 'o1', count: 2 });
    expect(stats.pickups).toBe(3);
  });
});
