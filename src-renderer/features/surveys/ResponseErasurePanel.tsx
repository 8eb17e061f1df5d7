import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRecord, SurveyResponseRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { PersonErasure } from '../privacy';
import { useResponseErasure } from './data';

/**
 * A respondent asks for their questionnaire to be erased (they wrote their name or phone in an
 * open question): found by the number on the paper form, then erased like any person's data.
 */
export function ResponseErasurePanel({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const { findBySerial, erase } = useResponseErasure();
  const [serial, setSerial] = useState('');
  const [found, setFound] = useState<SurveyResponseRecord | null | undefined>(undefined);
  const look = async () => setFound(await findBySerial(survey.id, serial));
  return (
    <Paper withBorder p="md" mt="lg" data-testid="response-privacy">
      <Stack gap="sm">
        <Title order={4}>{t('surveys.responsePrivacy.title')}</Title>
        <Group align="flex-end">
          <TextInput
            label={t('surveys.responsePrivacy.serial')}
            data-testid="erase-serial"
            value={serial}
            onChange={(e) => {
              setSerial(e.currentTarget.value);
              setFound(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void look();
            }}
          />
          <Button variant="default" onClick={() => void look()}>
            {t('surveys.responsePrivacy.find')}
          </Button>
        </Group>
        {found === null && <Text c="orange">{t('surveys.responsePrivacy.notFound', { serial: serial.trim() })}</Text>}
        {found && (
          <>
            <Text size="sm">
              {t('surveys.responsePrivacy.found', { serial: found.serial, answers: Object.keys(found.answers).length })} <ThaiDateText value={found.createdAt} withTime />
            </Text>
            <PersonErasure
              table="surveyResponses"
              recordId={found.id}
              prefix="surveys.responsePrivacy"
              values={{ serial: found.serial }}
              testIds={{ erased: 'response-erased', refused: 'response-erase-refused' }}
              erase={(reason) => erase(found.id, reason)}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
