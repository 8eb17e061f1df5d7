import { chartScale, type ChartRow } from './chart-rows';

/**
 * Horizontal bars in plain SVG, for any report screen (survey frequencies, plan work per theme,
 * coverage by tone and source). Plain SVG rather than a chart library: one chart shape, no
 * extra 400 kB in the bundle. Each bar prints its figure, so the chart says its numbers.
 */
export function BarChart({ rows, label, maxValue }: { rows: readonly ChartRow[]; label: string; maxValue?: number }) {
  const rowHeight = 26;
  const labelWidth = 200;
  const width = 600;
  const valueWidth = 110;
  const barSpace = width - labelWidth - valueWidth;
  const share = chartScale(rows, maxValue);
  return (
    <svg role="img" aria-label={label} width="100%" viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`} style={{ maxWidth: width }}>
      {rows.map((row, i) => (
        <g key={`${i}-${row.label}`} transform={`translate(0 ${i * rowHeight + 2})`}>
          <title>{`${row.label}: ${row.valueText}`}</title>
          <text x={labelWidth - 8} y={rowHeight / 2 + 4} textAnchor="end" fontSize={13} fill="currentColor">
            {row.label}
          </text>
          <rect x={labelWidth} y={4} width={barSpace} height={rowHeight - 8} fill="var(--mantine-color-gray-1)" rx={3} />
          <rect x={labelWidth} y={4} width={barSpace * share(row)} height={rowHeight - 8} fill={row.color ?? 'var(--mantine-color-blue-6)'} rx={3} />
          <text x={labelWidth + barSpace + 6} y={rowHeight / 2 + 4} fontSize={12} fill="currentColor">
            {row.valueText}
          </text>
        </g>
      ))}
    </svg>
  );
}
