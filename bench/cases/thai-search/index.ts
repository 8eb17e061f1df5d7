import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { thaiSearchTerms } from '../../../src-main/shared/text/thai-words';
import type { PressReleaseRecord } from '../../../src-renderer/data/types';
import { NO_FILTERS } from '../../../src-renderer/features/press/model/release-filters';
import { answerFromIndex, ReleaseTermIndex, releaseEntry } from '../../../src-renderer/features/press/model/release-term-index';
import { releaseTerms } from '../../../src-renderer/features/press/model/release-terms';
import type { BenchCase, BenchResult } from '../../types';
import { evalCorpus, type EvalRelease } from './corpus';
import { evalQueries, type EvalQuery } from './queries';

const NAME = 'thai-search';
/** Ten years of a provincial office's releases (about 250 a year), enough for every query to have answers. */
const RELEASES = 2_500;
const TOP = 20;
/** Targets of issue 21. */
const FLOOR_RECALL = 0.95;
const FLOOR_PRECISION = 0.9;

/** The rules before issue 21 (NFKC only), as the reference the new ones are measured against. */
function termsBefore(text: string): string[] {
  const words = new Intl.Segmenter('th', { granularity: 'word' });
  return [...new Set([...words.segment(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim())].filter((s) => s.isWordLike).map((s) => s.segment))];
}

function record(r: EvalRelease, terms: string[]): PressReleaseRecord {
  return { id: r.id, headline: r.headline, lead: r.lead, body: r.body, dateline: 'สงขลา', releaseDate: r.releaseDate, numberLabel: '', number: null, status: 'published', agencyId: null, tags: [], quotes: [], deleted: false, createdBy: 'bench', terms } as unknown as PressReleaseRecord;
}

interface Scores {
  recall: number;
  precision: number;
  perKind: Record<string, { recall: number; precision: number; queries: number }>;
  misses: { query: string; kind: string; recall: number; precision: number }[];
}

function evaluate(corpus: readonly EvalRelease[], queries: readonly EvalQuery[], termsOf: (r: EvalRelease) => string[], queryTerms: (q: string) => string[]): Scores {
  const index = new ReleaseTermIndex();
  for (const r of corpus) index.put(releaseEntry(record(r, termsOf(r))));
  const perKind: Record<string, { recall: number; precision: number; queries: number }> = {};
  const misses: Scores['misses'] = [];
  let recallSum = 0;
  let precisionSum = 0;
  for (const q of queries) {
    const relevant = new Set(corpus.filter(q.relevant).map((r) => r.id));
    const answer = answerFromIndex(index, queryTerms(q.query), NO_FILTERS, corpus.length).rows.map((r) => r.id);
    const found = answer.filter((id) => relevant.has(id)).length;
    const recall = relevant.size === 0 ? 1 : found / relevant.size;
    const top = answer.slice(0, TOP);
    const precision = top.length === 0 ? (relevant.size === 0 ? 1 : 0) : top.filter((id) => relevant.has(id)).length / Math.min(TOP, Math.max(relevant.size, 1));
    recallSum += recall;
    precisionSum += Math.min(1, precision);
    const kind = (perKind[q.kind] ??= { recall: 0, precision: 0, queries: 0 });
    kind.recall += recall;
    kind.precision += Math.min(1, precision);
    kind.queries += 1;
    if (recall < 1 || precision < 1) misses.push({ query: q.query, kind: q.kind, recall, precision });
  }
  for (const kind of Object.values(perKind)) {
    kind.recall /= kind.queries;
    kind.precision /= kind.queries;
  }
  return { recall: recallSum / queries.length, precision: precisionSum / queries.length, perKind, misses };
}

/**
 * How well the release search answers what staff type: recall (of the releases a careful reader
 * would give, how many the search gives) and precision@20 (of its first 20, or of as many as
 * there are answers, how many are right), over our own set of 200+ queries on 2,500 releases
 * (corpus.ts, queries.ts). The search is the app's own: releaseTerms, thaiSearchTerms and the
 * in-memory index's answer (answerFromIndex). The reference is the same search with the rules
 * before issue 21 (NFKC only). Per-kind figures and every query below 1.0 go to
 * bench/out/thai-search.json.
 */
export const thaiSearch: BenchCase = {
  name: NAME,
  description: `Thai search recall and precision@${TOP}: 200+ queries over ${RELEASES.toLocaleString('en-US')} releases`,
  async run(context): Promise<BenchResult[]> {
    const corpus = evalCorpus(RELEASES);
    const queries = evalQueries();
    const text = (r: EvalRelease) => [r.headline, 'สงขลา', r.lead, r.body].join('\n');
    const now = evaluate(corpus, queries, (r) => releaseTerms({ headline: r.headline, dateline: 'สงขลา', lead: r.lead, body: r.body, quotes: [], tags: [] }), thaiSearchTerms);
    const before = evaluate(corpus, queries, (r) => termsBefore(text(r)), termsBefore);
    await writeFile(join(context.outDir, `${NAME}.json`), `${JSON.stringify({ queries: queries.length, releases: RELEASES, now, before }, null, 2)}\n`);
    console.log(`  ${queries.length} queries; recall ${now.recall.toFixed(3)} (before ${before.recall.toFixed(3)}), precision@${TOP} ${now.precision.toFixed(3)} (before ${before.precision.toFixed(3)})`);
    for (const [kind, s] of Object.entries(now.perKind)) console.log(`    ${kind.padEnd(9)} ${String(s.queries).padStart(3)} queries  recall ${s.recall.toFixed(3)}  precision@${TOP} ${s.precision.toFixed(3)}`);
    return [
      { name: `${NAME}-recall`, value: now.recall, unit: 'ratio', reference: before.recall, ratio: now.recall / before.recall, budget: null, floor: FLOOR_RECALL },
      { name: `${NAME}-precision-at-${TOP}`, value: now.precision, unit: 'ratio', reference: before.precision, ratio: now.precision / before.precision, budget: null, floor: FLOOR_PRECISION },
      { name: `${NAME}-queries`, value: queries.length, unit: 'rows', reference: null, ratio: null, budget: null },
    ];
  },
};
