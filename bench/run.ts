/**
 * The benchmark runner:  npm run bench [-- --only <case> --runs <n> --strict]
 * (runs as: node scripts/pdf/run-ts.mjs bench/run.ts). Runs every case in bench/cases, prints
 * a table, writes bench/results.json. With --strict, exits 1 when a value is over its budget.
 *
 * A long run must not lose its figures to one crash: results.json is rewritten after every
 * case, and a case that throws (a browser that died, a disk that filled) is recorded as failed
 * with its error while the remaining cases still run. Failed cases make the exit code 1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_CASES } from './cases';
import { failedResult, runCase, type CaseFailure } from './run-case';
import type { BenchResult } from './types';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '5' },
    strict: { type: 'boolean', default: false },
  },
});

const projectRoot = resolve(import.meta.dirname, '..');
const outDir = join(projectRoot, 'bench/out');
await mkdir(outDir, { recursive: true });
const runs = Math.max(1, Number(values.runs) || 5);
const cases = BENCH_CASES.filter((c) => !values.only || c.name === values.only);
if (cases.length === 0) {
  console.error(`no bench case named ${values.only ?? ''}; cases: ${BENCH_CASES.map((c) => c.name).join(', ')}`);
  process.exit(2);
}

const results: BenchResult[] = [];
const failures: CaseFailure[] = [];
const resultsFile = join(projectRoot, 'bench/results.json');
const save = () => writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
for (const benchCase of cases) {
  console.log(`▶ ${benchCase.name}: ${benchCase.description}`);
  const outcome = await runCase(benchCase, { projectRoot, outDir, runs });
  if (outcome.ok) results.push(...outcome.results);
  else {
    failures.push(outcome.failure);
    results.push(failedResult(outcome.failure));
    console.log(`  ✗ ${benchCase.name} FAILED after ${(outcome.failure.afterMs / 1000).toFixed(1)} s: ${outcome.failure.error}`);
  }
  await save();
}

const format = (value: number | null, unit = ''): string => {
  if (value === null) return '—';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  if (unit === 'rows') return value.toLocaleString('en-US');
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  return String(Math.round(value * 100) / 100);
};
const overValue = (r: BenchResult) => r.failed === true || (r.budget !== null && r.value > r.budget) || (r.floor != null && r.value < r.floor);
const overRatio = (r: BenchResult) => r.ratioBudget != null && r.ratio !== null && r.ratio > r.ratioBudget;
const over = results.filter((r) => overValue(r) || overRatio(r));
const rows = results.map((r) => [
  r.name,
  r.failed ? 'FAILED' : format(r.value, r.unit),
  format(r.reference, r.unit),
  format(r.ratio, 'ratio'),
  [r.budget === null ? '' : format(r.budget, r.unit), r.floor == null ? '' : `≥ ${r.floor}`, r.ratioBudget == null ? '' : `ratio ≤ ${format(r.ratioBudget, 'ratio')}`]
    .filter(Boolean)
    .join(', ')
    .concat(overValue(r) || overRatio(r) ? '  MISSED' : '') || '—',
]);
const header = ['measure', 'ours', 'reference', 'ratio', 'budget / target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));
console.log(`\nwrote bench/results.json (${results.length} results)`);
if (failures.length > 0) {
  console.log(`failed cases: ${failures.map((f) => `${f.caseName} (${f.error})`).join('; ')}`);
}
if (over.length > 0) console.log(`missed budget or target: ${over.map((r) => r.name).join(', ')}`);
if (failures.length > 0 || (over.length > 0 && values.strict)) process.exit(1);
