import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { BarChart } from '../../ui/charts/BarChart';
import { ImportCsvButton } from './ImportCsvButton';
import { ReportPdfButtons } from './ReportPdfButtons';
import { responsesCsv } from './model/response-csv';
import { countedResponses, doubleEntrySummary, pairKeyings } from './model/double-entry';
import { computeSurveyStats, crossTabulate, type MeanSd } from './model/statistics';
import { fixed2, percentLabel, writeThaiSummary } from './model/summary';
import { useFileSave } from './use-file-save';
import { useResponses } from './data';
import { DataTable } from '../../ui/DataTable';
import { TitledPanel } from '../../ui/TitledPanel';
import { useFormatNumber } from '../../ui/use-format-number';

function RatingCells({ r }: { r: MeanSd | null }) {
  return (
    <>
      <Table.Td ta="right">{r?.meanRounded != null ? fixed2(r.meanRounded) : '–'}</Table.Td>
      <Table.Td ta="right">{r?.sd != null ? fixed2(r.sd) : '–'}</Table.Td>
      <Table.Td>{r?.band ?? '–'}</Table.Td>
    </>
  );
}

/** Results: summary paragraph, mean/S.D./ระดับ tables, frequencies with bars, cross-tab, open answers, exports. */
export function StatisticsPanel({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const stored = useResponses(survey.id);
  // What counts (double-entry.ts): first keyings; with double entry only forms whose keyings agree.
  const responses = useMemo(() => (stored ? countedResponses(survey, stored) : undefined), [survey, stored]);
  const awaiting = useMemo(() => (stored && survey.doubleEntry ? doubleEntrySummary(pairKeyings(survey, stored)) : null), [survey, stored]);
  const formatNumber = useFormatNumber();
  const saveFile = useFileSave();
  const stats = useMemo(() => (responses ? computeSurveyStats(survey, responses) : null), [survey, responses]);
  const profileQuestions = survey.questions.filter((q) => q.profile || q.type === 'single');
  const targets = survey.questions.filter((q) => q.options.length > 0);
  const [byId, setById] = useState<string | null>(profileQuestions[0]?.id ?? null);
  const [targetId, setTargetId] = useState<string | null>(survey.questions.find((q) => q.type === 'rating')?.id ?? null);
  const tab = useMemo(() => (responses && byId && targetId ? crossTabulate(survey, responses, byId, targetId) : null), [survey, responses, byId, targetId]);
  if (!responses || !stats) return null;

  const exportCsv = (labels: boolean) =>
    void saveFile(
      new TextEncoder().encode(responsesCsv(survey, responses, labels)),
      `${survey.title} ${labels ? t('surveys.export.labelsSuffix') : t('surveys.export.codesSuffix')}.csv`,
    );

  const ratingSections = stats.sections.filter((s) => s.rating);
  return (
    <Stack>
      <Group>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={() => exportCsv(true)}>
          {t('surveys.export.csvLabels')}
        </Button>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={() => exportCsv(false)}>
          {t('surveys.export.csvCodes')}
        </Button>
        <ImportCsvButton survey={survey} />
      </Group>
      <Text size="sm" data-testid="stats-basis">
        {t('surveys.stats.basis', { counted: formatNumber(stats.respondents), partial: formatNumber(stats.partial) })}
        {awaiting && ` · ${t('surveys.double.statsNotCounted', { single: formatNumber(awaiting.single), awaiting: formatNumber(awaiting.awaiting) })}`}
      </Text>
      {stats.respondents === 0 ? (
        <EmptyState title={t('surveys.stats.none')} description={t('surveys.stats.noneHint', { partial: stats.partial })} />
      ) : (
        <>
          <ReportPdfButtons survey={survey} stats={stats} responses={responses} />
          <TitledPanel title={t('surveys.stats.summary')} order={3}>
            <Text data-testid="survey-summary">{writeThaiSummary(survey.title.replace(/^แบบสอบถาม/, ''), stats)}</Text>
            <Text size="sm" c="dimmed" mt="xs">
              {t('surveys.stats.rules')}
            </Text>
          </TitledPanel>
          {ratingSections.length > 0 && (
            <TitledPanel title={t('surveys.stats.ratingTable')} order={3}>
              <DataTable testId="rating-table" headings={[t('surveys.stats.item'), { label: 'n', ta: 'right' }, { label: t('surveys.stats.mean'), ta: 'right' }, { label: 'S.D.', ta: 'right' }, t('surveys.stats.level')]}>
                {ratingSections.map((section) => (
                  <SectionRows key={section.sectionId} title={section.title} rating={section.rating} items={stats.questions.filter((q) => q.question.sectionId === section.sectionId && q.rating)} />
                ))}
                <Table.Tr fw={700}>
                  <Table.Td>{t('surveys.stats.overall')}</Table.Td>
                  <Table.Td ta="right">{stats.overall?.n}</Table.Td>
                  <RatingCells r={stats.overall} />
                </Table.Tr>
              </DataTable>
              <Text size="sm" c="dimmed" mt="xs" data-testid="sd-method">
                {t('surveys.stats.sdMethod')}
              </Text>
            </TitledPanel>
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {stats.questions
              .filter((q) => q.question.options.length > 0)
              .map((q) => (
                <Paper key={q.question.id} withBorder p="md">
                  <Text fw={700}>{q.question.text}</Text>
                  <Text size="sm" c="dimmed" mb="xs">
                    n = {q.n}
                    {q.rating?.meanRounded != null && ` · x̄ ${fixed2(q.rating.meanRounded)} · S.D. ${q.rating.sd != null ? fixed2(q.rating.sd) : '–'} · ${q.rating.band ?? ''}`}
                  </Text>
                  <BarChart label={q.question.text} rows={q.rows.map((r) => ({ label: r.label, value: r.percent, valueText: percentLabel(r) }))} maxValue={100} />
                </Paper>
              ))}
          </SimpleGrid>
          <TitledPanel title={t('surveys.stats.crossTab')} order={3}>
            <Group mb="sm">
              <Select label={t('surveys.stats.by')} value={byId} onChange={setById} data={profileQuestions.map((q) => ({ value: q.id, label: q.text }))} allowDeselect={false} />
              <Select label={t('surveys.stats.target')} value={targetId} onChange={setTargetId} data={targets.map((q) => ({ value: q.id, label: q.text }))} allowDeselect={false} />
            </Group>
            {tab && (
              <Table data-testid="cross-tab">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    {tab.columns.map((c) => (
                      <Table.Th key={c.code} ta="right">
                        {c.label}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('surveys.stats.total')}</Table.Th>
                    {tab.rowRatings.some(Boolean) && <Table.Th ta="right">{t('surveys.stats.mean')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tab.groups.map((g, gi) => (
                    <Table.Tr key={g.code}>
                      <Table.Td>{g.label}</Table.Td>
                      {tab.columns.map((c, ci) => (
                        <Table.Td key={c.code} ta="right">
                          {tab.counts[gi]?.[ci] ?? 0}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{tab.rowTotals[gi]}</Table.Td>
                      {tab.rowRatings.some(Boolean) && (
                        <Table.Td ta="right">{tab.rowRatings[gi]?.meanRounded != null ? fixed2(tab.rowRatings[gi]?.meanRounded ?? 0) : '–'}</Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </TitledPanel>
          {stats.questions
            .filter((q) => q.texts.length > 0)
            .map((q) => (
              <Paper key={q.question.id} withBorder p="md">
                <Title order={3} size="h4" mb="xs">
                  {q.question.text} ({q.texts.length})
                </Title>
                <Stack gap={4} data-testid="open-answers">
                  {q.texts.map((text, i) => (
                    <Text key={i} size="sm">
                      {i + 1}. {text}
                    </Text>
                  ))}
                </Stack>
              </Paper>
            ))}
        </>
      )}
    </Stack>
  );
}

function SectionRows({ title, rating, items }: { title: string; rating: MeanSd | null; items: ReturnType<typeof computeSurveyStats>['questions'] }) {
  return (
    <>
      <Table.Tr bg="var(--mantine-color-gray-0)" fw={600}>
        <Table.Td>{title}</Table.Td>
        <Table.Td ta="right">{rating?.n}</Table.Td>
        <RatingCells r={rating} />
      </Table.Tr>
      {items.map((q) => (
        <Table.Tr key={q.question.id}>
          <Table.Td pl="lg">{q.question.text}</Table.Td>
          <Table.Td ta="right">{q.n}</Table.Td>
          <RatingCells r={q.rating} />
        </Table.Tr>
      ))}
    </>
  );
}
