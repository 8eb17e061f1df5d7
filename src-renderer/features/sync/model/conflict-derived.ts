import type { PressReleaseRecord } from '../../../data';
import { releaseTerms } from '../../press';

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
    terms: (r) => releaseTerms(releaseText(r), text(r.numberLabel)),
  },
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The searchable text of a merged release, read defensively: a record merged from ops of
 * another workstation may lack fields (its create op not pulled yet: devices are pulled one
 * after another) or hold what a newer version wrote. A derive that threw would roll the batch
 * back, and every later sync would stop on it.
 */
function releaseText(r: Record<string, unknown>): Pick<PressReleaseRecord, 'headline' | 'dateline' | 'lead' | 'body' | 'quotes' | 'tags'> {
  return {
    headline: text(r.headline),
    dateline: text(r.dateline),
    lead: text(r.lead),
    body: text(r.body),
    quotes: list(r.quotes).map((q) => ({ speaker: text((q as { speaker?: unknown } | null)?.speaker), text: text((q as { text?: unknown } | null)?.text) })),
    tags: list(r.tags).filter((tag): tag is string => typeof tag === 'string'),
  };
}

export function isDerivedField(table: string, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(DERIVED, table) && Object.prototype.hasOwnProperty.call(DERIVED[table], field);
}

/** The derived fields of a record recomputed from its other fields (empty for tables without any). */
export function derivedValues(table: string, record: Record<string, unknown>): Record<string, unknown> {
  const derive = Object.prototype.hasOwnProperty.call(DERIVED, table) ? DERIVED[table]! : {};
  return Object.fromEntries(Object.entries(derive).map(([field, compute]) => [field, compute(record)]));
}
