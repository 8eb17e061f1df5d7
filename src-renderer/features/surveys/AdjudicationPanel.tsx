import { Alert, Button, Group, Paper, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../src-main/shared/domain/survey';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveErrorText } from '../../ui/field-error';
import { useFormatNumber } from '../../ui/use-format-number';
import { useStaffNames } from '../settings/data';
import { answerText, parseTypedAnswer } from './model/answer-text';
import { doubleEntrySummary, pairKeyings, type PaperForm } from './model/double-entry';
import { pruneHidden } from './model/entry';
import { useSurveyCommands } from './data';

/**
 * Double entry: how many paper forms are keyed once, agree, or await a decision, and for each
 * form whose keyings differ, the differing questions side by side. The adjudicator takes one
 * keying's value or types the right one; both keyings are then saved with the decided answers.
 */
export function AdjudicationPanel({ survey, responses }: { survey: SurveyRecord; responses: SurveyResponseRecord[] }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const forms = pairKeyings(survey, responses);
  const summary = doubleEntrySummary(forms);
  const waiting = forms.filter((f) => f.state === 'differ' || f.state === 'duplicate');
  return (
    <Paper withBorder p="md" data-testid="adjudication">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('surveys.double.title')}
        </Title>
        <Text fw={600} data-testid="double-entry-summary">
          {t('surveys.double.summary', { single: formatNumber(summary.single), agree: formatNumber(summary.agree), awaiting: formatNumber(summary.awaiting) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('surveys.double.countsHint')}
        </Text>
        {waiting.length === 0 && <Text c="teal">{t('surveys.double.nothingWaiting')}</Text>}
        {waiting.map((form) =>
          form.state === 'duplicate' ? (
            <Alert key={form.serial} color="red" title={t('surveys.double.duplicateTitle', { serial: form.serial })}>
              {t('surveys.double.duplicateHint')}
            </Alert>
          ) : (
            <FormDecision key={`${form.serial}-${form.first?.updatedAt ?? ''}-${form.second?.updatedAt ?? ''}`} survey={survey} form={form} />
          ),
        )}
      </Stack>
    </Paper>
  );
}

type Choice = 'first' | 'second' | 'typed';

function FormDecision({ survey, form }: { survey: SurveyRecord; form: PaperForm<SurveyResponseRecord> }) {
  const { t } = useTranslation();
  const names = useStaffNames();
  const { adjudicate } = useSurveyCommands();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { first, second } = form;
  if (!first || !second) return null;
  const who = (id: string) => names.get(id) ?? t('history.unknownActor');
  const blank = t('surveys.double.blank');

  const decide = async () => {
    const decided: Record<string, Answer | undefined> = { ...first.answers };
    for (const d of form.differences) {
      const choice = choices[d.questionId];
      const label = d.question?.text ?? d.questionId;
      if (!choice) return setError(t('surveys.double.chooseAll', { question: label }));
      if (choice === 'typed') {
        const parsed = parseTypedAnswer(d.question, typed[d.questionId] ?? '');
        if (!parsed) return setError(t('surveys.double.badTyped', { question: label }));
        decided[d.questionId] = parsed.value;
      } else decided[d.questionId] = choice === 'first' ? d.first : d.second;
    }
    setBusy(true);
    setError(null);
    try {
      await adjudicate(survey, first.id, second.id, pruneHidden(survey, decided));
    } catch (e) {
      setError(saveErrorText(t, e));
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" data-testid={`decide-${form.serial}`}>
      <Stack gap="xs">
        <Text fw={700}>{t('surveys.double.formTitle', { serial: form.serial, n: form.differences.length })}</Text>
        {form.statusDiffers && (
          <Text size="sm" c="orange.8">
            {t('surveys.double.statusDiffers', { first: t(`surveys.forms.status.${first.status}`), second: t(`surveys.forms.status.${second.status}`) })}
          </Text>
        )}
        {form.differences.length > 0 && (
          <DataTable
            testId={`differences-${form.serial}`}
            headings={[t('surveys.double.question'), t('surveys.double.firstBy', { name: who(first.createdBy) }), t('surveys.double.secondBy', { name: who(second.createdBy) }), t('surveys.double.decision')]}
          >
            {form.differences.map((d) => {
              const index = survey.questions.findIndex((q) => q.id === d.questionId);
              const label = d.question ? `${index + 1}. ${d.question.text}` : d.questionId;
              const choice = choices[d.questionId];
              return (
                <Table.Tr key={d.questionId} data-testid={`difference-${d.questionId}`}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{answerText(d.question, d.first) ?? blank}</Table.Td>
                  <Table.Td>{answerText(d.question, d.second) ?? blank}</Table.Td>
                  <Table.Td>
                    <Radio.Group
                      aria-label={t('surveys.double.decisionOf', { question: label })}
                      value={choice ?? null}
                      onChange={(v) => setChoices((c) => ({ ...c, [d.questionId]: v }))}
                    >
                      <Group gap="sm">
                        <Radio value="first" label={t('surveys.double.takeFirst')} />
                        <Radio value="second" label={t('surveys.double.takeSecond')} />
                        <Radio value="typed" label={t('surveys.double.typeValue')} />
                      </Group>
                    </Radio.Group>
                    {choice === 'typed' && (
                      <TextInput
                        mt={4}
                        size="xs"
                        aria-label={t('surveys.double.typedOf', { question: label })}
                        placeholder={d.question && d.question.options.length > 0 ? t('surveys.double.typedCodes') : undefined}
                        value={typed[d.questionId] ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setTyped((v) => ({ ...v, [d.questionId]: value }));
                        }}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button onClick={() => void decide()} loading={busy}>
            {t('surveys.double.save', { serial: form.serial })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
