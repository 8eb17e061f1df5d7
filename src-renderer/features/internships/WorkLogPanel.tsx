import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { workLogSchema } from '../../../src-main/shared/domain/internship';
import type { InternRecord } from '../../data';
import { canActAsMentor } from '../../../src-main/shared/auth/permissions';
import { permissionText } from '../../ui/permission-text';
import { useAppData } from '../../session/app-data';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useTasks } from '../missions/data';
import { useInternshipCommands, useWorkLog } from './data';
import { notifySaveFailed } from '../../ui/notify';
import { issueErrors } from '../../ui/issue-errors';

/** บันทึกการปฏิบัติงาน: what the intern did each day, optionally under a mission task; the mentor approves. */
export function WorkLogPanel({ intern }: { intern: InternRecord }) {
  const { t } = useTranslation();
  const { currentStaff, acting } = useAppData();
  const { addWorkLog, approveWorkLog } = useInternshipCommands();
  // Only the intern's assigned mentor approves (the data layer refuses anyone else too).
  const asMentor = canActAsMentor(acting, 'workLog.approve', intern.mentorId);
  const entries = useWorkLog(intern.id);
  const allTasks = useTasks();
  const tasks = useMemo(() => allTasks?.filter((task) => task.status !== 'cancelled'), [allTasks]);
  const [date, setDate] = useState<string | null>(localIsoDate(new Date()));
  const [text, setText] = useState('');
  const [taskId, setTaskId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const taskTitle = new Map((tasks ?? []).map((task) => [task.id, task.title]));
  const fail = (error: unknown) => notifySaveFailed(t, error);

  const add = async () => {
    const parsed = workLogSchema.safeParse({ internId: intern.id, date, text, taskId, approvedBy: null, approvedAt: null });
    if (!parsed.success) {
      setErrors(issueErrors(t, parsed.error.issues));
      return;
    }
    try {
      await addWorkLog(parsed.data);
      setText('');
      setTaskId(null);
      setErrors({});
    } catch (error) {
      fail(error);
    }
  };
  const approve = (id: string) => {
    if (!currentStaff) {
      notifications.show({ color: 'orange', message: t('internships.chooseUserToApprove') });
      return;
    }
    approveWorkLog(id, currentStaff.id).catch(fail);
  };

  return (
    <Stack gap="xs" data-testid="work-log">
      {!asMentor.allowed && (entries ?? []).some((entry) => !entry.approvedAt) && (
        <Text size="sm" c="orange" data-testid="work-log-approve-refused">
          {permissionText(t, asMentor)}
        </Text>
      )}
      <Group align="flex-start" gap="xs">
        <ThaiDateInput aria-label={t('internships.logDate')} value={date} onChange={setDate} error={errors.date} w={170} />
        <Textarea aria-label={t('internships.logText')} placeholder={t('internships.logPlaceholder')} autosize minRows={1} value={text} onChange={(e) => setText(e.currentTarget.value)} error={errors.text} style={{ flex: 1 }} />
        <Select
          aria-label={t('internships.logTask')}
          placeholder={t('internships.logTask')}
          clearable
          searchable
          data={(tasks ?? []).map((task) => ({ value: task.id, label: task.title }))}
          value={taskId}
          onChange={setTaskId}
          w={260}
        />
        <Button onClick={() => void add()}>{t('internships.addLog')}</Button>
      </Group>
      {entries?.length === 0 && <Text c="dimmed">{t('internships.noLog')}</Text>}
      {entries?.map((entry) => (
        <Paper key={entry.id} withBorder p="xs" data-testid="work-log-entry">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                <ThaiDateText value={entry.date} format="long" />
                {entry.taskId && ` · ${t('internships.underTask', { title: taskTitle.get(entry.taskId) ?? '' })}`}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.text}
              </Text>
            </Stack>
            {entry.approvedAt ? (
              <Badge color="teal" variant="light">
                {t('internships.approved')}
              </Badge>
            ) : (
              <Button size="compact-sm" variant="light" disabled={!asMentor.allowed} onClick={() => approve(entry.id)}>
                {t('internships.approve')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
