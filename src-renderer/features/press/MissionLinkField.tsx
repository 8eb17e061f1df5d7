import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MissionSelect } from '../missions';
import { useRecordWorkLink, useTasks, useWorkLinkCommands } from '../missions/data';
import { notifySaveFailed } from '../../ui/notify';

/**
 * Which mission (and task) a release or request counts for. One live link per record
 * (linkRecord moves it), so the mission report never counts a release twice.
 */
export function MissionLinkField({ recordId, title, date }: { recordId: string; title: string; date: string }) {
  const { t } = useTranslation();
  const link = useRecordWorkLink('press', recordId);
  const missionId = link?.missionId ?? null;
  const allTasks = useTasks();
  const tasks = useMemo(() => (missionId ? allTasks?.filter((x) => x.missionId === missionId) : []), [allTasks, missionId]);
  const { linkRecord } = useWorkLinkCommands();
  const save = async (target: { missionId: string; taskId: string | null } | null) => {
    try {
      await linkRecord({ module: 'press', recordId, title, date }, target);
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  return (
    <Group grow align="flex-start">
      <MissionSelect
        includeArchived
        label={t('press.fields.mission')}
        value={missionId}
        onChange={(v) => void save(v ? { missionId: v, taskId: null } : null)}
        clearable
      />
      <Select
        label={t('press.fields.task')}
        data={(tasks ?? []).map((x) => ({ value: x.id, label: x.title }))}
        value={link?.taskId ?? null}
        disabled={!missionId}
        onChange={(v) => missionId && void save({ missionId, taskId: v })}
        clearable
        searchable
      />
    </Group>
  );
}
