import { useActingForDirector } from '../settings/data';
import { Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseStatus } from '../../../src-main/shared/domain/press';
import { releaseWorkflow } from '../../../src-main/shared/domain/release-workflow';
import type { PressReleaseRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { permissionText } from '../../ui/permission-text';
import { canApprove } from '../../../src-main/shared/auth/permissions';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useReleaseCommands } from './data';
import { notifySaveFailed } from '../../ui/notify';

/** Each step's button colour, by the workflow's event (press.step.<event> is its text). */
const STEP_COLORS: Partial<Record<string, string>> = { approve: 'blue', return: 'orange', publish: 'teal' };

/** The next steps a release can take from where it is, as buttons, in the workflow's order. */
function steps(status: ReleaseStatus): { to: ReleaseStatus; key: string; color?: string }[] {
  return releaseWorkflow.transitionsFrom(status).map((t) => ({ to: t.to, key: t.event, color: STEP_COLORS[t.event] }));
}

/** ร่าง → ตรวจทาน → อนุมัติ → เผยแพร่, with who did each step and when, and comments. */
export function ReleaseWorkflow({ release, staffNames }: { release: PressReleaseRecord; staffNames: Map<string, string> }) {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const { moveRelease, commentOnRelease } = useReleaseCommands();
  // The same rule the data layer enforces, asked up front so the button can say why it is off.
  const actingForDirector = useActingForDirector();
  const approval = canApprove(acting, 'release.approve', release.createdBy, actingForDirector);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      setComment('');
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifySaveFailed(t, error);
    } finally {
      setBusy(false);
    }
  };
  const embargoed = release.embargoAt !== '' && new Date(release.embargoAt) > new Date();
  return (
    <Stack gap="sm">
      <Textarea label={t('press.workflowComment')} autosize minRows={1} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
      <Group gap="xs">
        {steps(release.status).map((step) => (
          <Button
            key={step.key}
            color={step.color}
            loading={busy}
            disabled={(step.to === 'published' && embargoed) || (step.to === 'approved' && !approval.allowed)}
            onClick={() => void run(() => moveRelease(release.id, step.to, comment), t(`press.stepDone.${step.key}`))}
          >
            {t(`press.step.${step.key}`)}
          </Button>
        ))}
        <Button variant="default" disabled={!comment.trim()} loading={busy} onClick={() => void run(() => commentOnRelease(release.id, comment), t('press.commentSaved'))}>
          {t('press.addComment')}
        </Button>
      </Group>
      {release.status === 'review' && !approval.allowed && (
        <Text size="sm" c="orange" data-testid="approve-refused">
          {permissionText(t, approval)}
        </Text>
      )}
      {embargoed && release.status === 'approved' && (
        <Text size="sm" c="orange">
          {t('press.embargoed')} <ThaiDateText value={new Date(release.embargoAt)} withTime />
        </Text>
      )}
      {release.events.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} data-testid="release-events">
          {release.events.map((e, i) => (
            <Timeline.Item key={`${e.at}-${i}`} title={t(`press.event.${e.kind}`)}>
              <Text size="xs" c="dimmed">
                {staffNames.get(e.by) ?? t('press.unknownStaff')} · <ThaiDateText value={e.at} withTime />
              </Text>
              {e.comment && <Text size="sm">{e.comment}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
