/**
 * Release numbers (เลขที่ข่าว): a running number per Buddhist-era year, assigned at approval.
 * Workstations approve offline, so after a sync two releases can hold the same number; the
 * rule here settles that the same way on every workstation.
 */

const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Thailand (UTC+7, no daylight saving) of an instant. */
export function bangkokDate(iso: string): string {
  return new Date(Date.parse(iso) + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** พ.ศ. year of an instant, in Thailand. */
export function beYearOf(iso: string): number {
  return Number(bangkokDate(iso).slice(0, 4)) + 543;
}

/** "ข่าวที่ {n}/{year}" → "ข่าวที่ 123/2568". `{n}` may be padded as `{n:3}` → 007. */
export function formatReleaseNumber(format: string, n: number, beYear: number): string {
  return format
    .replace(/\{n:(\d)\}/g, (_, width: string) => String(n).padStart(Number(width), '0'))
    .replace(/\{n\}/g, String(n))
    .replace(/\{year\}/g, String(beYear))
    .replace(/\{yy\}/g, String(beYear).slice(-2));
}

/** The next number after the highest one used (gaps left by a later renumbering are not reused). */
export function nextReleaseNumber(used: Iterable<number>): number {
  let max = 0;
  for (const n of used) if (n > max) max = n;
  return max + 1;
}

export interface NumberedRelease {
  id: string;
  beYear: number | null;
  number: number | null;
  approvedAt: string | null;
}

export interface Renumbering {
  id: string;
  beYear: number;
  from: number;
  to: number;
}

/** Earlier approval first; the id breaks a tie, so every workstation orders them alike. */
function approvalOrder(a: NumberedRelease, b: NumberedRelease): number {
  const at = (a.approvedAt ?? '').localeCompare(b.approvedAt ?? '');
  return at !== 0 ? at : a.id.localeCompare(b.id);
}

/**
 * Duplicate numbers within a year: the earliest approval (approvedAt, then id) keeps the
 * number; each later one moves to the next free number after the year's highest, in approval
 * order. Deterministic over the set of releases, so two workstations that have exchanged
 * their data compute the same renumbering and their writes agree.
 */
export function resolveDuplicateNumbers(releases: readonly NumberedRelease[]): Renumbering[] {
  const byYear = new Map<number, NumberedRelease[]>();
  for (const r of releases) {
    if (r.beYear === null || r.number === null) continue;
    byYear.set(r.beYear, [...(byYear.get(r.beYear) ?? []), r]);
  }
  const changes: Renumbering[] = [];
  for (const [beYear, inYear] of [...byYear].sort(([a], [b]) => a - b)) {
    const holders = new Map<number, NumberedRelease[]>();
    for (const r of inYear) holders.set(r.number ?? 0, [...(holders.get(r.number ?? 0) ?? []), r]);
    const losers = [...holders.values()]
      .filter((group) => group.length > 1)
      .flatMap((group) => [...group].sort(approvalOrder).slice(1))
      .sort(approvalOrder);
    let next = nextReleaseNumber(holders.keys());
    for (const r of losers) changes.push({ id: r.id, beYear, from: r.number ?? 0, to: next++ });
  }
  return changes;
}
