import { Group, NumberInput, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THAI_MONTHS_SHORT, fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { useAgencies } from '../agencies/data';
import { missionLabel } from '../missions';
import { useMissions } from '../missions/data';
import { useOutlets, usePressStats } from './data';
import type { Count } from './model/press-stats';
import { PressTabs } from './PressTabs';
import { TitledPanel } from '../../ui/TitledPanel';

/** Fiscal months from October. */
const FISCAL_MONTHS = [9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8].map((m) => THAI_MONTHS_SHORT[m] ?? '');

function CountTable({ title, rows, name, testId }: { title: string; rows: Count[]; name: (key: string) => string; testId: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <TitledPanel title={title} size="h5">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('press.statsNone')}
        </Text>
      ) : (
        <Table data-testid={testId}>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{name(r.key)}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TitledPanel>
  );
}

/** สถิติงานข่าว for a fiscal year: per month, agency, mission; pickups per outlet. */
export function PressStatsPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [fiscalYear, setFiscalYear] = useState(() => fiscalYearOf(new Date()));
  const stats = usePressStats(fiscalYear);
  const agencies = useAgencies();
  const outlets = useOutlets();
  // Archived missions too: last year's figures count work done under them.
  const allMissions = useMissions(true);
  const missions = useMemo(() => allMissions && new Map(allMissions.map((m) => [m.id, missionLabel(m)])), [allMissions]);
  const agencyName = (key: string) => (key ? (agencies?.find((a) => a.id === key)?.name ?? key) : t('press.noAgency'));
  const outletName = (key: string) => (key.startsWith('name:') ? key.slice(5) : (outlets?.find((o) => o.id === key)?.name ?? key));
  const missionName = (key: string) => (key ? (missions?.get(key) ?? key) : t('press.noMission'));
  const max = Math.max(1, ...(stats?.perMonth ?? []));
  return (
    <>
      <PageHeader title={t('nav.press')} subtitle={t('press.statsSubtitle')} />
      <PressTabs active="stats" />
      <Group mb="md" align="flex-end">
        <NumberInput label={t('press.fiscalYear')} value={fiscalYear} onChange={(v) => setFiscalYear(Number(v) || fiscalYear)} min={2500} max={2700} allowDecimal={false} w={160} />
        {stats && (
          <Text data-testid="stats-summary">
            {t('press.statsSummary', { released: formatNumber(stats.released), drafts: formatNumber(stats.drafts), pickups: formatNumber(stats.pickups) })}
          </Text>
        )}
      </Group>
      {stats && (
        <>
          <Paper withBorder p="md" mb="md">
            <Title order={2} size="h5" mb="xs">
              {t('press.perMonth')}
            </Title>
            <Group align="flex-end" gap={6} h={160} wrap="nowrap" data-testid="stats-per-month">
              {stats.perMonth.map((count, i) => (
                <div key={i} style={{ flex: 1, textAlign: 'center' }}>
                  <Text size="xs">{formatNumber(count)}</Text>
                  <div style={{ height: (count / max) * 110, background: 'var(--mantine-color-blue-5)', borderRadius: 3 }} aria-hidden />
                  <Text size="xs" c="dimmed">
                    {FISCAL_MONTHS[i]}
                  </Text>
                </div>
              ))}
            </Group>
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <CountTable title={t('press.perAgency')} rows={stats.perAgency} name={agencyName} testId="stats-per-agency" />
            <CountTable title={t('press.perMission')} rows={stats.perMission} name={missionName} testId="stats-per-mission" />
            <CountTable title={t('press.pickupsPerOutlet')} rows={stats.pickupsPerOutlet} name={outletName} testId="stats-pickups" />
          </SimpleGrid>
        </>
      )}
    </>
  );
}
