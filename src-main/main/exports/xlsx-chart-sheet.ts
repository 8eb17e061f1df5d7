import type { Cell, Row } from 'write-excel-file/node';
import { pngSize, type XlsxChart } from '../../shared/exports/xlsx-chart';

/** Excel's default row is 15 pt, 20 px at 96 dpi: how many rows a picture covers. */
const ROW_PX = 20;
const DPI = 96;

/**
 * A "กราฟ" sheet: each chart's title in a bold row, its picture below it, the next chart after
 * the rows the picture covers. The figures themselves are in the other sheets, as numbers.
 */
export function chartSheet(charts: readonly XlsxChart[], sheet = 'กราฟ') {
  const data: Row[] = [];
  const images = [];
  for (const chart of charts) {
    const size = pngSize(chart.png);
    if (!size) continue;
    data.push([{ value: chart.title, fontWeight: 'bold' } satisfies Cell]);
    images.push({
      content: Buffer.from(chart.png),
      contentType: 'image/png',
      width: size.width,
      height: size.height,
      dpi: DPI,
      anchor: { row: data.length + 1, column: 1 },
      title: chart.title,
      description: chart.title,
    });
    const covered = Math.ceil(size.height / ROW_PX) + 1;
    for (let i = 0; i < covered; i++) data.push([null]);
  }
  return { sheet, data, images, columns: [{ width: 12 }] };
}
