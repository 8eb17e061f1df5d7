import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { createPdfEngine } from '../../../src-main/main/pdf/engine';
import { pdfInfo } from '../../../src-main/main/pdf/testing/poppler';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';
import { monthlyReport } from './content';
import { reportHtml } from './to-html';
import { reportDocDefinition } from './to-pdfmake';

const NAME = 'pdf-thai-10-pages';

/**
 * A ten-page Thai report (prose and tables) through our pdfmake engine and through Chromium's
 * page.pdf (what Electron's printToPDF would do), same content, same fonts, in the same run.
 * Both are timed warm: Chromium already launched and the engine's fonts already loaded, each
 * after one untimed warm-up, median of the timed runs; the first (cold) run is reported too.
 */
export const pdfThaiTenPages: BenchCase = {
  name: NAME,
  description: 'ten-page Thai report: PR Desk engine (pdfmake) vs Chromium page.pdf',
  async run({ projectRoot, outDir, runs }) {
    const fontDir = join(projectRoot, 'resources/fonts');
    const blocks = monthlyReport();

    // ours: build the definition, prepare the text, lay out and write the PDF
    const engine = createPdfEngine({ fontDir });
    const oursOnce = () => engine.render(reportDocDefinition(blocks, engine));
    const oursCold = await timed(oursOnce);
    const oursTimes: number[] = [];
    let ours = oursCold.value;
    for (let i = 0; i < runs; i++) {
      const run = await timed(oursOnce);
      oursTimes.push(run.ms);
      ours = run.value;
    }
    await writeFile(join(outDir, `${NAME}.pdfmake.pdf`), ours.bytes);

    // Chromium: load the HTML (fonts from disk), wait for the fonts, print to PDF
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    const dir = await mkdtemp(join(tmpdir(), 'pr-desk-bench-'));
    try {
      const htmlFile = join(dir, 'report.html');
      await writeFile(htmlFile, reportHtml(blocks, fontDir));
      const page = await browser.newPage();
      const chromiumOnce = async () => {
        await page.goto(pathToFileURL(htmlFile).toString(), { waitUntil: 'load' });
        // a string, evaluated in the page: this file is type-checked without the DOM library
        await page.evaluate('document.fonts.ready.then(() => true)');
        return page.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div style="width:100%;text-align:center;font-size:12pt">- <span class="pageNumber"></span> -</div>',
          footerTemplate: '<div></div>',
        });
      };
      const chromiumCold = await timed(chromiumOnce);
      const chromiumTimes: number[] = [];
      let reference = chromiumCold.value;
      for (let i = 0; i < runs; i++) {
        const run = await timed(chromiumOnce);
        chromiumTimes.push(run.ms);
        reference = run.value;
      }
      await writeFile(join(outDir, `${NAME}.chromium.pdf`), reference);
      const referenceBytes = new Uint8Array(reference);
      const referencePages = (await pdfInfo(referenceBytes)).pages;

      const warm = median(oursTimes);
      const warmReference = median(chromiumTimes);
      const results: BenchResult[] = [
        { name: `${NAME}: time, warm (median of ${runs})`, value: warm, unit: 'ms', reference: warmReference, ratio: ratio(warm, warmReference), budget: 1500 },
        { name: `${NAME}: time, first document`, value: oursCold.ms, unit: 'ms', reference: chromiumCold.ms, ratio: ratio(oursCold.ms, chromiumCold.ms), budget: 3000 },
        { name: `${NAME}: file size`, value: ours.bytes.byteLength, unit: 'bytes', reference: referenceBytes.byteLength, ratio: ratio(ours.bytes.byteLength, referenceBytes.byteLength), budget: 1_000_000 },
        { name: `${NAME}: pages`, value: ours.pageCount, unit: 'pages', reference: referencePages, ratio: ratio(ours.pageCount, referencePages), budget: null },
      ];
      return results;
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
