import { chartScale, type ChartRow } from './chart-rows';

const FONT = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';
const BAR = '#228be6';
const TRACK = '#f1f3f5';
/** Drawn at twice the size it shows at in Excel (dpi 96 there), so it stays sharp when zoomed. */
const SCALE = 2;

/** Shortens a label to fit `width`, ending in "…", by whole characters. */
function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && context.measureText(`${chars.join('')}…`).width > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * The bar chart of a report screen as PNG bytes, for its workbook's "กราฟ" sheet: the same
 * rows and scale as <BarChart>, painted on a canvas with the app's own Thai font (loaded
 * first, or the canvas falls back to a font without Thai).
 */
export async function barChartPng(title: string, rows: readonly ChartRow[], options: { maxValue?: number } = {}): Promise<Uint8Array> {
  await document.fonts.load(`16px ${FONT}`, 'ภาษาไทย');
  const width = 640;
  const rowHeight = 28;
  const titleHeight = 34;
  const labelWidth = 230;
  const valueWidth = 120;
  const barSpace = width - labelWidth - valueWidth - 20;
  const height = titleHeight + rows.length * rowHeight + 10;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is not available');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#212529';
  context.textBaseline = 'middle';
  context.font = `600 16px ${FONT}`;
  context.fillText(fitted(context, title, width - 20), 10, titleHeight / 2);
  const share = chartScale(rows, options.maxValue);
  context.font = `14px ${FONT}`;
  rows.forEach((row, i) => {
    const y = titleHeight + i * rowHeight;
    context.fillStyle = '#212529';
    context.textAlign = 'right';
    context.fillText(fitted(context, row.label, labelWidth - 20), labelWidth - 8, y + rowHeight / 2);
    context.fillStyle = TRACK;
    context.fillRect(labelWidth, y + 5, barSpace, rowHeight - 10);
    context.fillStyle = row.color && !row.color.startsWith('var(') ? row.color : BAR;
    context.fillRect(labelWidth, y + 5, barSpace * share(row), rowHeight - 10);
    context.fillStyle = '#212529';
    context.textAlign = 'left';
    context.fillText(row.valueText, labelWidth + barSpace + 8, y + rowHeight / 2);
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the chart could not be drawn');
  return new Uint8Array(await blob.arrayBuffer());
}
