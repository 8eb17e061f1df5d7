import type { Attendance, Intern } from '../../../../src-main/shared/domain/internship';

/** Interns expected today (active, within their period) and those with a present day recorded. */
export function hereToday<T extends Intern & { id: string }>(interns: readonly T[], attendance: ReadonlyMap<string, readonly Attendance[]>, today: string) {
  const expected = interns.filter((i) => i.status === 'active' && i.startDate <= today && i.endDate >= today);
  const present = expected.filter((i) => (attendance.get(i.id) ?? []).some((d) => d.date === today && d.kind === 'present'));
  return { expected, present };
}
