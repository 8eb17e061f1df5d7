import { Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { loadLetterhead } from '../documents/data';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintType } from '../../../src-main/shared/domain/complaint';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import type { ReportStatistics } from '../../../src-main/shared/pdf/complaint-report';
import { fiscalHalfOf, fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { mainProcess } from '../../platform';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { DocumentActionBar, useDocumentActions, type DocumentAction } from '../documents';
import { useAgencies } from '../agencies/data';
import { useOfficeProfile } from '../settings/data';
import { ComplaintsTabs } from './ComplaintsTabs';
import { buildComplaintReport } from './model/complaint-report';
import { useComplaintRows, useComplaintSettings} from './data';
import { FiscalYearSelect } from '../../ui/FiscalYearSelect';
import { StatCard } from '../../ui/StatCard';
import { TitledPanel } from '../../ui/TitledPanel';
import { ReportPeriodLine } from '../../ui/ReportPeriodLine';

/** รายงานสถิติเรื่องร้องเรียน รอบ 6 เดือน: on screen, as PDF on the letterhead, and as a workbook. */
export function ComplaintReportPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(new Date());
  const currentYear = fiscalYearOf(today);
  const [year, setYear] = useState(String(currentYear));
  const [half, setHalf] = useState<'1' | '2'>(String(fiscalHalfOf(today)) as '1' | '2');
  const actions = useDocumentActions();
  const rows = useComplaintRows();
  const settings = useComplaintSettings();
  const agencies = useAgencies();
  const profile = useOfficeProfile();

  const report = useMemo(() => {
    if (!rows || !settings || !agencies) return null;
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return buildComplaintReport({
      rows,
      fiscalYear: Number(year),
      half: half === '1' ? 1 : 2,
      settings,
      agencyName: (id) => names.get(id) ?? '',
      letterhead: { officeName: profile?.officeName ?? '', province: profile?.province ?? '', address: '', phone: '', email: '', logo: null },
      signer: { name: profile?.directorName ?? '', position: profile?.directorTitle ?? '' },
      today,
    });
  }, [rows, settings, agencies, year, half, profile, today]);

  const run = (action: DocumentAction) => {
    if (!report || !profile) return;
    void actions.run(action, {
      make: async () => ({ ...report, letterhead: await loadLetterhead(profile) }),
      options: { thaiDigits: profile.thaiDigits },
      fileName: t('complaints.report.fileName', { year, half: t(`complaints.report.halfShort${half}`) }),
      saveWorkbook: (document, suggestedFileName) => mainProcess().exportComplaintReportXlsx({ report: document, suggestedFileName }),
    });
  };

  const s = report?.statistics;
  const table = (title: string, items: { label: string; count: number }[], testId: string) => (
    <TitledPanel title={title} order={4} size="h6" p="sm">
      <Table data-testid={testId}>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.label}>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(item.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledPanel>
  );
  /** One type's part: its own figures and tables (ITA keeps general and corruption complaints apart). */
  const part = (type: ComplaintType, p: ReportStatistics) => (
    <TitledPanel key={type} title={t('complaints.report.typeSection', { type: t(`complaints.types.${type}`), n: formatNumber(p.total) })} order={3} size="h5" mb="md" testId={`report-part-${type}`}>
      <SimpleGrid cols={{ base: 2, md: 5 }} mb="sm">
        {(
          [
            ['total', p.total],
            ['closedOnTime', p.result.onTime],
            ['closedLate', p.result.late],
            ['openOverdue', p.result.openOverdue],
            ['replyOverdue', p.reply.overdue],
          ] as const
        ).map(([key, value]) => (
          <StatCard key={key} label={t(`complaints.report.${key}`)} value={formatNumber(value)} valueColor={(key === 'openOverdue' || key === 'replyOverdue') && value > 0 ? 'red' : undefined} valueTestId={`report-${type}-${key}`} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {table(t('complaints.fields.channel'), p.byChannel.map((c) => ({ label: t(`complaints.channels.${c.channel}`), count: c.count })), `report-${type}-by-channel`)}
        {table(t('complaints.fields.category'), p.byCategory.map((c) => ({ label: t(`complaints.categories.${c.category}`), count: c.count })), `report-${type}-by-category`)}
        {table(t('complaints.fields.status'), p.byStatus.map((c) => ({ label: t(`complaints.steps.${c.status}`), count: c.count })), `report-${type}-by-status`)}
        {table(t('complaints.report.byAgency'), p.byAgency.map((a) => ({ label: a.name, count: a.count })), `report-${type}-by-agency`)}
      </SimpleGrid>
    </TitledPanel>
  );

  return (
    <>
      <PageHeader title={t('nav.complaints')} subtitle={t('complaints.subtitle')} />
      <ComplaintsTabs active="report" />
      <Group align="flex-end" mb="md">
        <FiscalYearSelect label={t('complaints.report.fiscalYear')} currentYear={currentYear} value={year} onChange={setYear} />
        <SegmentedControl aria-label={t('complaints.period')} value={half} onChange={(v) => setHalf(v === '2' ? '2' : '1')} data={[{ value: '1', label: t('complaints.report.firstHalf') }, { value: '2', label: t('complaints.report.secondHalf') }]} />
      </Group>
      {report && <ReportPeriodLine textKey="complaints.report.periodLine" period={report.period} />}
      <DocumentActionBar busy={actions.busy} profile={profile} ready={!!report} pdfLabel={t('complaints.report.exportPdf')} xlsxLabel={t('complaints.report.exportXlsx')} onRun={run} />
      {s && report && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
            {(
              [
                ['total', s.total],
                ['closedOnTime', s.result.onTime],
                ['closedLate', s.result.late],
                ['openOverdue', s.result.openOverdue],
              ] as const
            ).map(([key, value]) => (
              <StatCard key={key} label={t(`complaints.report.${key}`)} value={formatNumber(value)} valueTestId={`report-${key}`} />
            ))}
          </SimpleGrid>
          <Text mb="md" data-testid="report-average">
            {s.averageDaysToClose === null ? t('complaints.report.noneClosed') : t('complaints.report.averageDays', { days: formatNumber(s.averageDaysToClose) })}
          </Text>
          {table(t('complaints.report.byType'), report.byType.map((p) => ({ label: t(`complaints.types.${p.type}`), count: p.statistics.total })), 'report-by-type')}
          <Stack mt="md" gap={0}>
            {report.byType.map((p) => part(p.type, p.statistics))}
          </Stack>
        </>
      )}
    </>
  );
}
