import { describe, expect, it } from 'vitest';
import { clockProblem, clockWarning } from './intake';

const NOW = Date.UTC(2026, 11, 5, 7, 30);
const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 24 * 3600 * 1000;
const YEAR = 365 * DAY;

describe('clock checks (issue 18)', () => {
  it('does not stop publishing because one other workstation wrote a year ahead: it may be the wrong one', () => {
    expect(clockProblem(NOW, { A: iso(NOW + YEAR), C: iso(NOW - 3600_000) })).toBeNull();
  });

  it('stops publishing when two other workstations wrote more than a day ahead of this clock', () => {
    expect(clockProblem(NOW - YEAR, { A: iso(NOW), C: iso(NOW - 3600_000) })).toBe('behind');
    expect(clockProblem(NOW, { A: iso(NOW + DAY / 2), C: iso(NOW + DAY / 2) })).toBeNull();
  });

  it('warns when another workstation wrote ahead of this clock, naming it', () => {
    expect(clockWarning(NOW, { A: iso(NOW + YEAR), C: iso(NOW - 60_000) }, null)).toEqual({ kind: 'ahead-of-here', deviceIds: ['A'] });
    expect(clockWarning(NOW, { A: iso(NOW + 60_000) }, iso(NOW - 60_000))).toBeNull(); // a minute apart is normal
  });

  it('warns when this workstation last wrote ahead of its clock now (it was ahead and has been fixed, or set back)', () => {
    expect(clockWarning(NOW, {}, iso(NOW + YEAR))).toEqual({ kind: 'was-ahead', lastWriteAt: iso(NOW + YEAR) });
  });
});
