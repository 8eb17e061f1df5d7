import { Button, Text } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { DataEntryPanel } from './DataEntryPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { SurveyBuilder } from './SurveyBuilder';
import { SURVEY_TABS, SurveyTabs, type SurveyTab } from './SurveyTabs';
import { useSurvey } from './use-survey-data';

export function SurveyDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { surveyId, tab } = useParams();
  const survey = useSurvey(surveyId);
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
            <Button variant="light" leftSection={<IconDeviceDesktop size={18} />} onClick={() => void navigate(`/kiosk/${survey.id}`)}>
              {t('surveys.kiosk.start')}
            </Button>
          )
        }
      />
      {survey.superseded && (
        <Text c="orange" mb="sm">
          {t('surveys.supersededHint')}
        </Text>
      )}
      <SurveyTabs surveyId={survey.id} active={active} />
      {active === 'build' && <SurveyBuilder key={survey.id} survey={survey} />}
      {active === 'entry' && <DataEntryPanel key={survey.id} survey={survey} />}
      {active === 'stats' && <StatisticsPanel survey={survey} />}
    </>
  );
}
