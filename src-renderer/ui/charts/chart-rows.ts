/** One bar of a chart, as the screens, the PNG in a workbook and the PDF's barChart draw it. */
export interface ChartRow {
  label: string;
  value: number;
  /** The figure as the report writes it ("12", "40.00% (6)", "3 ชม. 20 นาที"). */
  valueText: string;
  /** A CSS colour; bars default to the theme's blue. */
  color?: string;
}

/**
 * The share of the longest bar each row takes: against `maxValue` when given (percentages
 * against 100), else the largest finite value. Zero, negative and non-numbers draw no bar.
 */
export function chartScale(rows: readonly ChartRow[], maxValue?: number): (row: ChartRow) => number {
  const largest = Math.max(0, ...rows.map((row) => row.value).filter(Number.isFinite));
  const max = Math.max(Number.MIN_VALUE, maxValue ?? largest);
  return (row) => (Number.isFinite(row.value) && row.value > 0 ? Math.min(1, row.value / max) : 0);
}
