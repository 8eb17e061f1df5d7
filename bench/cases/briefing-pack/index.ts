import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfRenderRequestSchema, type PdfRenderRequest } from '../../../src-main/shared/pdf/documents';
import { createInProcessRenderer } from '../../../src-main/main/pdf/pool';
import { sampleBriefing, sampleBriefingPack } from '../../../src-main/main/pdf/samples/briefing-samples';
import { median, ratio, timed } from '../../stats';
import type { BenchCase, BenchResult } from '../../types';

const NAME = 'briefing-pack';
const BRIEFINGS = 3;
const QA_EACH = 60;

/**
 * The night-of-the-flood print: a conference pack of three briefings with 60 Q&A each plus the
 * run sheet, as ONE PDF through the app's real render path (validate, build, prepare Thai text,
 * lay out). The reference, in the same run, is the same three briefings printed one by one: the
 * pack should cost about their sum, not more (one layout pass, one font load).
 */
export const briefingPack: BenchCase = {
  name: NAME,
  description: `briefing pack (${BRIEFINGS} briefings × ${QA_EACH} Q&A + run sheet) in one PDF vs the briefings printed separately`,
  async run({ projectRoot, outDir, runs }) {
    const renderer = createInProcessRenderer({ fontDir: join(projectRoot, 'resources/fonts') });
    const base = sampleBriefingPack();
    const briefings = Array.from({ length: BRIEFINGS }, (_, i) => ({ ...sampleBriefing(QA_EACH), title: `${sampleBriefing().title} เรื่องที่ ${i + 1}` }));
    const pack: PdfRenderRequest = pdfRenderRequestSchema.parse({ document: { ...base, briefings }, options: { thaiDigits: false } });
    const singles = briefings.map((briefing) =>
      pdfRenderRequestSchema.parse({ document: { kind: 'briefing', officeName: base.officeName, briefing }, options: { thaiDigits: false } }),
    );
    const packOnce = () => renderer.render(pack);
    const singlesOnce = async () => {
      let pages = 0;
      for (const request of singles) pages += (await renderer.render(request)).pageCount;
      return pages;
    };
    try {
      const cold = await timed(packOnce);
      await singlesOnce(); // warm-up
      const packTimes: number[] = [];
      const singleTimes: number[] = [];
      let result = cold.value;
      let singlePages = 0;
      for (let i = 0; i < runs; i++) {
        const p = await timed(packOnce);
        packTimes.push(p.ms);
        result = p.value;
        const s = await timed(singlesOnce);
        singleTimes.push(s.ms);
        singlePages = s.value;
      }
      await writeFile(join(outDir, `${NAME}.pdf`), result.bytes);
      const warm = median(packTimes);
      const reference = median(singleTimes);
      const results: BenchResult[] = [
        { name: `${NAME}: time, warm (median of ${runs})`, value: warm, unit: 'ms', reference, ratio: ratio(warm, reference), budget: 5000 },
        { name: `${NAME}: time, first document`, value: cold.ms, unit: 'ms', reference: null, ratio: null, budget: 8000 },
        { name: `${NAME}: pages`, value: result.pageCount, unit: 'pages', reference: singlePages, ratio: ratio(result.pageCount, singlePages), budget: null },
      ];
      return results;
    } finally {
      await renderer.close();
    }
  },
};
