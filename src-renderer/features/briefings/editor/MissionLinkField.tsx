import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MissionSelect } from '../../missions';
import { useRecordWorkLink, useTasks, useWorkLinkCommands } from '../../missions/data';
import { notifySaveFailed } from '../../../ui/notify';

/**
 * Which mission (normally ภารกิจที่ 6, spokesperson work) and task this briefing or conference
 * served: a work link, so the mission report counts it without retyping. A conference is its
 * own kind of work, not a briefing document: the report counts the two apart.
 */
export function MissionLinkField({ module, recordId, title, date }: { module: 'briefing' | 'conference'; recordId: string; title: string; date: string }) {
  const { t } = useTranslation();
  const tasks = useTasks();
  const link = useRecordWorkLink(module, recordId);
  const { linkRecord } = useWorkLinkCommands();
  const taskOptions = (tasks ?? []).filter((task) => task.missionId === link?.missionId).map((task) => ({ value: task.id, label: task.title }));

  const save = async (target: { missionId: string; taskId: string | null } | null) => {
    try {
      await linkRecord({ module, recordId, title, date }, target);
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };

  return (
    <>
      <MissionSelect
        label={t('briefings.fields.mission')}
        placeholder={t('briefings.noMission')}
        clearable
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
