import { RouteTabs } from '../../ui/RouteTabs';

export const SURVEY_TABS = ['build', 'entry', 'forms', 'stats'] as const;
export type SurveyTab = (typeof SURVEY_TABS)[number];

export function SurveyTabs({ surveyId, active }: { surveyId: string; active: SurveyTab }) {
  const tabs = SURVEY_TABS.map((tab) => ({ value: tab, to: `/surveys/s/${surveyId}/${tab}`, labelKey: `surveys.tabs.${tab}` }));
  return <RouteTabs tabs={tabs} active={active} />;
}
