import { MEDIA_SOURCE_KINDS, MEDIA_TONES } from '../../../../src-main/shared/domain/media-monitoring';
import type { CoverageReport } from './coverage-report';

/** A bar of a coverage chart, the same on screen, in the PDF and in the workbook's picture. */
export interface CoverageBar {
  label: string;
  value: number;
  valueText: string;
  color?: string;
}

const TONE_COLORS = { positive: '#2f9e44', neutral: '#868e96', negative: '#e03131' } as const;

/** "12 ข่าว (40%)": the count and its share of the period's items. */
function countText(value: number, total: number): string {
  const share = total === 0 ? 0 : Math.round((value / total) * 100);
  return `${value.toLocaleString('th-TH')} ข่าว (${share}%)`;
}

export function toneBars(report: CoverageReport, label: (tone: string) => string): CoverageBar[] {
  return MEDIA_TONES.map((tone) => ({ label: label(tone), value: report.byTone[tone], valueText: countText(report.byTone[tone], report.items), color: TONE_COLORS[tone] }));
}

export function sourceBars(report: CoverageReport, label: (kind: string) => string): CoverageBar[] {
  return MEDIA_SOURCE_KINDS.map((kind) => ({ label: label(kind), value: report.bySource[kind], valueText: countText(report.bySource[kind], report.items) }));
}
