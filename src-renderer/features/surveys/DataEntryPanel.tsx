import { Alert, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRecord } from '../../data';
import { useFormatNumber } from '../../ui/use-format-number';
import { nextSerial } from './model/entry';
import { ResponseErasurePanel } from './ResponseErasurePanel';
import { ResponseForm } from './ResponseForm';
import { useResponses } from './data';

/** Keying in paper questionnaires: the running count on top, the form below. */
export function DataEntryPanel({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const responses = useResponses(survey.id);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [lastSerial, setLastSerial] = useState<string | null>(null);
  if (survey.superseded)
    return (
      <>
        <Alert color="orange">{t('surveys.supersededHint')}</Alert>
        {/* An older version's questionnaires are still someone's answers. */}
        <ResponseErasurePanel survey={survey} />
      </>
    );
  if (!responses) return null;
  const finals = responses.filter((r) => r.status === 'final').length;
  return (
    <>
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between">
          <Text fw={700} data-testid="entry-count">
            {t('surveys.entry.count', { total: formatNumber(responses.length), final: formatNumber(finals), partial: formatNumber(responses.length - finals) })}
          </Text>
          {lastSaved && (
            <Text c="teal" role="status">
              {lastSaved}
            </Text>
          )}
        </Group>
      </Paper>
      <ResponseForm
        key={round}
        survey={survey}
        mode="keyed"
        suggestedSerial={nextSerial([...responses.map((r) => r.serial), ...(lastSerial ? [lastSerial] : [])])}
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
