import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bangkokDateOf,
  beYearOfDate,
  beYearOfInstant,
  byClaimedAt,
  formatRunningNumber,
  nextAfterHighest,
  nextRunningNumber,
  resolveRunningNumbers,
  type ClaimOrder,
  type RunningNumber,
  type RunningNumberClaim,
} from './running-number';

const claim = (id: string, claimed: number, claimedAt: string, year = 2569): RunningNumberClaim => ({ id, year, claimed, claimedAt });

/** Claims as several offline workstations make them: few years, small clashing numbers, close instants. */
const claimsArb = fc.uniqueArray(
  fc.record({
    id: fc.oneof(fc.uuid(), fc.string({ maxLength: 3 })),
    year: fc.integer({ min: 2567, max: 2569 }),
    claimed: fc.integer({ min: 1, max: 12 }),
    claimedAt: fc.oneof(
      fc.constantFrom('2026-03-01T00:00:00.000Z', '2026-03-01T00:00:01.000Z'),
      fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    ),
  }),
  { selector: (c) => c.id, maxLength: 30 },
);

const entries = (shown: Map<string, RunningNumber>) => [...shown];

describe('resolveRunningNumbers', () => {
  it('lets the earliest claim keep a number and moves later ones past the year’s highest, in claim order', () => {
    const shown = resolveRunningNumbers([
      claim('c', 3, '2026-04-01T03:00:00Z'),
      claim('a', 3, '2026-04-01T01:00:00Z'),
      claim('b', 3, '2026-04-01T02:00:00Z'),
      claim('d', 4, '2026-04-01T00:00:00Z'),
      claim('e', 4, '2026-04-02T00:00:00Z'),
    ]);
    expect(Object.fromEntries(shown)).toEqual({
      a: { year: 2569, number: 3, renumbered: false, claimed: 3 },
      b: { year: 2569, number: 5, renumbered: true, claimed: 3 },
      c: { year: 2569, number: 6, renumbered: true, claimed: 3 },
      d: { year: 2569, number: 4, renumbered: false, claimed: 4 },
      e: { year: 2569, number: 7, renumbered: true, claimed: 4 },
    });
  });

  it('keeps years apart: the same number in two years is no clash', () => {
    const shown = resolveRunningNumbers([claim('old', 4, '2025-12-30T00:00:00Z', 2568), claim('new', 4, '2026-01-02T00:00:00Z', 2569)]);
    expect(shown.get('old')).toEqual({ year: 2568, number: 4, renumbered: false, claimed: 4 });
    expect(shown.get('new')).toEqual({ year: 2569, number: 4, renumbered: false, claimed: 4 });
  });

  it('breaks a tie on the same instant by id', () => {
    const shown = resolveRunningNumbers([claim('y', 5, '2026-03-01T00:00:00Z'), claim('x', 5, '2026-03-01T00:00:00Z')]);
    expect(shown.get('x')?.number).toBe(5);
    expect(shown.get('y')?.number).toBe(6);
  });

  it('iterates in claim order across years', () => {
    const shown = resolveRunningNumbers([claim('late', 1, '2026-02-01T00:00:00Z', 2569), claim('b', 1, '2025-06-01T00:00:00Z', 2568), claim('a', 1, '2025-06-01T00:00:00Z', 2568)]);
    expect([...shown.keys()]).toEqual(['a', 'b', 'late']);
  });

  it('compares code units by default, so it does not depend on the locale', () => {
    // localeCompare puts 'a' before 'B'; code units put 'B' (0x42) first.
    const shown = resolveRunningNumbers([claim('a', 1, ''), claim('B', 1, '')]);
    expect(shown.get('B')?.renumbered).toBe(false);
    expect(shown.get('a')?.renumbered).toBe(true);
  });

  it('takes another claim order when a domain keeps its own', () => {
    const latestFirst: ClaimOrder = (a, b) => -byClaimedAt(a, b);
    const shown = resolveRunningNumbers([claim('first', 1, '2026-01-01T00:00:00Z'), claim('second', 1, '2026-01-02T00:00:00Z')], latestFirst);
    expect(shown.get('second')?.number).toBe(1);
    expect(shown.get('first')?.number).toBe(2);
  });

  it('gives the same answer for any input order', () => {
    fc.assert(
      fc.property(claimsArb.chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length }))), ([claims, shuffled]) => {
        expect(entries(resolveRunningNumbers(shuffled))).toEqual(entries(resolveRunningNumbers(claims)));
      }),
    );
  });

  it('never shows one number for two claims of a year, and keeps every claim', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const shown = resolveRunningNumbers(claims);
        expect(shown.size).toBe(claims.length);
        const perYear = new Set([...shown.values()].map((n) => `${n.year}/${n.number}`));
        expect(perYear.size).toBe(claims.length);
      }),
    );
  });

  it('lets the earliest claimant of each number keep it, and moves only later ones', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const shown = resolveRunningNumbers(claims);
        for (const c of claims) {
          const earliest = claims.filter((o) => o.year === c.year && o.claimed === c.claimed).sort(byClaimedAt)[0];
          const n = shown.get(c.id);
          expect(n?.renumbered).toBe(earliest?.id !== c.id);
          if (!n?.renumbered) expect(n?.number).toBe(c.claimed);
          else expect(n.number).toBeGreaterThan(Math.max(...claims.filter((o) => o.year === c.year).map((o) => o.claimed)));
        }
      }),
    );
  });

  it('keeps every number that was not contested when a later claim arrives', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer({ min: 2567, max: 2569 }), (claims, year) => {
        const before = resolveRunningNumbers(claims);
        const added = claim('zz-late', nextRunningNumber(claims, year), '2099-01-01T00:00:00.000Z', year);
        const after = resolveRunningNumbers([...claims, added]);
        for (const [id, n] of before) if (!n.renumbered) expect(after.get(id)).toEqual(n);
        expect(after.get(added.id)?.renumbered).toBe(false);
      }),
    );
  });

  it('moves a renumbered claim again when a higher number is claimed (today’s rule, kept as is)', () => {
    // A moved number follows the year's highest claim, so the next record logged shifts it:
    // domains that must print a stable number write the move back (releases do, complaints not).
    const clash = [claim('a', 3, '2026-01-01T00:00:00Z'), claim('b', 3, '2026-01-02T00:00:00Z')];
    expect(resolveRunningNumbers(clash).get('b')?.number).toBe(4);
    const next = claim('c', nextRunningNumber(clash, 2569), '2026-01-03T00:00:00Z');
    expect(next.claimed).toBe(5);
    expect(resolveRunningNumbers([...clash, next]).get('b')?.number).toBe(6);
  });
});

describe('nextRunningNumber', () => {
  it('counts from 1 in each year and continues after the highest shown number', () => {
    const claims = [claim('a', 1, '2026-01-05T01:00:00Z'), claim('b', 2, '2026-01-06T01:00:00Z'), claim('c', 7, '2025-12-30T01:00:00Z', 2568)];
    expect(nextRunningNumber([], 2569)).toBe(1);
    expect(nextRunningNumber(claims, 2569)).toBe(3);
    expect(nextRunningNumber(claims, 2568)).toBe(8);
    expect(nextRunningNumber(claims, 2570)).toBe(1);
  });

  it('follows a renumbered claim, not just the highest claimed number', () => {
    expect(nextRunningNumber([claim('x', 5, '2026-03-01T00:00:00Z'), claim('y', 5, '2026-03-01T00:00:00Z')], 2569)).toBe(7);
  });

  it('never hands out a number still held', () => {
    fc.assert(
      fc.property(claimsArb, fc.integer({ min: 2567, max: 2569 }), (claims, year) => {
        const next = nextRunningNumber(claims, year);
        const held = [...resolveRunningNumbers(claims).values()].filter((n) => n.year === year).map((n) => n.number);
        expect(held).not.toContain(next);
        expect(next).toBe(nextAfterHighest(held));
      }),
    );
  });

  it('never hands a number out twice on one workstation when deleted records stay in the claims', () => {
    // Complaints and PDPA requests pass their tombstones in; so a deleted record's number is not reused.
    const step = fc.oneof(fc.record({ create: fc.integer({ min: 2568, max: 2569 }) }), fc.record({ remove: fc.nat() }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const all: RunningNumberClaim[] = [];
        const deleted = new Set<string>();
        const handedOut = new Set<string>();
        steps.forEach((s, i) => {
          if ('remove' in s) {
            const target = all[s.remove % Math.max(all.length, 1)];
            if (target) deleted.add(target.id);
            return;
          }
          const n = nextRunningNumber(all, s.create);
          for (const gone of all.filter((c) => deleted.has(c.id) && c.year === s.create)) expect(n).toBeGreaterThan(gone.claimed);
          expect(handedOut.has(`${s.create}/${n}`)).toBe(false);
          handedOut.add(`${s.create}/${n}`);
          all.push(claim(`r${String(i).padStart(3, '0')}`, n, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, s.create));
        });
        expect([...resolveRunningNumbers(all).values()].every((n) => !n.renumbered)).toBe(true);
      }),
    );
  });

  it('would hand a deleted record’s number out again if its claim were left out', () => {
    const live = [claim('a', 1, '2026-01-01T00:00:00Z')];
    const deletedLast = claim('b', 2, '2026-01-02T00:00:00Z');
    expect(nextRunningNumber([...live, deletedLast], 2569)).toBe(3);
    expect(nextRunningNumber(live, 2569)).toBe(2);
  });
});

describe('nextAfterHighest', () => {
  it('continues after the highest number and does not fill gaps', () => {
    expect(nextAfterHighest([])).toBe(1);
    expect(nextAfterHighest([1, 2, 5])).toBe(6);
    expect(nextAfterHighest(new Set([3, 3, 1]))).toBe(4);
  });
});

describe('formatRunningNumber', () => {
  it('fills the office pattern', () => {
    expect(formatRunningNumber('ข่าวที่ {n}/{year}', 123, 2568)).toBe('ข่าวที่ 123/2568');
    expect(formatRunningNumber('สข {n:3}/{yy}', 7, 2568)).toBe('สข 007/68');
    expect(formatRunningNumber('{n}/{year}', 12, 2569)).toBe('12/2569');
    expect(formatRunningNumber('{n:2}-{n:2}', 1234, 2569)).toBe('1234-1234');
  });
});

describe('Buddhist-era years', () => {
  it('takes the year and date in Thailand, not UTC', () => {
    expect(beYearOfInstant('2025-12-31T16:59:00Z')).toBe(2568);
    expect(beYearOfInstant('2025-12-31T17:00:00Z')).toBe(2569);
    expect(bangkokDateOf('2025-12-31T17:00:00Z')).toBe('2026-01-01');
    expect(bangkokDateOf('2026-06-15T10:00:00+07:00')).toBe('2026-06-15');
  });

  it('reads a calendar date as it is', () => {
    expect(beYearOfDate('2026-01-05')).toBe(2569);
    expect(beYearOfDate('2025-12-31')).toBe(2568);
  });
});
