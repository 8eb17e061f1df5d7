import type { Content, DocDefinition } from 'pdfmake';
import type { PdfEngine } from '../../../src-main/main/pdf/engine';
import { governmentDocument } from '../../../src-main/main/pdf/layout/page';
import { bodyParagraphs } from '../../../src-main/main/pdf/layout/paragraphs';
import { dataTable } from '../../../src-main/main/pdf/layout/table';
import { prepareDocDefinition } from '../../../src-main/main/pdf/prepare-content';
import type { Block } from './content';

/** The report through our engine's building blocks, exactly as a module would build it. */
export function reportDocDefinition(blocks: readonly Block[], engine: PdfEngine): DocDefinition {
  const content: Content[] = blocks.flatMap((block): Content[] => {
    switch (block.kind) {
      case 'heading':
        return [{ text: block.text, bold: true, fontSize: 18, margin: [0, 8, 0, 4] }];
      case 'paragraph':
        return bodyParagraphs([block.text]);
      case 'table':
        return [
          dataTable(
            [
              { header: block.columns[0] ?? '', width: 42, alignment: 'right' },
              { header: block.columns[1] ?? '', width: '*' },
              { header: block.columns[2] ?? '', width: 150 },
              { header: block.columns[3] ?? '', width: 60, alignment: 'right' },
            ],
            block.rows,
          ),
        ];
    }
  });
  const options = { thaiDigits: false };
  const dd = governmentDocument(content, { title: 'รายงานผลการดำเนินงาน', author: 'PR Desk bench', urgency: 'normal', secrecy: 'none', ...options });
  return prepareDocDefinition(dd, options, engine);
}
