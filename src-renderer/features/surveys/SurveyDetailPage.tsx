import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';
import { PageHeader } from '../../ui/PageHeader';
import { DataEntryPanel } from './DataEntryPanel';
import { KeyedFormsPanel } from './KeyedFormsPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { SurveyBuilder } from './SurveyBuilder';
import { SURVEY_TABS, SurveyTabs, type SurveyTab } from './SurveyTabs';
import { useSurvey } from './data';
import { ErrorAlert } from '../../ui/ErrorAlert';

export function SurveyDetailPage() {
  const { t } = useTranslation();
  const { surveyId, tab } = useParams();
  const survey = useSurvey(surveyId);
  const [confirming, setConfirming] = useState(false);
  if (survey === undefined) return null;
  if (survey === null || survey.deleted) return <Navigate to="/surveys" replace />;
  const active: SurveyTab = (SURVEY_TABS as readonly string[]).includes(tab ?? '') ? (tab as SurveyTab) : 'build';
  return (
    <>
      <PageHeader
        title={survey.title}
        subtitle={t('surveys.versionN', { n: survey.version })}
        actions={
          !survey.superseded && (
            <Button variant="light" leftSection={<IconDeviceDesktop size={18} />} onClick={() => setConfirming(true)}>
              {t('surveys.kiosk.start')}
            </Button>
          )
        }
      />
      <StartKioskModal surveyId={survey.id} opened={confirming} onClose={() => setConfirming(false)} />
      {survey.superseded && (
        <Text c="orange" mb="sm">
          {t('surveys.supersededHint')}
        </Text>
      )}
      <SurveyTabs surveyId={survey.id} active={active} />
      {active === 'build' && <SurveyBuilder key={survey.id} survey={survey} />}
      {active === 'entry' && <DataEntryPanel key={survey.id} survey={survey} />}
      {active === 'forms' && <KeyedFormsPanel key={survey.id} survey={survey} />}
      {active === 'stats' && <StatisticsPanel survey={survey} />}
    </>
  );
}

/** Kiosk mode is confirmed first: it signs the person out and holds the window until a staff PIN. */
function StartKioskModal({ surveyId, opened, onClose }: { surveyId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { kiosk } = useAppData();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await kiosk.start(surveyId);
    } catch (e) {
      setError(saveErrorText(t, e));
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('surveys.kiosk.confirmTitle')} centered>
      <Stack>
        <Text>{t('surveys.kiosk.confirmText')}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void start()} loading={busy}>
            {t('surveys.kiosk.confirmStart')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
