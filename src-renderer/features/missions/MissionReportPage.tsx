import { Alert, Anchor, Button, Group, MultiSelect, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalYearOf, formatThaiDateLong } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import { officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { IpcError, mainProcess } from '../../platform';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { loadLetterhead, runPdfAction } from '../documents';
import { MissionsTabs } from './MissionsTabs';
import { buildMissionReport } from './model/mission-report';
import { useMissions, usePeople, useTasks } from './data/use-mission-data';

type Half = '1' | '2' | 'year';
type Action = 'pdf' | 'preview' | 'print' | 'xlsx';

/** รายงานผลการดำเนินงาน: per mission, for a half or a whole fiscal year, as PDF or spreadsheet. */
export function MissionReportPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { thaiDigits } = useDisplayPrefs();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(new Date());
  const currentYear = fiscalYearOf(today);
  const [year, setYear] = useState(String(currentYear));
  const [half, setHalf] = useState<Half>('1');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState<Action | null>(null);
  const missions = useMissions(true);
  const tasks = useTasks();
  const people = usePeople();
  const links = useLiveQuery(async () => (await db.workLinks.toArray()).filter((l) => !l.deleted), [db]);
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const halfValue = half === 'year' ? null : (Number(half) as 1 | 2);
  const period = fiscalPeriod(Number(year), halfValue);

  const selected = useMemo(
    () => (missions ?? []).filter((m) => (chosen.length === 0 ? !m.archived : chosen.includes(m.id))),
    [missions, chosen],
  );
  const report = useMemo(() => {
    if (!tasks || !people || !links || selected.length === 0) return null;
    return buildMissionReport({
      fiscalYear: Number(year),
      half: halfValue,
      missions: selected,
      tasks,
      links,
      people,
      letterhead: { officeName: profile?.officeName ?? '', province: profile?.province ?? '', address: '', phone: '', email: '', logo: null },
      signer: { name: profile?.directorName ?? '', position: profile?.directorTitle ?? '' },
      today,
      workGroupName: (g) => t(`workGroups.${g}`, { lng: 'th' }),
    });
  }, [tasks, people, links, selected, year, halfValue, profile, today, t]);

  const profileReady = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  const run = async (action: Action) => {
    if (!report || !profile) return;
    setBusy(action);
    try {
      const document = { ...report, letterhead: await loadLetterhead(db, profile) };
      const options = { thaiDigits: profile.thaiDigits };
      const name = t('missionReport.fileName', { year, half: t(`missionReport.halfShort.${half}`) });
      if (action !== 'xlsx') {
        // The PDF actions say how they went themselves, like every other document's.
        await runPdfAction(t, action === 'pdf' ? 'export' : action, { document, options }, name);
        return;
      }
      const saved = await mainProcess().exportMissionReportXlsx({ report: document, suggestedFileName: name });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: saved.filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    } finally {
      setBusy(null);
    }
  };

  const years = Array.from({ length: 6 }, (_, i) => String(currentYear - i));
  const digits = (text: string) => applyDigitStyle(text, thaiDigits);

  return (
    <>
      <PageHeader title={t('nav.missions')} subtitle={t('modules.missions.subtitle')} />
      <MissionsTabs active="report" />
      <Group align="flex-end" mb="md">
        <Select label={t('missionReport.fiscalYear')} data={years.map((y) => ({ value: y, label: digits(y) }))} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={140} />
        <SegmentedControl
          aria-label={t('missionReport.period')}
          value={half}
          onChange={(v) => setHalf(v)}
          data={(['1', '2', 'year'] as const).map((h) => ({ value: h, label: t(`missionReport.half.${h}`) }))}
        />
        <MultiSelect
          label={t('missionReport.missions')}
          placeholder={chosen.length === 0 ? t('missionReport.allMissions') : undefined}
          data={(missions ?? []).map((m) => ({ value: m.id, label: `${m.no}. ${m.title}` }))}
          value={chosen}
          onChange={setChosen}
          clearable
          searchable
          style={{ flex: 1 }}
        />
      </Group>
      <Text c="dimmed" mb="sm" data-testid="report-period">
        {digits(t('missionReport.periodLine', { start: formatThaiDateLong(period.start), end: formatThaiDateLong(period.end) }))}
      </Text>
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
            ['pdf', IconFileTypePdf, 'missionReport.exportPdf'],
            ['preview', IconEye, 'documents.preview'],
            ['print', IconPrinter, 'documents.printAction'],
            ['xlsx', IconFileSpreadsheet, 'missionReport.exportXlsx'],
          ] as const
        ).map(([action, Icon, label]) => (
          <Button
            key={action}
            variant={action === 'pdf' ? 'filled' : 'light'}
            leftSection={<Icon size={18} />}
            loading={busy === action}
            disabled={!report || !profileReady || (busy !== null && busy !== action)}
            onClick={() => void run(action)}
          >
            {t(label)}
          </Button>
        ))}
      </Group>
      <Paper withBorder>
        <Table striped data-testid="report-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('missionReport.mission')}</Table.Th>
              <Table.Th ta="right">{t('missionReport.total')}</Table.Th>
              <Table.Th ta="right">{t('tasks.status.done')}</Table.Th>
              <Table.Th ta="right">{t('tasks.status.in-progress')}</Table.Th>
              <Table.Th ta="right">{t('tasks.status.pending')}</Table.Th>
              <Table.Th ta="right">{t('tasks.overdue')}</Table.Th>
              <Table.Th ta="right">{t('missionReport.average')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report?.missions.map((m) => (
              <Table.Tr key={m.no} data-testid="report-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t('missions.numbered', { no: m.no, title: m.title })}
                  </Text>
                  {m.tasks.slice(0, 50).map((task, i) => (
                    <Text key={i} size="xs" c="dimmed" pl={task.depth * 12} data-testid="report-task">
                      • {task.title}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.total)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.done)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.inProgress)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.pending)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.overdue)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.summary.averageProgress)}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
