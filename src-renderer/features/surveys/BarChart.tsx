import { percentLabel } from './model/summary';

/**
 * Horizontal percentage bars in plain SVG: a frequency table's picture. (Plain SVG rather than
 * @mantine/charts + recharts: one chart shape, no extra 400 kB in the bundle; see readme notes.)
 */
export function BarChart({ rows, label }: { rows: { label: string; percent: number; count: number }[]; label: string }) {
  const rowHeight = 26;
  const labelWidth = 180;
  const width = 560;
  const barSpace = width - labelWidth - 90;
  return (
    <svg role="img" aria-label={label} width="100%" viewBox={`0 0 ${width} ${rows.length * rowHeight + 4}`} style={{ maxWidth: width }}>
      {rows.map((row, i) => (
        <g key={row.label} transform={`translate(0 ${i * rowHeight + 2})`}>
          <text x={labelWidth - 8} y={rowHeight / 2 + 4} textAnchor="end" fontSize={13} fill="currentColor">
            {row.label}
          </text>
          <rect x={labelWidth} y={4} width={barSpace} height={rowHeight - 8} fill="var(--mantine-color-gray-1)" rx={3} />
          <rect x={labelWidth} y={4} width={(barSpace * row.percent) / 100} height={rowHeight - 8} fill="var(--mantine-color-blue-6)" rx={3} />
          <text x={labelWidth + barSpace + 6} y={rowHeight / 2 + 4} fontSize={12} fill="currentColor">
            {percentLabel(row)}
          </text>
        </g>
      ))}
    </svg>
  );
}
