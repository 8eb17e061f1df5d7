import { Alert, Group, Paper, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyingOf, type Keying } from '../../../src-main/shared/domain/survey';
import type { SurveyRecord } from '../../data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveErrorText } from '../../ui/field-error';
import { useFormatNumber } from '../../ui/use-format-number';
import { doubleEntrySummary, pairKeyings } from './model/double-entry';
import { nextSerial } from './model/entry';
import { ResponseErasurePanel } from './ResponseErasurePanel';
import { ResponseForm } from './ResponseForm';
import { useResponses, useSurveyCommands } from './data';

/** Keying in paper questionnaires: the running count on top, the form below. */
export function DataEntryPanel({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const responses = useResponses(survey.id);
  const { setDoubleEntry } = useSurveyCommands();
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [lastSerial, setLastSerial] = useState<string | null>(null);
  const [keying, setKeying] = useState<Keying>('first');
  const [settingError, setSettingError] = useState<string | null>(null);
  if (survey.superseded)
    return (
      <>
        <Alert color="orange">{t('surveys.supersededHint')}</Alert>
        {/* An older version's questionnaires are still someone's answers. */}
        <ResponseErasurePanel survey={survey} />
      </>
    );
  if (!responses) return null;
  const doubleEntry = survey.doubleEntry === true;
  const activeKeying: Keying = doubleEntry ? keying : 'first';
  // The count is of paper forms (first keyings); the second keying is counted in the double-entry line.
  const firsts = responses.filter((r) => keyingOf(r) === 'first');
  const finals = firsts.filter((r) => r.status === 'final').length;
  const partials = firsts.length - finals;
  const summary = doubleEntry ? doubleEntrySummary(pairKeyings(survey, responses)) : null;
  // The second person is offered the lowest number keyed once but not yet by them: numbers only, never answers.
  const secondKeyed = new Set(responses.filter((r) => keyingOf(r) === 'second').map((r) => r.serial.trim()));
  const awaitingSecond = firsts
    .filter((r) => r.mode === 'keyed' && !secondKeyed.has(r.serial.trim()) && r.serial.trim() !== lastSerial)
    .map((r) => r.serial.trim())
    .sort((a, b) => Number(a) - Number(b));
  const suggested =
    activeKeying === 'second'
      ? (awaitingSecond[0] ?? '')
      : nextSerial([...firsts.map((r) => r.serial), ...(lastSerial ? [lastSerial] : [])]);

  const toggle = async (on: boolean) => {
    setSettingError(null);
    try {
      await setDoubleEntry(survey.id, on);
      if (!on) setKeying('first');
    } catch (e) {
      setSettingError(saveErrorText(t, e));
    }
  };

  return (
    <>
      <Paper withBorder p="sm" mb="md">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={700} data-testid="entry-count">
              {t('surveys.entry.count', { total: formatNumber(firsts.length), final: formatNumber(finals), partial: formatNumber(partials) })}
            </Text>
            {lastSaved && (
              <Text c="teal" role="status">
                {lastSaved}
              </Text>
            )}
          </Group>
          {partials > 0 && (
            <Text size="sm" c="orange.8" data-testid="entry-partial-hint">
              {t('surveys.entry.partialHint', { n: formatNumber(partials) })}
            </Text>
          )}
          <Switch
            label={t('surveys.double.setting')}
            description={t('surveys.double.settingHint')}
            checked={doubleEntry}
            onChange={(e) => void toggle(e.currentTarget.checked)}
          />
          <ErrorAlert error={settingError} />
          {summary && (
            <>
              <Text fw={600} data-testid="double-entry-summary">
                {t('surveys.double.summary', { single: formatNumber(summary.single), agree: formatNumber(summary.agree), awaiting: formatNumber(summary.awaiting) })}
              </Text>
              <SegmentedControl
                aria-label={t('surveys.double.keyingLabel')}
                value={keying}
                onChange={(v) => {
                  setKeying(v);
                  setLastSerial(null);
                  setRound((r) => r + 1);
                }}
                data={[
                  { value: 'first', label: t('surveys.double.first') },
                  { value: 'second', label: t('surveys.double.second') },
                ]}
                maw={560}
              />
              {keying === 'second' && <Text size="sm" c="dimmed">{t('surveys.double.secondHint')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
      <ResponseForm
        key={`${activeKeying}-${round}`}
        survey={survey}
        mode="keyed"
        keying={activeKeying}
        suggestedSerial={suggested}
        onSaved={(status, serial) => {
          setLastSerial(serial);
          setLastSaved(t(status === 'final' ? 'surveys.entry.savedFinal' : 'surveys.entry.savedPartial'));
          setRound((r) => r + 1);
        }}
      />
      <ResponseErasurePanel survey={survey} />
    </>
  );
}
