import { Group, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MissionSelect } from '../missions';
import { useRecordWorkLink, useTasks, useWorkLinkCommands } from '../missions/data';
import { notifySaveFailed } from '../../ui/notify';

interface Props {
  /** A release ('press') or a service request ('press-request'): two kinds of work, counted apart. */
  module: 'press' | 'press-request';
  recordId: string;
  title: string;
  date: string;
  /** The request a release was written from: without a link of its own it counts there. */
  requestId?: string | null;
}

/**
 * Which mission (and task) a release or request counts for. One live link per record
 * (linkRecord moves it), so the mission report never counts a release twice. A release written
 * from a request shows the request's mission until it is given one of its own.
 */
export function MissionLinkField({ module, recordId, title, date, requestId = null }: Props) {
  const { t } = useTranslation();
  const own = useRecordWorkLink(module, recordId);
  const fromRequest = useRecordWorkLink('press-request', requestId ?? '');
  const inherited = !own && requestId ? fromRequest : null;
  const link = own ?? inherited;
  const missionId = link?.missionId ?? null;
  const allTasks = useTasks();
  const tasks = useMemo(() => (missionId ? allTasks?.filter((x) => x.missionId === missionId) : []), [allTasks, missionId]);
  const { linkRecord } = useWorkLinkCommands();
  const save = async (target: { missionId: string; taskId: string | null } | null) => {
    try {
      await linkRecord({ module, recordId, title, date }, target);
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  return (
    <>
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
      {inherited && (
        <Text size="xs" c="dimmed" mt={4} data-testid="mission-from-request">
          {t('press.missionFromRequest')}
        </Text>
      )}
    </>
  );
}
