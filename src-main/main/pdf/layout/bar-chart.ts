import type { Content } from 'pdfmake';
import { TEXT_WIDTH } from './page';

/** One bar: its label (Thai text, wraps in its column), its length, and the figure printed after it. */
export interface ChartBar {
  label: string;
  value: number;
  /** The figure as the report writes it ("12", "ร้อยละ 40.00", "3 ชม. 20 นาที"). */
  valueText: string;
  /** A fill; bars default to a mid grey-blue that still reads on a black-and-white photocopy. */
  color?: string;
}

export interface BarChartOptions {
  /** The value of a full-length bar; defaults to the largest bar (at least 1). */
  maxValue?: number;
  /** Width of the label column in points. */
  labelWidth?: number;
  /** Width of the figure column in points. */
  valueWidth?: number;
  fontSize?: number;
}

export const BAR_COLOR = '#4a6fa5';
const TRACK_COLOR = '#eeeeee';
const BAR_HEIGHT = 10;
/** Drop of the bar inside its row, so it sits on the text's middle at 14 pt. */
const BAR_TOP = 5;

/**
 * A horizontal bar chart as a borderless table: label | bar | figure. The labels and figures
 * are text, so the Thai line breaking and the text-extraction checks of the other tables apply
 * to them; only the bars are drawn. Each bar keeps its row (rows never split), and the figure
 * is printed, so the chart still says its numbers when a photocopy loses the greys.
 */
export function barChart(bars: readonly ChartBar[], options: BarChartOptions = {}): Content {
  const fontSize = options.fontSize ?? 14;
  const labelWidth = options.labelWidth ?? 150;
  const valueWidth = options.valueWidth ?? 90;
  // Cell padding (4 pt each side by pdfmake's default layout) comes out of the bar column.
  const barWidth = TEXT_WIDTH - labelWidth - valueWidth - 6 * 4;
  const largest = Math.max(0, ...bars.map((bar) => bar.value).filter(Number.isFinite));
  const max = Math.max(1, options.maxValue ?? largest);
  const body = bars.map((bar) => {
    const share = Number.isFinite(bar.value) && bar.value > 0 ? Math.min(1, bar.value / max) : 0;
    const length = share * barWidth;
    const shapes = [{ type: 'rect' as const, x: 0, y: BAR_TOP, w: barWidth, h: BAR_HEIGHT, color: TRACK_COLOR }];
    if (length > 0) shapes.push({ type: 'rect' as const, x: 0, y: BAR_TOP, w: Math.max(length, 0.75), h: BAR_HEIGHT, color: bar.color ?? BAR_COLOR });
    return [
      { text: bar.label, fontSize, alignment: 'right' as const },
      { canvas: shapes },
      { text: bar.valueText, fontSize },
    ];
  });
  return {
    table: { widths: [labelWidth, barWidth, valueWidth], dontBreakRows: true, body },
    layout: 'noBorders',
  } as Content;
}

/**
 * A key to the colours of a chart: a swatch and its name, in one line. A borderless table: nested
 * 'auto' columns broke "เชิงลบ" in two.
 */
export function chartLegend(entries: readonly { label: string; color: string }[], fontSize = 14): Content {
  const cells = entries.flatMap((entry) => [
    { canvas: [{ type: 'rect', x: 0, y: BAR_TOP, w: 10, h: BAR_HEIGHT, color: entry.color }] },
    { text: entry.label, fontSize },
  ]);
  // The last name takes the rest of the line: an 'auto' last cell was measured a glyph short.
  const widths = entries.flatMap((_, i) => [10, i === entries.length - 1 ? '*' : 'auto']);
  return {
    table: { widths, body: [cells] },
    layout: 'noBorders',
    margin: [0, 2, 0, 6],
  } as Content;
}
