import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../session/app-data';
import type { SurveyRecord } from '../../data';
import { linkRecord } from '../missions';

/**
 * Which mission this survey is work under (usually mission 8/9, the evaluation missions), so the
 * mission report counts it. One link per survey; clearing the choice removes it.
 */
export function MissionLinkSelect({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const missions = useLiveQuery(async () => (await db.missions.toArray()).filter((m) => !m.deleted && !m.archived).sort((a, b) => a.no - b.no), [db]);
  const linked = useLiveQuery(
    async () => (await db.workLinks.where('[module+recordId]').equals(['survey', survey.id]).toArray()).find((l) => !l.deleted)?.missionId ?? null,
    [db, survey.id],
  );
  if (missions === undefined || linked === undefined) return null;
  return (
    <Select
      label={t('surveys.fields.mission')}
      placeholder={t('surveys.fields.noMission')}
      data={missions.map((m) => ({ value: m.id, label: `${m.no}. ${m.title}` }))}
      value={linked}
      clearable
      searchable
      onChange={(missionId) => {
        linkRecord(db, { module: 'survey', recordId: survey.id, title: survey.title, date: survey.createdAt.slice(0, 10) }, missionId ? { missionId, taskId: null } : null).catch(
          (error: unknown) => notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) }),
        );
      }}
    />
  );
}
