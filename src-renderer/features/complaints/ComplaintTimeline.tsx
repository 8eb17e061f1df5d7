import { Button, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { ComplaintStepRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { STATUS_COLORS } from './status-colors';
import { useAgencies } from '../agencies/data';
import { useStaff } from '../settings/data';

/** Every step the complaint went through, oldest first: what, when, who, and the note. */
export function ComplaintTimeline({ steps, onRemove }: { steps: ComplaintStepRecord[]; onRemove: (step: ComplaintStepRecord) => void }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const agencies = useAgencies();
  const staffName = (id: string | null) => {
    const person = id ? staff?.find((s) => s.id === id) : undefined;
    return person ? staffDisplayName(person) : t('complaints.unknownStaff');
  };
  return (
    <Timeline active={steps.length - 1} bulletSize={18} lineWidth={2} data-testid="complaint-timeline">
      {steps.map((step) => (
        <Timeline.Item key={step.id} color={STATUS_COLORS[step.kind]} title={t(`complaints.steps.${step.kind}`)} data-testid="timeline-step" data-kind={step.kind}>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              <ThaiDateText value={step.date} format="long" /> · {staffName(step.staffId)}
            </Text>
            {step.kind !== 'received' && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(step)}>
                {t('complaints.removeStep')}
              </Button>
            )}
          </Group>
          {step.kind === 'forwarded' && (
            <Text size="sm">
              {t('complaints.forwardedTo', { agency: agencies?.find((a) => a.id === step.agencyId)?.name ?? '-', letterNo: step.letterNo })}
              {step.replyDueDate && (
                <>
                  {' · '}
                  {t('complaints.replyDue')} <ThaiDateText value={step.replyDueDate} />
                </>
              )}
            </Text>
          )}
          {step.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {step.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
