import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalHalfOf, fiscalYearOf, formatThaiDateLong } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import { officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { IpcError, mainProcess } from '../../platform';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { loadLetterhead, runPdfAction } from '../documents';
import { ComplaintsTabs } from './ComplaintsTabs';
import { buildComplaintReport } from './model/complaint-report';
import { useAgencies, useComplaintRows, useComplaintSettings } from './use-complaint-data';

type Action = 'pdf' | 'preview' | 'print' | 'xlsx';

/** รายงานสถิติเรื่องร้องเรียน รอบ 6 เดือน: on screen, as PDF on the letterhead, and as a workbook. */
export function ComplaintReportPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { thaiDigits } = useDisplayPrefs();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(new Date());
  const currentYear = fiscalYearOf(today);
  const [year, setYear] = useState(String(currentYear));
  const [half, setHalf] = useState<'1' | '2'>(String(fiscalHalfOf(today)) as '1' | '2');
  const [busy, setBusy] = useState<Action | null>(null);
  const rows = useComplaintRows();
  const settings = useComplaintSettings();
  const agencies = useAgencies();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const digits = (text: string) => applyDigitStyle(text, thaiDigits);

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
  const profileReady = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  const run = async (action: Action) => {
    if (!report || !profile) return;
    setBusy(action);
    try {
      const document = { ...report, letterhead: await loadLetterhead(db, profile) };
      const name = t('complaints.report.fileName', { year, half: t(`complaints.report.halfShort${half}`) });
      if (action !== 'xlsx') {
        await runPdfAction(t, action === 'pdf' ? 'export' : action, { document, options: { thaiDigits: profile.thaiDigits } }, name);
        return;
      }
      const saved = await mainProcess().exportComplaintReportXlsx({ report: document, suggestedFileName: name });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: saved.filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    } finally {
      setBusy(null);
    }
  };

  const s = report?.statistics;
  const table = (title: string, items: { label: string; count: number }[], testId: string) => (
    <Paper withBorder p="sm">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
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
    </Paper>
  );

  return (
    <>
      <PageHeader title={t('nav.complaints')} subtitle={t('complaints.subtitle')} />
      <ComplaintsTabs active="report" />
      <Group align="flex-end" mb="md">
        <Select
          label={t('complaints.report.fiscalYear')}
          data={Array.from({ length: 6 }, (_, i) => String(currentYear - i)).map((y) => ({ value: y, label: digits(y) }))}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={140}
        />
        <SegmentedControl aria-label={t('complaints.period')} value={half} onChange={(v) => setHalf(v === '2' ? '2' : '1')} data={[{ value: '1', label: t('complaints.report.firstHalf') }, { value: '2', label: t('complaints.report.secondHalf') }]} />
      </Group>
      {report && (
        <Text c="dimmed" mb="sm" data-testid="report-period">
          {digits(t('complaints.report.periodLine', { start: formatThaiDateLong(report.period.start), end: formatThaiDateLong(report.period.end) }))}
        </Text>
      )}
      {!profileReady && profile !== undefined && (
        <Alert color="yellow" mb="md">
          {t('documents.needProfile')}{' '}
          <Anchor component={Link} to="/settings/office">
            {t('dashboard.completeProfile')}
          </Anchor>
        </Alert>
      )}
      <Group mb="md">
        {(
          [
            ['pdf', IconFileTypePdf, 'complaints.report.exportPdf'],
            ['preview', IconEye, 'documents.preview'],
            ['print', IconPrinter, 'documents.printAction'],
            ['xlsx', IconFileSpreadsheet, 'complaints.report.exportXlsx'],
          ] as const
        ).map(([action, Icon, label]) => (
          <Button key={action} variant={action === 'pdf' ? 'filled' : 'light'} leftSection={<Icon size={18} />} loading={busy === action} disabled={!report || !profileReady || (busy !== null && busy !== action)} onClick={() => void run(action)}>
            {t(label)}
          </Button>
        ))}
      </Group>
      {s && (
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
              <Paper withBorder p="sm" key={key}>
                <Text size="sm" c="dimmed">
                  {t(`complaints.report.${key}`)}
                </Text>
                <Title order={3} data-testid={`report-${key}`}>
                  {formatNumber(value)}
                </Title>
              </Paper>
            ))}
          </SimpleGrid>
          <Text mb="md" data-testid="report-average">
            {s.averageDaysToClose === null ? t('complaints.report.noneClosed') : t('complaints.report.averageDays', { days: formatNumber(s.averageDaysToClose) })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {table(t('complaints.fields.channel'), s.byChannel.map((c) => ({ label: t(`complaints.channels.${c.channel}`), count: c.count })), 'report-by-channel')}
            {table(t('complaints.fields.category'), s.byCategory.map((c) => ({ label: t(`complaints.categories.${c.category}`), count: c.count })), 'report-by-category')}
            {table(t('complaints.fields.status'), s.byStatus.map((c) => ({ label: t(`complaints.steps.${c.status}`), count: c.count })), 'report-by-status')}
            {table(t('complaints.report.byAgency'), s.byAgency.map((a) => ({ label: a.name, count: a.count })), 'report-by-agency')}
          </SimpleGrid>
        </>
      )}
    </>
  );
}
