/**
 * No mark touches a table rule: the glyphs' ink is compared with the drawn rules on the rendered
 * page. The same table is drawn twice with the same geometry: once with white rules (the text's
 * ink) and once with white text (the rules' ink); no pixel of text may lie on or next to a rule.
 */
import type { Content, TableLayout, TableNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';
import { createPdfEngine } from '../engine';
import { prepareDocDefinition } from '../prepare-content';
import { pdfPageGrey } from '../testing/poppler';
import { cellPadding } from './cell-padding';
import { governmentDocument } from './page';
import { dataTable } from './table';

const engine = createPdfEngine({ fontDir: FONT_DIR });
const DPI = 300;
const INK = 128;
/** How near (in pixels, 0.25 pt at 300 dpi) text may come to a rule before it "touches" it. */
const TOUCH = 1;

/** Letters with the deepest tails and lowest marks, and the tallest stacks. */
const DEEP = ['ฎู ฏุ ฐุ ญู ฤ ฦ', 'ปู่ ป้ำ กิ๊ ฎีกา ปฏิบัติ', 'ญี่ปุ่น ฐานข้อมูล ฤดูฝน', 'ผู้ใหญ่บ้าน ฟื้นฟู ทั่วถึง'];

/** dataTable's layout is always an object, never one of pdfmake's named layouts. */
function layoutOf(node: TableNode): TableLayout {
  if (typeof node.layout !== 'object') throw new Error('a dataTable has its own layout');
  return node.layout;
}

function withColours(node: TableNode, text: string, rules: string): TableNode {
  const body = node.table.body.map((row) => row.map((cell): Content => (typeof cell === 'string' ? { text: cell, color: text } : { ...cell, color: text })));
  return {
    ...node,
    table: { ...node.table, body },
    layout: { ...layoutOf(node), hLineColor: () => rules, vLineColor: () => rules, fillColor: () => null },
  };
}

interface Bitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function parsePgm(bytes: Uint8Array): Bitmap {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(Buffer.from(bytes.subarray(0, 40)).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: bytes.subarray(header[0].length) };
}

async function page(table: TableNode, fontSize: number, lineHeight: number): Promise<Bitmap> {
  const dd = governmentDocument([table], { title: 'ทดสอบ', author: 'PR Desk', urgency: 'normal', secrecy: 'none', thaiDigits: false });
  dd.defaultStyle = { ...dd.defaultStyle, fontSize, lineHeight };
  dd.header = undefined;
  dd.footer = undefined;
  const pdf = await engine.render(prepareDocDefinition(dd, { thaiDigits: false }, engine));
  return parsePgm(await pdfPageGrey(pdf.bytes, 1, DPI));
}

/** Text pixels on or within TOUCH pixels of a rule pixel. */
async function textOnRules(table: TableNode, fontSize: number, lineHeight: number): Promise<number> {
  const text = await page(withColours(table, '#000000', '#ffffff'), fontSize, lineHeight);
  const rules = await page(withColours(table, '#ffffff', '#000000'), fontSize, lineHeight);
  let rulePixels = 0;
  let touching = 0;
  const { width, height } = rules;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((rules.pixels[y * width + x] ?? 255) >= INK) continue;
      rulePixels++;
      for (let dy = -TOUCH; dy <= TOUCH; dy++) {
        for (let dx = -TOUCH; dx <= TOUCH; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx >= 0 && ny >= 0 && nx < width && ny < height && (text.pixels[ny * width + nx] ?? 255) < INK) touching++;
        }
      }
    }
  }
  expect(rulePixels).toBeGreaterThan(1000); // the rules were drawn
  return touching;
}

function table(fontSize: number, lineHeight: number, padding = cellPadding(fontSize, lineHeight)): TableNode {
  const node = dataTable(
    [
      { header: 'ฎู ฏุ', width: 90 },
      { header: 'ข้อความ ญู ฤ', width: '*' },
    ],
    DEEP.map((text, i) => [DEEP[(i + 1) % DEEP.length] ?? '', `${text} ${text}`]),
    { fontSize },
  );
  return { ...node, layout: { ...layoutOf(node), paddingTop: () => padding.top, paddingBottom: () => padding.bottom } };
}

describe('a ruled table of the deepest Thai marks', () => {
  it.each([
    [16, 0.75],
    [14, 0.75],
    [18, 0.8],
    [22, 0.8],
  ])('at %d pt, line height %d, keeps every mark off the rules', async (fontSize, lineHeight) => {
    expect(await textOnRules(table(fontSize, lineHeight), fontSize, lineHeight)).toBe(0);
  });

  it('(with the 1 pt padding of before, the tails crossed the rules: the test can tell)', async () => {
    expect(await textOnRules(table(16, 0.75, { top: 1, bottom: 1 }), 16, 0.75)).toBeGreaterThan(0);
  });

  it('dataTable uses the padding', () => {
    const node = dataTable([{ header: 'ก', width: '*' }], [['ข']], { fontSize: 14 });
    expect(layoutOf(node).paddingBottom?.(0, node)).toBe(cellPadding(14).bottom);
    expect(layoutOf(dataTable([{ header: 'ก', width: '*' }], [])).paddingBottom?.(0, node)).toBe(cellPadding(16).bottom);
  });
});
