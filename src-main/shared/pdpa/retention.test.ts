import { describe, expect, it } from 'vitest';
import { addYears, dueForDestruction, fiscalYearEnd, retentionYearsOf, retentionYearsSchema, type RetentionCandidate } from './retention';

const candidate = (kind: RetentionCandidate['kind'], name: string, from: string | null): RetentionCandidate => ({ kind, recordId: name, name, reference: '-', from });

describe('retention periods', () => {
  it('count whole years, 29 February falling back to the 28th', () => {
    expect(addYears('2025-07-31', 1)).toBe('2026-07-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(fiscalYearEnd(2570)).toBe('2027-09-30');
  });

  it('use the office’s own period where it set one, else the default', () => {
    expect(retentionYearsOf({ complaints: 5 })).toEqual({ interns: 1, complaints: 5, mediaContacts: 2 });
    expect(retentionYearsSchema.safeParse({ interns: 0 }).success).toBe(false);
    expect(retentionYearsSchema.safeParse({ students: 3 }).success).toBe(false);
  });

  it('list what ended by the end of the fiscal year, earliest first; an open complaint never', () => {
    const due = dueForDestruction(
      [
        candidate('interns', 'ข', '2026-09-30'),
        candidate('interns', 'ก', '2025-07-31'),
        candidate('interns', 'ค', '2026-10-01'),
        candidate('complaints', 'ง', null),
        candidate('complaints', 'จ', '2016-08-01'),
      ],
      retentionYearsOf(undefined),
      fiscalYearEnd(2570),
    );
    expect(due.map((d) => [d.name, d.dueDate])).toEqual([
      ['ก', '2026-07-31'],
      ['จ', '2026-08-01'],
      ['ข', '2027-09-30'],
    ]);
  });
});
