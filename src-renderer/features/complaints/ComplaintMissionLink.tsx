import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';
import { linkRecord } from '../missions';

/**
 * Counts the complaint as work under a mission (usually 10, "ดำเนินโครงการประชาสัมพันธ์ตามที่
 * กรมฯ/จังหวัดมอบหมาย"), so the mission report shows it without retyping.
 */
export function ComplaintMissionLink({ complaint, title }: { complaint: ComplaintRecord; title: string }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const missions = useLiveQuery(async () => (await db.missions.orderBy('order').toArray()).filter((m) => !m.deleted && !m.archived), [db]);
  const linked = useLiveQuery(
    async () => (await db.workLinks.where('[module+recordId]').equals(['complaint', complaint.id]).toArray()).find((l) => !l.deleted)?.missionId ?? null,
    [db, complaint.id],
  );
  const change = (missionId: string | null) => {
    linkRecord(db, { module: 'complaint', recordId: complaint.id, title, date: complaint.receivedDate }, missionId ? { missionId, taskId: null } : null)
      .then(() => notifications.show({ color: 'teal', message: missionId ? t('complaints.linked') : t('complaints.unlinked') }))
      .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
  };
  return (
    <Select
      label={t('complaints.mission')}
      placeholder={t('complaints.noMission')}
      clearable
      searchable
      data={(missions ?? []).map((m) => ({ value: m.id, label: t('complaints.missionOption', { no: m.no, title: m.title }) }))}
      value={linked ?? null}
      onChange={change}
      comboboxProps={{ width: 560, position: 'bottom-start' }}
    />
  );
}
