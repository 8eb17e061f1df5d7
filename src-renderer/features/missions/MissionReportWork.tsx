import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { targetPercent, type ReportMission } from '../../../src-main/shared/pdf/mission-report';
import { useFormatNumber } from '../../ui/use-format-number';

/**
 * Under a mission in the report preview: its work counted once per kind, and each target with
 * what the period reached — the figures the PDF and workbook print, from the same document.
 */
export function MissionReportWork({ mission }: { mission: ReportMission }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <>
      {mission.outputs.length > 0 && (
        <Text size="xs" data-testid="report-outputs">
          {t('missionReport.work')}:{' '}
          {mission.outputs.map((o, i) => (
            <span key={o.module} data-testid="report-output" data-kind={o.module}>
              {i > 0 && ' · '}
              {t(`workLinks.modules.${o.module}`)} {formatNumber(o.count)}
            </span>
          ))}
        </Text>
      )}
      {mission.targets.map((target, i) => {
        const percent = targetPercent(target);
        return (
          <Text key={i} size="xs" data-testid="report-target">
            {t('missionReport.targetLine', { name: target.name, amount: formatNumber(target.amount), unit: target.unit })}
            {target.actual !== null &&
              ` — ${t('missionReport.targetActual', { actual: formatNumber(target.actual), unit: target.unit })}${percent === null ? '' : ` (${t('missionReport.percentOf', { percent: formatNumber(percent) })})`}`}
          </Text>
        );
      })}
    </>
  );
}
