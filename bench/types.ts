/** One line of bench/results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'pages' | 'rows' | 'ratio';
  /** The same measure for the thing we compare against (null when there is none). */
  reference: number | null;
  /** value / reference. */
  ratio: number | null;
  /** The most `value` may be before the run counts as a regression (null: informational). */
  budget: number | null;
  /** The least `value` may be (a score such as recall, where more is better). */
  floor?: number | null;
  /** The most `ratio` may be (a target stated against the reference, e.g. ≥ 0.7× raw throughput = time ratio ≤ 1.43). */
  ratioBudget?: number | null;
  /** Set when the case crashed: `name` is the case, `error` what it died of, `value` the time until then. */
  failed?: boolean;
  error?: string;
  /** Peak resident memory of each process during the measure (bytes), where the case samples it. */
  peakMemory?: Record<string, number>;
}

export interface BenchContext {
  projectRoot: string;
  /** bench/out: artefacts to look at (PDFs), not committed. */
  outDir: string;
  /** Timed repetitions after one warm-up. */
  runs: number;
}

/** A benchmark case: one file under bench/cases, listed in bench/cases/index.ts. */
export interface BenchCase {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchResult[]>;
}
