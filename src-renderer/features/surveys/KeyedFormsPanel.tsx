import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconEye, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyingOf } from '../../../src-main/shared/domain/survey';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { confirmDanger } from '../../ui/confirm-danger';
import { DataTable } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveErrorText } from '../../ui/field-error';
import { RecordHistory } from '../../ui/RecordHistory';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useStaffNames } from '../settings/data';
import { AdjudicationPanel } from './AdjudicationPanel';
import { answerText } from './model/answer-text';
import { pairKeyings, type PaperState } from './model/double-entry';
import { ResponseForm } from './ResponseForm';
import { useResponses, useSurveyCommands } from './data';

type Filter = 'all' | 'partial';

function serialOrder(a: SurveyResponseRecord, b: SurveyResponseRecord): number {
  const x = Number(a.serial);
  const y = Number(b.serial);
  if (a.serial !== '' && b.serial !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y || keyingOf(a).localeCompare(keyingOf(b));
  return a.serial.localeCompare(b.serial, 'th') || a.createdAt.localeCompare(b.createdAt);
}

const STATE_COLOR: Record<PaperState, string> = { single: 'gray', agree: 'teal', differ: 'orange', duplicate: 'red' };

/**
 * The questionnaires keyed so far: by the number on the paper form, who keyed it and when,
 * complete or partial. One opens to be viewed, completed or corrected (saved over the same
 * record, so its history says who changed what and when) or deleted after a Thai question.
 */
export function KeyedFormsPanel({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const responses = useResponses(survey.id);
  const names = useStaffNames();
  const { device } = useAppData();
  const { deleteResponse } = useSurveyCommands();
  const [openId, setOpenId] = useState<string | null>(null);
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!responses) return null;
  const doubleEntry = survey.doubleEntry === true;
  const stateOf = new Map<string, PaperState>();
  if (doubleEntry)
    for (const form of pairKeyings(survey, responses)) for (const r of [form.first, form.second]) if (r) stateOf.set(r.id, form.state);
  const opened = openId ? responses.find((r) => r.id === openId) : undefined;
  const who = (id: string) => names.get(id) ?? t('history.unknownActor');
  const serialText = (r: SurveyResponseRecord) => r.serial || t(`surveys.forms.mode.${r.mode}`);

  const remove = (r: SurveyResponseRecord) =>
    confirmDanger(t, {
      title: t('surveys.forms.deleteTitle'),
      message: t('surveys.forms.deleteConfirm', { serial: serialText(r) }),
      confirm: t('surveys.forms.deleteButton'),
      onConfirm: () => {
        setError(null);
        deleteResponse(r.id).then(
          () => {
            setOpenId(null);
            setNotice(t('surveys.forms.deleted', { serial: serialText(r) }));
          },
          (e: unknown) => setError(saveErrorText(t, e)),
        );
      },
    });

  const history = (
    <RecordHistory
      opened={historyFor !== null}
      onClose={() => setHistoryFor(null)}
      table="surveyResponses"
      recordId={historyFor}
      thisDeviceId={device.deviceId}
      labelPrefix="surveys.forms.field"
      formatValue={(field, value) => {
        if (field === 'status' && typeof value === 'string') return t(`surveys.forms.status.${value}`);
        if (field === 'keying' && typeof value === 'string') return t(`surveys.double.${value}`);
        if (field === 'mode' && typeof value === 'string') return t(`surveys.forms.modeName.${value}`);
        if (field === 'surveyId') return value === survey.id ? survey.title : undefined;
        if (field !== 'answers' || value === null || typeof value !== 'object') return undefined;
        const entries = Object.entries(value as Record<string, never>);
        if (entries.length === 0) return t('history.empty');
        return entries
          .map(([id, v]) => {
            const index = survey.questions.findIndex((q) => q.id === id);
            return `${t('surveys.forms.itemN', { n: index + 1 })} ${answerText(survey.questions[index] ?? null, v) ?? ''}`;
          })
          .join(' · ');
      }}
      fieldOrder={['serial', 'status', 'answers']}
    />
  );

  if (opened)
    return (
      <Stack>
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Stack gap={2}>
              <Title order={3} size="h4" data-testid="opened-form-title">
                {t('surveys.forms.openedTitle', { serial: serialText(opened) })}{' '}
                <Badge color={opened.status === 'final' ? 'teal' : 'orange'} variant="light">
                  {t(`surveys.forms.status.${opened.status}`)}
                </Badge>
              </Title>
              <Text size="sm" c="dimmed">
                {t('surveys.forms.keyedBy', { name: who(opened.createdBy) })} <ThaiDateText value={opened.createdAt} withTime />
                {opened.updatedAt !== opened.createdAt && (
                  <>
                    {' · '}
                    {t('surveys.forms.changedBy', { name: who(opened.updatedBy) })} <ThaiDateText value={opened.updatedAt} withTime />
                  </>
                )}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button variant="default" onClick={() => setHistoryFor(opened.id)}>
                {t('history.title')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => remove(opened)}>
                {t('surveys.forms.deleteButton')}
              </Button>
              <Button variant="default" onClick={() => setOpenId(null)}>
                {t('surveys.forms.back')}
              </Button>
            </Group>
          </Group>
        </Paper>
        <ErrorAlert error={error} />
        <ResponseForm
          key={opened.id}
          survey={survey}
          mode="keyed"
          initial={opened}
          onSaved={(status, serial) => {
            setOpenId(null);
            setNotice(t(status === 'final' ? 'surveys.forms.savedFinal' : 'surveys.forms.savedPartial', { serial: serial || serialText(opened) }));
          }}
        />
        {history}
      </Stack>
    );

  const rows = [...responses].sort(serialOrder).filter((r) => filter === 'all' || r.status === 'partial');
  const partials = responses.filter((r) => r.status === 'partial').length;
  return (
    <Stack>
      {doubleEntry && <AdjudicationPanel survey={survey} responses={responses} />}
      {notice && (
        <Text c="teal" role="status">
          {notice}
        </Text>
      )}
      <ErrorAlert error={error} />
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('surveys.forms.title')}
        </Title>
        <SegmentedControl
          aria-label={t('surveys.forms.filter')}
          value={filter}
          onChange={(v) => setFilter(v)}
          data={[
            { value: 'all', label: t('surveys.forms.filterAll', { n: responses.length }) },
            { value: 'partial', label: t('surveys.forms.filterPartial', { n: partials }) },
          ]}
        />
      </Group>
      {rows.length === 0 ? (
        <EmptyState title={t('surveys.forms.none')} />
      ) : (
        <DataTable
          testId="keyed-forms"
          framed
          striped
          headings={[
            t('surveys.forms.serial'),
            ...(doubleEntry ? [t('surveys.forms.keying')] : []),
            t('surveys.forms.keyer'),
            t('surveys.forms.keyedAt'),
            t('surveys.forms.statusHeading'),
            ...(doubleEntry ? [t('surveys.double.stateHeading')] : []),
            null,
          ]}
        >
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid={`keyed-form-${r.serial}${keyingOf(r) === 'second' ? '-2' : ''}`}>
              <Table.Td fw={600}>{serialText(r)}</Table.Td>
              {doubleEntry && <Table.Td>{t(`surveys.double.${keyingOf(r)}Short`)}</Table.Td>}
              <Table.Td>{who(r.createdBy)}</Table.Td>
              <Table.Td>
                <ThaiDateText value={r.createdAt} withTime />
              </Table.Td>
              <Table.Td>
                <Badge color={r.status === 'final' ? 'teal' : 'orange'} variant="light">
                  {t(`surveys.forms.status.${r.status}`)}
                </Badge>
              </Table.Td>
              {doubleEntry && (
                <Table.Td>
                  {r.mode === 'keyed' ? (
                    <Badge color={STATE_COLOR[stateOf.get(r.id) ?? 'single']} variant="light">
                      {t(`surveys.double.state.${stateOf.get(r.id) ?? 'single'}`)}
                    </Badge>
                  ) : (
                    t('surveys.double.notPaired')
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconEye size={14} />}
                    aria-label={t('surveys.forms.openN', { serial: serialText(r) })}
                    onClick={() => {
                      setNotice(null);
                      setOpenId(r.id);
                    }}
                  >
                    {r.status === 'partial' ? t('surveys.forms.complete') : t('surveys.forms.open')}
                  </Button>
                  <Tooltip label={t('surveys.forms.deleteN', { serial: serialText(r) })}>
                    <ActionIcon variant="subtle" color="red" aria-label={t('surveys.forms.deleteN', { serial: serialText(r) })} onClick={() => remove(r)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {history}
    </Stack>
  );
}
