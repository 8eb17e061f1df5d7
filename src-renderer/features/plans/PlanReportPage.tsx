import { Anchor, Badge, Button, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { kpiLightText, LIGHT_RULE_TH, REACH_RULE_TH, type KpiLight } from '../../../src-main/shared/domain/plan-kpi';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { mainProcess } from '../../platform';
import { BarChart } from '../../ui/charts/BarChart';
import { barChartPng } from '../../ui/charts/chart-png';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { useNow } from '../../ui/use-now';
import { DocumentActionBar, loadLetterhead, useDocumentActions, type DocumentAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { usePlan, usePlanReport } from './data';
import { COUNTED_TABLES, type PlanReport, type Tally } from './model/plan-report';
import { planReportDocument } from './model/plan-report-document';
import { planYears } from './model/plan-form';
import { planYearsText } from './model/plan-years-text';

const LIGHT_COLOR: Record<KpiLight, string> = { green: 'green', amber: 'orange', red: 'red', none: 'gray' };
const WHOLE_PLAN = 'all';
const sum = (t: Tally) => COUNTED_TABLES.reduce((s, k) => s + t.counts[k], 0);

/** plans/p/:planId/report: the plan's work per theme and topic, its KPIs with their lights, as PDF and workbook. */
export function PlanReportPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(useNow());
  const plan = usePlan(planId);
  const [chosen, setChosen] = useState<string | null>(null);
  const years = plan ? planYears(plan) : [];
  const current = fiscalYearOf(today);
  const year = chosen ?? (years.includes(current) ? String(current) : String(years[0] ?? current));
  const fiscalYear = year === WHOLE_PLAN ? null : Number(year);
  const report = usePlanReport(planId, fiscalYear, today);
  const profile = useOfficeProfile();
  const actions = useDocumentActions();

  if (plan === null || report === null) return <EmptyState title={t('plans.notFound')} action={<Anchor component={Link} to="/plans">{t('plans.backToList')}</Anchor>} />;
  if (!plan) return null;

  const chartRows = (r: PlanReport) => r.themes.map((theme) => ({ label: theme.name, value: sum(theme), valueText: t('plans.report.items', { count: sum(theme) }) }));
  const run = (action: DocumentAction) => {
    if (!report || !profile) return;
    void actions.run(action, {
      make: async () =>
        planReportDocument(plan, report, {
          letterhead: await loadLetterhead(profile),
          signer: { name: profile.directorName, position: profile.directorTitle },
          preparedOn: today,
        }),
      options: { thaiDigits: profile.thaiDigits },
      fileName: t('plans.report.fileName', { year: fiscalYear ?? planYearsText(plan) }),
      saveWorkbook: async (document, suggestedFileName) =>
        mainProcess().exportPlanReportXlsx({
          report: document,
          charts: [{ title: t('plans.report.chartTitle'), png: new Uint8Array(await barChartPng(t('plans.report.chartTitle'), chartRows(report))) }],
          suggestedFileName,
        }),
    });
  };

  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={t('plans.report.subtitle')}
        actions={
          <Button variant="light" component={Link} to={`/plans/p/${plan.id}/edit`}>
            {t('plans.report.editPlan')}
          </Button>
        }
      />
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('plans.backToList')}
      </Anchor>
      <Group align="flex-end" my="md">
        <Select
          label={t('plans.fiscalYear')}
          data={[...years.map((y) => ({ value: String(y), label: t('plans.fiscalYearN', { year: y }) })), ...(years.length > 1 ? [{ value: WHOLE_PLAN, label: t('plans.report.wholePlan', { years: planYearsText(plan) }) }] : [])]}
          value={year}
          onChange={(v) => v && setChosen(v)}
          allowDeselect={false}
          w={260}
        />
      </Group>
      <DocumentActionBar busy={actions.busy} profile={profile} ready={!!report} pdfLabel={t('plans.report.exportPdf')} xlsxLabel={t('plans.report.exportXlsx')} onRun={run} />
      {report && (
        <>
          <Text my="sm" data-testid="plan-report-total">
            {t('plans.report.totalLine', { work: formatNumber(sum(report.total)), uses: formatNumber(report.total.uses), reach: formatNumber(report.total.reach) })}
          </Text>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t('plans.report.byTheme')}
          </Title>
          <DataTable
            framed
            striped
            testId="plan-report-themes"
            headings={[
              t('plans.report.themeTopic'),
              ...COUNTED_TABLES.map((k) => ({ label: t(`plans.report.kinds.${k}`), ta: 'right' as const })),
              { label: t('plans.report.total'), ta: 'right' },
              { label: t('plans.report.uses'), ta: 'right' },
              { label: t('plans.report.reach'), ta: 'right' },
            ]}
          >
            {report.themes.flatMap((theme, i) => [
              <TallyRow key={theme.themeId} label={`${i + 1}. ${theme.name}`} tally={theme} bold />,
              ...theme.topics.map((topic, j) => <TallyRow key={`${theme.themeId}:${topic.topicId ?? '-'}`} label={`${i + 1}.${j + 1} ${topic.name || t('plans.report.noTopic')}`} tally={topic} indent />),
            ])}
            <TallyRow label={t('plans.report.planTotal')} tally={report.total} bold />
          </DataTable>
          <Text size="xs" c="dimmed" mt={4}>
            {REACH_RULE_TH}
          </Text>
          {report.themes.some((theme) => theme.missions.length > 0) && (
            <Text size="sm" mt="xs">
              {t('plans.report.missions')}: {report.themes.filter((x) => x.missions.length > 0).map((x) => `${x.name} (${x.missions.join(', ')})`).join('; ')}
            </Text>
          )}
          <Paper withBorder p="sm" mt="md">
            <Text fw={600} mb="xs">
              {t('plans.report.chartTitle')}
            </Text>
            <BarChart label={t('plans.report.chartTitle')} rows={chartRows(report)} />
          </Paper>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t('plans.fields.kpis')}
          </Title>
          <DataTable
            framed
            testId="plan-report-kpis"
            headings={[
              t('plans.report.kpi'),
              t('plans.report.scope'),
              t('plans.report.source'),
              { label: t('plans.report.target'), ta: 'right' },
              { label: t('plans.report.actual'), ta: 'right' },
              { label: t('plans.report.percent'), ta: 'right' },
              t('plans.report.light'),
            ]}
          >
            {report.kpis.map((kpi) => (
              <Table.Tr key={kpi.id} data-testid="plan-report-kpi">
                <Table.Td>{kpi.name}</Table.Td>
                <Table.Td>{kpi.themeName ? [kpi.themeName, kpi.topicName].filter(Boolean).join(' / ') : t('plans.editor.wholePlan')}</Table.Td>
                <Table.Td>{t(`plans.sources.${kpi.source}`)}</Table.Td>
                <Table.Td ta="right">{kpi.target === null ? '-' : `${kpi.direction === 'at-most' ? t('plans.report.atMost') : ''}${formatNumber(kpi.target)} ${kpi.unit}`}</Table.Td>
                <Table.Td ta="right">{kpi.actual === null ? '-' : `${formatNumber(kpi.actual)} ${kpi.unit}`}</Table.Td>
                <Table.Td ta="right">{kpi.percent === null ? '-' : formatNumber(kpi.percent)}</Table.Td>
                <Table.Td>
                  {/* Colour and word: the light reads on a black-and-white photocopy too. */}
                  <Badge color={LIGHT_COLOR[kpi.light]} variant="filled" radius="sm" style={{ textTransform: 'none' }} data-light={kpi.light}>
                    {kpiLightText(kpi.light, report.period.finished)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Text size="xs" c="dimmed" mt={4}>
            {LIGHT_RULE_TH}
          </Text>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t('plans.report.workTitle', { count: report.work.length })}
          </Title>
          <DataTable framed striped testId="plan-report-work" headings={[t('plans.fields.date'), t('plans.report.kind'), t('plans.report.workTitleColumn'), t('plans.report.themeTopic')]}>
            {report.work.slice(0, 200).map((w) => (
              <Table.Tr key={`${w.table}:${w.recordId}`}>
                <Table.Td>
                  <ThaiDateText value={w.date} />
                </Table.Td>
                <Table.Td>{t(`plans.report.kinds.${w.table}`)}</Table.Td>
                <Table.Td>{w.title}</Table.Td>
                <Table.Td>{[w.themeName, w.topicName].filter(Boolean).join(' / ')}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          {report.work.length > 200 && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('plans.report.moreInWorkbook', { count: report.work.length - 200 })}
            </Text>
          )}
        </>
      )}
    </>
  );
}

function TallyRow({ label, tally, bold = false, indent = false }: { label: string; tally: Tally; bold?: boolean; indent?: boolean }) {
  const formatNumber = useFormatNumber();
  return (
    <Table.Tr data-testid="plan-report-row" style={bold ? { fontWeight: 600 } : undefined}>
      <Table.Td pl={indent ? 'xl' : undefined}>{label}</Table.Td>
      {COUNTED_TABLES.map((k) => (
        <Table.Td key={k} ta="right">
          {formatNumber(tally.counts[k])}
        </Table.Td>
      ))}
      <Table.Td ta="right">{formatNumber(sum(tally))}</Table.Td>
      <Table.Td ta="right">{formatNumber(tally.uses)}</Table.Td>
      <Table.Td ta="right">{formatNumber(tally.reach)}</Table.Td>
    </Table.Tr>
  );
}
