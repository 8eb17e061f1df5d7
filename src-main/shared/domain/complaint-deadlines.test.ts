import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLAINT_SETTINGS } from './complaint';
import { addDays, complaintDeadlines, complaintStatus, daysBetween } from './complaint-deadlines';

const identified = { receivedDate: '2026-03-01', consent: true };
const settings = DEFAULT_COMPLAINT_SETTINGS; // 15 days to tell the complainant, 30 to close, warn 3 days ahead

describe('complaint time limits at their boundary days', () => {
  it('counts days from the day after receipt, across month ends and leap years', () => {
    expect(addDays('2026-03-01', 15)).toBe('2026-03-16');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
    expect(daysBetween('2026-03-16', '2026-03-17')).toBe(1);
  });

  it('telling the complainant: on time on day 15, overdue on day 16', () => {
    expect(complaintDeadlines(identified, [], settings, '2026-03-12').acknowledge.state).toBe('on-track');
    expect(complaintDeadlines(identified, [], settings, '2026-03-13').acknowledge.state).toBe('due-soon');
    const last = complaintDeadlines(identified, [], settings, '2026-03-16');
    expect(last.acknowledge).toMatchObject({ state: 'due-soon', dueDate: '2026-03-16', daysLeft: 0 });
    expect(last.overdue).toBe(false);
    const after = complaintDeadlines(identified, [], settings, '2026-03-17');
    expect(after.acknowledge).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(after.overdue).toBe(true);
  });

  it('a notice on the due day is met; a day later is met late', () => {
    expect(complaintDeadlines(identified, [{ kind: 'notified', date: '2026-03-16' }], settings, '2026-04-20').acknowledge.state).toBe('met');
    expect(complaintDeadlines(identified, [{ kind: 'notified', date: '2026-03-17' }], settings, '2026-04-20').acknowledge.state).toBe('met-late');
  });

  it('the result: closed on day 30 is on time, day 31 late; open on day 31 is overdue', () => {
    expect(complaintDeadlines(identified, [{ kind: 'closed', date: '2026-03-31' }], settings, '2026-05-01').result.state).toBe('met');
    expect(complaintDeadlines(identified, [{ kind: 'closed', date: '2026-04-01' }], settings, '2026-05-01').result.state).toBe('met-late');
    expect(complaintDeadlines(identified, [{ kind: 'notified', date: '2026-03-05' }], settings, '2026-03-31')).toMatchObject({ result: { state: 'due-soon' }, overdue: false });
    expect(complaintDeadlines(identified, [{ kind: 'notified', date: '2026-03-05' }], settings, '2026-04-01')).toMatchObject({ result: { state: 'overdue' }, overdue: true });
  });

  it('uses the office’s own limits', () => {
    const strict = { acknowledgeDays: 7, resultDays: 15, warnDays: 0 };
    expect(complaintDeadlines(identified, [], strict, '2026-03-08').acknowledge.state).toBe('due-soon');
    expect(complaintDeadlines(identified, [], strict, '2026-03-09').acknowledge.state).toBe('overdue');
    expect(complaintDeadlines(identified, [], strict, '2026-03-16').result.state).toBe('due-soon');
    expect(complaintDeadlines(identified, [], strict, '2026-03-17').result.state).toBe('overdue');
  });

  it('an anonymous complaint has nobody to tell, but still has to be closed in time', () => {
    const anonymous = complaintDeadlines({ receivedDate: '2026-03-01', consent: false }, [], settings, '2026-04-01');
    expect(anonymous.acknowledge.state).toBe('not-applicable');
    expect(anonymous.result.state).toBe('overdue');
  });

  it('status is the latest step by date, written order breaking ties', () => {
    expect(complaintStatus([])).toBe('received');
    expect(
      complaintStatus([
        { kind: 'forwarded', date: '2026-03-03', createdAt: '2026-03-03T02:00:00Z' },
        { kind: 'received', date: '2026-03-01', createdAt: '2026-03-01T02:00:00Z' },
        { kind: 'awaiting', date: '2026-03-03', createdAt: '2026-03-03T03:00:00Z' },
      ]),
    ).toBe('awaiting');
  });
});

describe('the agency’s reply to a forwarded complaint', () => {
  const forwarded = { kind: 'forwarded' as const, date: '2026-03-03', replyDueDate: '2026-03-10' };

  it('is due on the letter’s reply date, and overdue (so the complaint is) the day after', () => {
    expect(complaintDeadlines(identified, [forwarded], settings, '2026-03-05').reply).toMatchObject({ state: 'on-track', dueDate: '2026-03-10' });
    expect(complaintDeadlines(identified, [forwarded], settings, '2026-03-10')).toMatchObject({ reply: { state: 'due-soon', daysLeft: 0 }, overdue: false });
    // Day 10 after receipt: the complainant's and the result limits are still far off; only the reply is late.
    const late = complaintDeadlines(identified, [forwarded], settings, '2026-03-11');
    expect(late.acknowledge.state).toBe('on-track');
    expect(late.result.state).toBe('on-track');
    expect(late).toMatchObject({ reply: { state: 'overdue', daysLeft: -1 }, overdue: true });
  });

  it('is met by telling the complainant or closing after the forwarding, not by waiting', () => {
    expect(complaintDeadlines(identified, [forwarded, { kind: 'awaiting', date: '2026-03-04' }], settings, '2026-03-12').reply?.state).toBe('overdue');
    expect(complaintDeadlines(identified, [forwarded, { kind: 'notified', date: '2026-03-09' }], settings, '2026-03-20').reply?.state).toBe('met');
    expect(complaintDeadlines(identified, [forwarded, { kind: 'closed', date: '2026-03-12' }], settings, '2026-03-20').reply?.state).toBe('met-late');
    // A notice before the forwarding does not answer it.
    expect(complaintDeadlines(identified, [{ kind: 'notified', date: '2026-03-02' }, forwarded], settings, '2026-03-12').reply?.state).toBe('overdue');
  });

  it('follows the latest forwarding with a due date; none without one', () => {
    expect(complaintDeadlines(identified, [{ ...forwarded, replyDueDate: null }], settings, '2026-03-12').reply).toBeNull();
    const again = [forwarded, { kind: 'notified' as const, date: '2026-03-08' }, { kind: 'forwarded' as const, date: '2026-03-09', replyDueDate: '2026-03-20' }];
    expect(complaintDeadlines(identified, again, settings, '2026-03-21').reply).toMatchObject({ state: 'overdue', dueDate: '2026-03-20' });
  });
});
