import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block } from './content';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same report as HTML for Chromium: same font files, page size, margins, sizes and spacing
 * (Chromium breaks Thai words itself, so no hints). Its page numbers come from page.pdf's header.
 */
export function reportHtml(blocks: readonly Block[], fontDir: string): string {
  const font = (file: string) => pathToFileURL(join(fontDir, file)).toString();
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h2>${escape(block.text)}</h2>`;
        case 'paragraph':
          return `<p>${escape(block.text)}</p>`;
        case 'table':
          return `<table><colgroup><col style="width:42pt"><col><col style="width:150pt"><col style="width:60pt"></colgroup>
<thead><tr>${block.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead>
<tbody>${block.rows.map((r) => `<tr>${r.map((c, i) => `<td${i === 0 || i === 3 ? ' class="num"' : ''}>${escape(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
      }
    })
    .join('\n');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
@font-face { font-family: Laksaman; src: url("${font('Laksaman.ttf')}"); }
@font-face { font-family: Laksaman; font-weight: bold; src: url("${font('Laksaman-Bold.ttf')}"); }
@page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
body { margin: 0; font-family: Laksaman; font-size: 16pt; line-height: 1.49; }
h2 { font-size: 18pt; margin: 8pt 0 4pt; }
p { margin: 0; text-indent: 2.5cm; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 16pt; }
th { background: #e8e8e8; }
th, td { border: 0.5pt solid #555; padding: 1pt 4pt; vertical-align: top; }
td.num { text-align: right; }
tr { break-inside: avoid; }
</style></head><body>
${body}
</body></html>`;
}
