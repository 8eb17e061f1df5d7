import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS } from './complaint';
import { complaintStatistics, complaintStatisticsByType } from './complaint-statistics';
import { fiscalPeriod } from './fiscal-period';

const base = { consent: true, channel: 'phone' as const, category: 'service' as const, subcategory: 'delay' as const };
const AGENCY = '0193b000-0000-7000-8000-000000000001';

describe('six-month complaint statistics', () => {
  it('counts only complaints received in the half-year, by channel, category, status, agency and timeliness', () => {
    const period = fiscalPeriod(2569, 1); // 1 Oct 2025 – 31 Mar 2026
    const complaints = [
      { ...base, id: 'a', receivedDate: '2025-10-01' },
      { ...base, id: 'b', receivedDate: '2026-01-10', channel: 'hotline-1111' as const, category: 'misconduct' as const, subcategory: 'behaviour' as const },
      { ...base, id: 'c', receivedDate: '2026-03-31', consent: false },
      { ...base, id: 'out', receivedDate: '2026-04-01' },
    ];
    const steps = [
      { complaintId: 'a', kind: 'forwarded' as const, date: '2025-10-03', agencyId: AGENCY },
      { complaintId: 'a', kind: 'closed' as const, date: '2025-10-31', agencyId: null }, // day 30: on time
      { complaintId: 'b', kind: 'forwarded' as const, date: '2026-01-11', agencyId: AGENCY },
      { complaintId: 'b', kind: 'forwarded' as const, date: '2026-01-20', agencyId: AGENCY },
      { complaintId: 'b', kind: 'closed' as const, date: '2026-02-10', agencyId: null }, // day 31: late
      { complaintId: 'out', kind: 'closed' as const, date: '2026-04-02', agencyId: null },
    ];
    const stats = complaintStatistics(complaints, steps, DEFAULT_COMPLAINT_SETTINGS, period, '2026-04-03');
    expect(stats.total).toBe(3);
    expect(stats.byChannel.find((c) => c.channel === 'phone')?.count).toBe(2);
    expect(stats.byChannel.find((c) => c.channel === 'hotline-1111')?.count).toBe(1);
    expect(stats.byCategory.find((c) => c.category === 'service')).toMatchObject({ count: 2 });
    expect(stats.byCategory.find((c) => c.category === 'misconduct')?.subcategories.find((s) => s.subcategory === 'behaviour')?.count).toBe(1);
    expect(stats.byStatus.find((s) => s.status === 'closed')?.count).toBe(2);
    expect(stats.byStatus.find((s) => s.status === 'received')?.count).toBe(1);
    expect(stats.byAgency).toEqual([{ agencyId: AGENCY, count: 2 }]);
    expect(stats.result).toEqual({ onTime: 1, late: 1, openOverdue: 0, openOnTrack: 1 });
    // Nobody was told before the close (day 30 and 31: past the 15-day limit); c is anonymous.
    expect(stats.acknowledge).toEqual({ onTime: 0, late: 2, overdue: 0 });
    expect(stats.averageDaysToClose).toBe(30.5);
  });

  it('has no average when nothing was closed', () => {
    expect(complaintStatistics([], [], DEFAULT_COMPLAINT_SETTINGS, fiscalPeriod(2569, 2), '2026-09-30').averageDaysToClose).toBeNull();
  });

  it('keeps general and corruption/misconduct complaints apart, each with its own counts and overdue replies', () => {
    const period = fiscalPeriod(2569, 1);
    const complaints = [
      { ...base, id: 'g1', receivedDate: '2025-11-01' },
      { ...base, id: 'g2', receivedDate: '2025-11-02', complaintType: 'general' as const },
      // Recorded as corruption; and an older record with no type, read by its sub-category.
      { ...base, id: 'c1', receivedDate: '2025-11-03', category: 'misconduct' as const, subcategory: 'behaviour' as const, complaintType: 'corruption' as const },
      { ...base, id: 'c2', receivedDate: '2025-11-04', category: 'misconduct' as const, subcategory: 'corruption' as const },
    ];
    const steps = [
      { complaintId: 'c1', kind: 'forwarded' as const, date: '2025-11-05', agencyId: AGENCY, replyDueDate: '2025-11-20' },
      { complaintId: 'g1', kind: 'forwarded' as const, date: '2025-11-05', agencyId: AGENCY, replyDueDate: '2025-11-20' },
      { complaintId: 'g1', kind: 'notified' as const, date: '2025-11-19', agencyId: null },
    ];
    const [general, corruption] = complaintStatisticsByType(complaints, steps, DEFAULT_COMPLAINT_SETTINGS, period, '2025-11-25');
    expect(general).toMatchObject({ type: 'general', statistics: { total: 2, reply: { onTime: 1, late: 0, overdue: 0 } } });
    expect(corruption).toMatchObject({ type: 'corruption', statistics: { total: 2, reply: { onTime: 0, late: 0, overdue: 1 } } });
    expect(corruption?.statistics.byAgency).toEqual([{ agencyId: AGENCY, count: 1 }]);
  });
});
