// Runs Electronegativity on the build (out/) for our Electron version and fails on any HIGH or
// MEDIUM finding that tests/security/electronegativity-waivers.json does not waive with a reason.
// Electronegativity itself exits 0 whatever it finds, so its CSV report is parsed here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = pkg.devDependencies.electron;
const waivers = JSON.parse(readFileSync('tests/security/electronegativity-waivers.json', 'utf8'));
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');

execFileSync('node_modules/.bin/electronegativity', ['-i', 'out', '-e', electronVersion, '-o', report], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** Minimal CSV reader for Electronegativity's quoted, comma-separated report. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows;
}

const [, ...rows] = parseCsv(readFileSync(report, 'utf8'));
const findings = rows
  .filter((r) => r.length >= 6)
  .map(([check, severity, confidence, file, location, sample]) => ({ check, severity, confidence, file, location, sample }));
const blocking = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unwaived = blocking.filter((f) => !waivers.some((w) => w.check === f.check && f.sample.includes(w.sample) && w.reason?.length > 20));

console.log(`electronegativity ${electronVersion}: ${findings.length} findings, ${blocking.length} HIGH/MEDIUM, ${unwaived.length} not waived`);
for (const f of unwaived) console.log(`  ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
process.exit(unwaived.length > 0 ? 1 : 0);
