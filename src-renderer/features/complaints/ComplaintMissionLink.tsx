import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord } from '../../data';
import { MissionSelect } from '../missions';
import { useRecordWorkLink, useWorkLinkCommands } from '../missions/data';
import { notifySaveFailed } from '../../ui/notify';

/**
 * Counts the complaint as work under a mission (usually 10, "ดำเนินโครงการประชาสัมพันธ์ตามที่
 * กรมฯ/จังหวัดมอบหมาย"), so the mission report shows it without retyping.
 */
export function ComplaintMissionLink({ complaint, title }: { complaint: ComplaintRecord; title: string }) {
  const { t } = useTranslation();
  const linked = useRecordWorkLink('complaint', complaint.id)?.missionId;
  const { linkRecord } = useWorkLinkCommands();
  const change = (missionId: string | null) => {
    linkRecord({ module: 'complaint', recordId: complaint.id, title, date: complaint.receivedDate }, missionId ? { missionId, taskId: null } : null)
      .then(() => notifications.show({ color: 'teal', message: missionId ? t('complaints.linked') : t('complaints.unlinked') }))
      .catch((error: unknown) => notifySaveFailed(t, error));
  };
  return (
    <MissionSelect
      label={t('complaints.mission')}
      placeholder={t('complaints.noMission')}
      clearable
      optionLabel={(m) => t('complaints.missionOption', { no: m.no, title: m.title })}
      value={linked ?? null}
      onChange={change}
      comboboxProps={{ width: 560, position: 'bottom-start' }}
    />
  );
}
