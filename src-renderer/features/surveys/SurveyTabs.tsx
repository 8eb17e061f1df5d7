import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export const SURVEY_TABS = ['build', 'entry', 'stats'] as const;
export type SurveyTab = (typeof SURVEY_TABS)[number];

export function SurveyTabs({ surveyId, active }: { surveyId: string; active: SurveyTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(`/surveys/s/${surveyId}/${v ?? 'build'}`)} mb="md">
      <Tabs.List>
        {SURVEY_TABS.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`surveys.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
