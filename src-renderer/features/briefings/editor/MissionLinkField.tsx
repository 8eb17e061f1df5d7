import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../../session/app-data';
import { saveErrorText } from '../../../ui/field-error';
import { linkRecord } from '../../missions';

/**
 * Which mission (normally ภารกิจที่ 6, spokesperson work) and task this briefing or conference
 * served: a work link, so the mission report counts it without retyping.
 */
export function MissionLinkField({ recordId, title, date }: { recordId: string; title: string; date: string }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const missions = useLiveQuery(async () => (await db.missions.toArray()).filter((m) => !m.deleted && !m.archived).sort((a, b) => a.no - b.no), [db]);
  const tasks = useLiveQuery(async () => (await db.tasks.toArray()).filter((task) => !task.deleted), [db]);
  const link = useLiveQuery(async () => (await db.workLinks.where('[module+recordId]').equals(['briefing', recordId]).toArray()).find((l) => !l.deleted) ?? null, [db, recordId]);
  const taskOptions = (tasks ?? []).filter((task) => task.missionId === link?.missionId).map((task) => ({ value: task.id, label: task.title }));

  const save = async (target: { missionId: string; taskId: string | null } | null) => {
    try {
      await linkRecord(db, { module: 'briefing', recordId, title, date }, target);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };

  return (
    <>
      <Select
        label={t('briefings.fields.mission')}
        placeholder={t('briefings.noMission')}
        clearable
        searchable
        data={(missions ?? []).map((m) => ({ value: m.id, label: `${m.no}. ${m.title}` }))}
        value={link?.missionId ?? null}
        onChange={(missionId) => void save(missionId ? { missionId, taskId: null } : null)}
      />
      {link && taskOptions.length > 0 && (
        <Select
          label={t('briefings.fields.task')}
          clearable
          searchable
          data={taskOptions}
          value={link.taskId}
          onChange={(taskId) => void save({ missionId: link.missionId, taskId })}
        />
      )}
    </>
  );
}
