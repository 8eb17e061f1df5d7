import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTimeShort } from '../../../src-main/shared/text/thai-date';
import { mainProcess } from '../../platform';
import { BarChart } from '../../ui/charts/BarChart';
import { barChartPng } from '../../ui/charts/chart-png';
import { DocumentActionBar, loadLetterhead, useDocumentActions, type DocumentAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoading } from '../../ui/PageLoading';
import { StatCard } from '../../ui/StatCard';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useCoverageReport } from './data';
import { coverageReportDocument } from './model/coverage-report-document';
import { monthPeriod, weekPeriod, type CoverageSpan } from './model/coverage-period';
import { sourceBars, toneBars } from './model/coverage-rows';
import { recentMonths } from './model/month-choices';
import { formatDurationThai } from './model/response-time';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';
import { MonitoringTabs } from './MonitoringTabs';

/** รายงานสรุปการวิเคราะห์ข่าว of a week or a month: the spokesperson team's report on screen. */
export function CoverageReportPage() {
  const { t } = useTranslation();
  const today = bangkokWallClock(new Date()).slice(0, 10);
  const months = useMemo(() => recentMonths(today, 120), [today]);
  const [span, setSpan] = useState<CoverageSpan>('month');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [day, setDay] = useState<string | null>(today);
  const period = span === 'month' ? monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))) : weekPeriod(day ?? today);
  const report = useCoverageReport(period);
  const profile = useOfficeProfile();
  const actions = useDocumentActions();
  const toneLabel = (k: string) => t(`monitoring.tone.${k}`);
  const sourceLabel = (k: string) => t(`monitoring.source.${k}`);
  const run = (action: DocumentAction) => {
    if (!report || !profile) return;
    void actions.run(action, {
      make: async () =>
        coverageReportDocument(report, { letterhead: await loadLetterhead(profile), signer: { name: profile.directorName, position: profile.directorTitle }, preparedOn: today }),
      options: { thaiDigits: profile.thaiDigits },
      fileName: `${t('monitoring.report.title')} ${period.label}`,
      saveWorkbook: async (document, suggestedFileName) =>
        mainProcess().exportCoverageReportXlsx({
          report: document,
          charts: [
            { title: t('monitoring.report.byTone'), png: new Uint8Array(await barChartPng(t('monitoring.report.byTone'), toneBars(report, toneLabel))) },
            { title: t('monitoring.report.bySource'), png: new Uint8Array(await barChartPng(t('monitoring.report.bySource'), sourceBars(report, sourceLabel))) },
          ],
          suggestedFileName,
        }),
    });
  };
  const n = (v: number) => v.toLocaleString('th-TH');
  const duration = (m: number | null | undefined) => (m === null || m === undefined ? t('monitoring.report.none') : formatDurationThai(m));
  return (
    <Stack gap="sm">
      <PageHeader title={t('monitoring.report.title')} subtitle={period.label} />
      <MonitoringTabs active="report" />
      <Group align="flex-end">
        <SegmentedControl value={span} onChange={(v) => setSpan(v)} data={(['week', 'month'] as const).map((s) => ({ value: s, label: t(`monitoring.report.span.${s}`) }))} />
        {span === 'month' ? (
          <Select label={t('monitoring.report.month')} data={months} value={month} onChange={(v) => v && setMonth(v)} allowDeselect={false} searchable />
        ) : (
          <ThaiDateInput label={t('monitoring.report.weekOf')} value={day} onChange={setDay} />
        )}
      </Group>
      <DocumentActionBar busy={actions.busy} profile={profile} ready={!!report} pdfLabel={t('monitoring.report.pdf')} xlsxLabel={t('monitoring.report.xlsx')} onRun={run} />
      {report === undefined ? (
        <PageLoading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard label={t('monitoring.report.items')} value={n(report.items)} valueTestId="coverage-items" />
            <StatCard label={t('monitoring.report.reach')} value={n(report.reach)} valueTestId="coverage-reach" />
            <StatCard label={t('monitoring.report.median')} value={duration(report.responses.medianMinutes)} valueTestId="coverage-median" />
            <StatCard label={t('monitoring.report.within24h')} value={`${n(report.responses.within24h)} / ${n(report.responses.issues.length)}`} valueTestId="coverage-within24h" />
          </SimpleGrid>
          {report.reachUnknown > 0 && <Text c="dimmed">{t('monitoring.report.reachUnknown', { count: report.reachUnknown })}</Text>}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Title order={4}>{t('monitoring.report.byTone')}</Title>
              <BarChart label={t('monitoring.report.byTone')} rows={toneBars(report, toneLabel)} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={4}>{t('monitoring.report.bySource')}</Title>
              <BarChart label={t('monitoring.report.bySource')} rows={sourceBars(report, sourceLabel)} />
            </Paper>
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t('monitoring.report.byIssue')}
            </Title>
            <Table aria-label={t('monitoring.report.byIssue')}>
              <Table.Thead>
                <Table.Tr>
                  {(['issue', 'items', 'negative', 'share', 'reach'] as const).map((c) => (
                    <Table.Th key={c}>{t(`monitoring.report.col.${c}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.byIssue.map((row) => (
                  <Table.Tr key={row.issueId}>
                    <Table.Td>{row.title}</Table.Td>
                    <Table.Td>{n(row.items)}</Table.Td>
                    <Table.Td>{n(row.negative)}</Table.Td>
                    <Table.Td>{Math.round(row.negativeShare * 100)}%</Table.Td>
                    <Table.Td>{n(row.reach)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {report.withoutIssue > 0 && <Text c="dimmed">{t('monitoring.report.withoutIssue', { count: report.withoutIssue })}</Text>}
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t('monitoring.report.responses')}
            </Title>
            <Text>
              {t('monitoring.report.issuesSeen')} {n(report.responses.issues.length)} · {t('monitoring.report.answered')} {n(report.responses.answered)} · {t('monitoring.report.longest')}{' '}
              {duration(report.responses.longest?.minutes)}
              {report.responses.longest ? ` (${report.responses.longest.title})` : ''}
            </Text>
            {report.responses.unansweredNeedingResponse.length > 0 && (
              <Text c="red">
                {t('monitoring.report.unanswered')}: {report.responses.unansweredNeedingResponse.map((r) => `${r.title} (${formatThaiDateTimeShort(r.firstSeenAt)})`).join(', ')}
              </Text>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
