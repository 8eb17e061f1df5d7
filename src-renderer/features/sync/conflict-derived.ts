import type { PressReleaseRecord } from '../../data';
import { releaseTerms } from '../press';

type Derive = (record: Record<string, unknown>) => unknown;

/**
 * Fields the app computes from other fields when it saves (a release's search words). They
 * travel like any field, so two edits of a release's text also conflict on them; but nobody
 * typed them, so the review never shows them: settling any field recomputes them from the
 * record as it now stands and settles their conflict with it. Otherwise the search would keep
 * finding the version the reviewer discarded.
 */
const DERIVED: Record<string, Record<string, Derive>> = {
  pressReleases: {
    terms: (r) => releaseTerms(r as unknown as PressReleaseRecord, typeof r.numberLabel === 'string' ? r.numberLabel : ''),
  },
};

export function isDerivedField(table: string, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(DERIVED, table) && Object.prototype.hasOwnProperty.call(DERIVED[table], field);
}

/** The derived fields of a record recomputed from its other fields (empty for tables without any). */
export function derivedValues(table: string, record: Record<string, unknown>): Record<string, unknown> {
  const derive = Object.prototype.hasOwnProperty.call(DERIVED, table) ? DERIVED[table]! : {};
  return Object.fromEntries(Object.entries(derive).map(([field, compute]) => [field, compute(record)]));
}
