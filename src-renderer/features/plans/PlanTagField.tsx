import { ActionIcon, Group, Select, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTagTable } from '../../../src-main/shared/domain/plan';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { isoDate } from '../../../src-main/shared/domain/validation';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import type { PlanRecord } from '../../data';
import { notifySaveFailed } from '../../ui/notify';
import { usePlans, usePlanTagCommands, useRecordPlanTags, type TaggedRecord } from './data';

export interface PlanTagFieldProps {
  table: PlanTagTable;
  recordId: string;
  /** The record's title, copied into the tag so the report reads even if the record goes. */
  title: string;
  /** Its day of work (ISO): only plans covering that fiscal year are offered. */
  date: string;
}

const NO_TOPIC = '';
const ISO_DAY = isoDate();

/**
 * The form's date while a person types it may be half a date or a ค.ศ. year ("1/10/2025"):
 * only a real ISO day places the record in a fiscal year. Reading a half-typed one crashed the
 * briefing editor ("Not an ISO date"); until the date is whole, every open plan is offered and a
 * tag made meanwhile is dated today.
 */
function dayOf(date: string): string | null {
  return ISO_DAY.safeParse(date).success ? date : null;
}

/** Plans a record of this day can be put in: not closed, and covering the day's fiscal year. */
function offeredPlans(plans: readonly PlanRecord[], date: string | null): PlanRecord[] {
  const year = date ? fiscalYearOf(date) : null;
  return plans.filter((p) => p.status !== 'closed' && (year === null || (p.firstFiscalYear <= year && year <= p.lastFiscalYear)));
}

/**
 * Which plan, theme (ขอบข่ายเนื้อหา) and priority topic (ประเด็นเน้นหนัก) this record served:
 * a tag record of its own, so the plan report counts the work without retyping and tagging
 * never rewrites the release or the task. One tag per plan; choosing again replaces it.
 */
export function PlanTagField({ table, recordId, title, date }: PlanTagFieldProps) {
  const { t } = useTranslation();
  const plans = usePlans();
  const tags = useRecordPlanTags(recordId);
  const { tag, untag } = usePlanTagCommands();
  const [pendingPlanId, setPendingPlanId] = useState<string | null>(null);
  if (!plans || !tags) return null;

  const day = dayOf(date);
  const record: TaggedRecord = { table, recordId, title: title || t('plans.tag.untitled'), date: day ?? localIsoDate(new Date()) };
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const taggedPlanIds = new Set(tags.map((x) => x.planId));
  const addable = offeredPlans(plans, day).filter((p) => !taggedPlanIds.has(p.id));
  const pending = pendingPlanId ? planOf.get(pendingPlanId) : undefined;
  const run = async (write: Promise<void>) => {
    try {
      await write;
    } catch (error) {
      notifySaveFailed(t, error);
    }
  };
  const themeOptions = (plan: PlanRecord) => plan.themes.map((theme) => ({ value: theme.id, label: theme.name }));

  return (
    <Stack gap="xs" data-testid="plan-tag-field">
      <Text size="sm" fw={500}>
        {t('plans.tag.heading')}
      </Text>
      {tags.map((x) => {
        const plan = planOf.get(x.planId);
        if (!plan) return null;
        const theme = plan.themes.find((th) => th.id === x.themeId);
        return (
          <Group key={x.id} align="flex-end" gap="xs" wrap="wrap">
            <Text size="sm" style={{ flex: '1 1 12rem' }}>
              {plan.title}
            </Text>
            <Select
              label={t('plans.tag.theme')}
              data={themeOptions(plan)}
              value={theme ? x.themeId : null}
              allowDeselect={false}
              onChange={(themeId) => themeId && void run(tag(record, { planId: plan.id, themeId, topicId: null }))}
            />
            <Select
              label={t('plans.tag.topic')}
              data={[{ value: NO_TOPIC, label: t('plans.tag.noTopic') }, ...(theme?.topics ?? []).map((topic) => ({ value: topic.id, label: topic.name }))]}
              value={x.topicId ?? NO_TOPIC}
              allowDeselect={false}
              onChange={(topicId) => void run(tag(record, { planId: plan.id, themeId: x.themeId, topicId: topicId || null }))}
            />
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('plans.tag.remove', { plan: plan.title })} onClick={() => void run(untag(record, plan.id))}>
              <IconX size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {pending ? (
        <Select
          label={t('plans.tag.themeIn', { plan: pending.title })}
          placeholder={t('plans.tag.pickTheme')}
          data={themeOptions(pending)}
          value={null}
          onChange={(themeId) => {
            if (!themeId) return;
            setPendingPlanId(null);
            void run(tag(record, { planId: pending.id, themeId, topicId: null }));
          }}
        />
      ) : (
        addable.length > 0 && (
          <Select
            label={tags.length > 0 ? t('plans.tag.addAnother') : t('plans.tag.add')}
            placeholder={t('plans.tag.pickPlan')}
            data={addable.map((p) => ({ value: p.id, label: p.title }))}
            value={null}
            onChange={setPendingPlanId}
          />
        )
      )}
      {tags.length === 0 && addable.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('plans.tag.noPlan')}
        </Text>
      )}
    </Stack>
  );
}
