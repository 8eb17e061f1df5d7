import { Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';
import { linkRecord } from '../missions';

/**
 * Which mission (and task) a release or request counts for. One live link per record
 * (linkRecord moves it), so the mission report never counts a release twice.
 */
export function MissionLinkField({ recordId, title, date }: { recordId: string; title: string; date: string }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const missions = useLiveQuery(async () => (await db.missions.toArray()).filter((m) => !m.deleted).sort((a, b) => a.order - b.order), [db]);
  const link = useLiveQuery(async () => (await db.workLinks.where('[module+recordId]').equals(['press', recordId]).toArray()).find((l) => !l.deleted) ?? null, [db, recordId]);
  const missionId = link?.missionId ?? null;
  const tasks = useLiveQuery(async () => (missionId ? (await db.tasks.where('missionId').equals(missionId).toArray()).filter((x) => !x.deleted) : []), [db, missionId]);
  const save = async (target: { missionId: string; taskId: string | null } | null) => {
    try {
      await linkRecord(db, { module: 'press', recordId, title, date }, target);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };
  return (
    <Group grow align="flex-start">
      <Select
        label={t('press.fields.mission')}
        data={(missions ?? []).map((m) => ({ value: m.id, label: `${m.no}. ${m.title}` }))}
        value={missionId}
        onChange={(v) => void save(v ? { missionId: v, taskId: null } : null)}
        clearable
        searchable
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
