import { inRange, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { PressPickup, PressRelease } from '../../../../src-main/shared/domain/press';

type StatRelease = Pick<PressRelease, 'releaseDate' | 'status' | 'agencyId'> & { id: string; deleted: boolean };
type StatPickup = Pick<PressPickup, 'date' | 'outletId' | 'outletName' | 'releaseId'> & { deleted: boolean };
type StatLink = { recordId: string | null; missionId: string; module: string; deleted: boolean };

export interface Count {
  key: string;
  count: number;
}

export interface PressStats {
  /** Released (approved or published) in the period, by release date. */
  released: number;
  drafts: number;
  /** Twelve months from October: [count, …]. */
  perMonth: number[];
  perAgency: Count[];
  perMission: Count[];
  pickupsPerOutlet: Count[];
  pickups: number;
}

function tally(keys: Iterable<string>): Count[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'th'));
}

/** Month index in the fiscal year: October 0 … September 11. */
export function fiscalMonthIndex(isoDate: string): number {
  return (Number(isoDate.slice(5, 7)) + 2) % 12;
}

/**
 * Figures for a fiscal year: releases that went out (approved or published) per month, per
 * requesting agency and per mission they are linked to; pickups per outlet. Keys are ids
 * ('' = none) for the page to name.
 */
export function pressStats(releases: readonly StatRelease[], pickups: readonly StatPickup[], links: readonly StatLink[], period: DateRange): PressStats {
  const inPeriod = releases.filter((r) => !r.deleted && inRange(r.releaseDate, period));
  const out = inPeriod.filter((r) => r.status === 'approved' || r.status === 'published');
  const perMonth = Array.from({ length: 12 }, () => 0);
  for (const r of out) perMonth[fiscalMonthIndex(r.releaseDate)] = (perMonth[fiscalMonthIndex(r.releaseDate)] ?? 0) + 1;
  const missionOf = new Map(links.filter((l) => !l.deleted && l.module === 'press' && l.recordId).map((l) => [l.recordId ?? '', l.missionId]));
  const livePickups = pickups.filter((p) => !p.deleted && inRange(p.date, period));
  return {
    released: out.length,
    drafts: inPeriod.length - out.length,
    perMonth,
    perAgency: tally(out.map((r) => r.agencyId ?? '')),
    perMission: tally(out.map((r) => missionOf.get(r.id) ?? '')),
    pickupsPerOutlet: tally(livePickups.map((p) => p.outletId ?? `name:${p.outletName}`)),
    pickups: livePickups.length,
  };
}
