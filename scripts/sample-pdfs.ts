/**
 * Writes one PDF of every document the app can produce, from realistic Thai samples, so anyone
 * can look at them:  npm run sample:pdfs -- <outdir>
 * (runs as: node scripts/pdf/run-ts.mjs scripts/sample-pdfs.ts <outdir>)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInProcessRenderer } from '../src-main/main/pdf/pool';
import { allPdfSamples } from '../src-main/main/pdf/samples';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npm run sample:pdfs -- <outdir>');
  process.exit(2);
}

const fontDir = resolve(import.meta.dirname, '../resources/fonts');
const renderer = createInProcessRenderer({ fontDir });
await mkdir(outDir, { recursive: true });
for (const sample of allPdfSamples()) {
  const started = performance.now();
  const pdf = await renderer.render(sample.request);
  const file = join(outDir, `${sample.name}.pdf`);
  await writeFile(file, pdf.bytes);
  const ms = Math.round(performance.now() - started);
  console.log(`${file}  ${pdf.pageCount} page(s)  ${(pdf.bytes.byteLength / 1024).toFixed(1)} KiB  ${ms} ms`);
}
await renderer.close();
