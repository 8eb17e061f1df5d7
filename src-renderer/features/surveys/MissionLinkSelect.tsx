import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SurveyRecord } from '../../data';
import { MissionSelect } from '../missions';
import { useRecordWorkLink, useWorkLinkCommands } from '../missions/data';

/**
 * Which mission this survey is work under (usually mission 8/9, the evaluation missions), so the
 * mission report counts it. One link per survey; clearing the choice removes it.
 */
export function MissionLinkSelect({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const link = useRecordWorkLink('survey', survey.id);
  const { linkRecord } = useWorkLinkCommands();
  if (link === undefined) return null;
  const linked = link?.missionId ?? null;
  return (
    <MissionSelect
      hideUntilLoaded
      label={t('surveys.fields.mission')}
      placeholder={t('surveys.fields.noMission')}
      value={linked}
      clearable
      onChange={(missionId) => {
        linkRecord({ module: 'survey', recordId: survey.id, title: survey.title, date: survey.createdAt.slice(0, 10) }, missionId ? { missionId, taskId: null } : null).catch(
          (error: unknown) => notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) }),
        );
      }}
    />
  );
}
