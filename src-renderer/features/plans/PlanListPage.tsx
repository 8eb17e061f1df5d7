import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanRecord } from '../../data';
import { AddButton } from '../../ui/AddButton';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { usePlans } from './data';
import { planYearsText } from './model/plan-years-text';

const STATUS_COLOR = { draft: 'gray', active: 'teal', closed: 'dark' } as const;

/** แผนประชาสัมพันธ์ of the office, by fiscal year (a multi-year plan shows under each of its years). */
export function PlanListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plans = usePlans();
  const [year, setYear] = useState<string | null>(null);
  if (!plans) return null;
  const years = [...new Set(plans.flatMap((p) => Array.from({ length: p.lastFiscalYear - p.firstFiscalYear + 1 }, (_, i) => p.firstFiscalYear + i)))].sort((a, b) => b - a);
  const covers = (p: PlanRecord, y: number) => p.firstFiscalYear <= y && y <= p.lastFiscalYear;
  const shown = year ? plans.filter((p) => covers(p, Number(year))) : plans;
  return (
    <>
      <PageHeader title={t('plans.listTitle')} subtitle={t('plans.listSubtitle')} actions={<AddButton onClick={() => void navigate('/plans/new')}>{t('plans.add')}</AddButton>} />
      <Group mb="sm">
        <Select
          label={t('plans.fiscalYear')}
          placeholder={t('plans.allYears')}
          clearable
          data={years.map((y) => ({ value: String(y), label: t('plans.fiscalYearN', { year: y }) }))}
          value={year}
          onChange={setYear}
          w={220}
        />
      </Group>
      {shown.length === 0 ? (
        <EmptyState title={t('plans.empty')} />
      ) : (
        <DataTable framed headings={[t('plans.fields.title'), t('plans.fiscalYear'), t('plans.fields.kind'), t('plans.fields.status'), null]} testId="plan-list">
          {shown.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/plans/p/${p.id}/report`}>
                  {p.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('plans.counts', { themes: p.themes.length, topics: p.themes.reduce((n, th) => n + th.topics.length, 0), kpis: p.kpis.length })}
                </Text>
              </Table.Td>
              <Table.Td>{planYearsText(p)}</Table.Td>
              <Table.Td>{t(`plans.kinds.${p.kind}`)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[p.status]} variant="light">
                  {t(`plans.statuses.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-sm" variant="light" component={Link} to={`/plans/p/${p.id}/report`}>
                    {t('plans.report.open')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" component={Link} to={`/plans/p/${p.id}/edit`} aria-label={t('plans.editNamed', { title: p.title })}>
                    {t('common.edit')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
