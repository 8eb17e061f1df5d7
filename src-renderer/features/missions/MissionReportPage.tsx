import { Group, MultiSelect, SegmentedControl, Table, Text } from '@mantine/core';
import { loadLetterhead } from '../documents/data';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { mainProcess } from '../../platform';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { DocumentActionBar, useDocumentActions, type DocumentAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { MissionsTabs } from './MissionsTabs';
import { buildMissionReport } from './model/mission-report';
import { useMissions, usePeople, useTasks } from './data';
import { useMissionWork } from './data/use-mission-work';
import { MissionReportWork } from './MissionReportWork';
import { missionLabel } from './model/mission-label';
import { DataTable } from '../../ui/DataTable';
import { FiscalYearSelect } from '../../ui/FiscalYearSelect';
import { ReportPeriodLine } from '../../ui/ReportPeriodLine';

type Half = '1' | '2' | 'year';

/** รายงานผลการดำเนินงาน: per mission, for a half or a whole fiscal year, as PDF or spreadsheet. */
export function MissionReportPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const today = localIsoDate(new Date());
  const currentYear = fiscalYearOf(today);
  const [year, setYear] = useState(String(currentYear));
  const [half, setHalf] = useState<Half>('1');
  const [chosen, setChosen] = useState<string[]>([]);
  const actions = useDocumentActions();
  const missions = useMissions(true);
  const tasks = useTasks();
  const people = usePeople();
  const profile = useOfficeProfile();
  const halfValue = half === 'year' ? null : (Number(half) as 1 | 2);
  const period = fiscalPeriod(Number(year), halfValue);
  const work = useMissionWork(period);

  const selected = useMemo(
    () => (missions ?? []).filter((m) => (chosen.length === 0 ? !m.archived : chosen.includes(m.id))),
    [missions, chosen],
  );
  const report = useMemo(() => {
    if (!tasks || !people || !work || selected.length === 0) return null;
    return buildMissionReport({
      fiscalYear: Number(year),
      half: halfValue,
      missions: selected,
      tasks,
      work,
      people,
      letterhead: { officeName: profile?.officeName ?? '', province: profile?.province ?? '', address: '', phone: '', email: '', logo: null },
      signer: { name: profile?.directorName ?? '', position: profile?.directorTitle ?? '' },
      today,
      workGroupName: (g) => t(`workGroups.${g}`, { lng: 'th' }),
    });
  }, [tasks, people, work, selected, year, halfValue, profile, today, t]);

  // The PDF actions say how they went themselves, like every other document's.
  const run = (action: DocumentAction) => {
    if (!report || !profile) return;
    void actions.run(action, {
      make: async () => ({ ...report, letterhead: await loadLetterhead(profile) }),
      options: { thaiDigits: profile.thaiDigits },
      fileName: t('missionReport.fileName', { year, half: t(`missionReport.halfShort.${half}`) }),
      saveWorkbook: (document, suggestedFileName) => mainProcess().exportMissionReportXlsx({ report: document, suggestedFileName }),
    });
  };

  return (
    <>
      <PageHeader title={t('nav.missions')} subtitle={t('modules.missions.subtitle')} />
      <MissionsTabs active="report" />
      <Group align="flex-end" mb="md">
        <FiscalYearSelect label={t('missionReport.fiscalYear')} currentYear={currentYear} value={year} onChange={setYear} />
        <SegmentedControl
          aria-label={t('missionReport.period')}
          value={half}
          onChange={(v) => setHalf(v)}
          data={(['1', '2', 'year'] as const).map((h) => ({ value: h, label: t(`missionReport.half.${h}`) }))}
        />
        <MultiSelect
          label={t('missionReport.missions')}
          placeholder={chosen.length === 0 ? t('missionReport.allMissions') : undefined}
          data={(missions ?? []).map((m) => ({ value: m.id, label: missionLabel(m) }))}
          value={chosen}
          onChange={setChosen}
          clearable
          searchable
          style={{ flex: 1 }}
        />
      </Group>
      <ReportPeriodLine textKey="missionReport.periodLine" period={period} />
      <DocumentActionBar busy={actions.busy} profile={profile} ready={!!report} pdfLabel={t('missionReport.exportPdf')} xlsxLabel={t('missionReport.exportXlsx')} onRun={run} />
      <DataTable striped testId="report-preview" framed headings={[t('missionReport.mission'), { label: t('missionReport.total'), ta: 'right' }, { label: t('tasks.status.done'), ta: 'right' }, { label: t('tasks.status.in-progress'), ta: 'right' }, { label: t('tasks.status.pending'), ta: 'right' }, { label: t('tasks.overdue'), ta: 'right' }, { label: t('missionReport.average'), ta: 'right' }]}>
        {report?.missions.map((m) => (
          <Table.Tr key={m.no} data-testid="report-row">
            <Table.Td>
              <Text size="sm" fw={600}>
                {t('missions.numbered', { no: m.no, title: m.title })}
              </Text>
              <MissionReportWork mission={m} />
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
      </DataTable>
    </>
  );
}
