import { Grid, Group, TextInput } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { RECURRENCES, TASK_PRIORITIES, TASK_STATUSES, taskSchema, type Task } from '../../../src-main/shared/domain/task';
import { type TaskRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledMultiSelect } from '../../ui/ControlledMultiSelect';
import { ControlledNumberInput } from '../../ui/ControlledNumberInput';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { FormRowList, RemoveRowButton } from '../../ui/FormRowList';
import { GridTextarea } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { editedValues, useRecordForm } from '../../ui/use-record-form';
import { usePeople, useTaskCommands } from './data';
import { MissionSelect } from './MissionSelect';

/** What the form opens with: a new task (optionally under a mission or parent task) or a task to edit. */
export type TaskFormTarget = { mode: 'new'; missionId?: string; parent?: TaskRecord } | { mode: 'edit'; task: TaskRecord } | null;

function emptyTask(missionId: string, parent: TaskRecord | undefined, assigneeId: string | undefined): Task {
  return {
    missionId: parent?.missionId ?? missionId,
    parentId: parent?.id ?? null,
    title: '',
    details: '',
    assigneeIds: assigneeId ? [assigneeId] : [],
    workGroup: parent?.workGroup ?? 'public-relations',
    startDate: null,
    dueDate: null,
    priority: 'normal',
    status: 'pending',
    progress: 0,
    completedOn: null,
    checklist: [],
    attachments: [],
    recurrence: 'none',
  };
}

/** Add or edit a task. A failed save keeps everything typed, with the reason beside each field. */
export function TaskFormModal({ target, onClose }: { target: TaskFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const taskCommands = useTaskCommands();
  const people = usePeople();
  const record = useRecordForm({
    schema: taskSchema,
    target,
    defaults: emptyTask('', undefined, undefined),
    // Only a newly opened target loads the form: a live update of the staff list must not.
    values: (open) => (open.mode === 'edit' ? withoutEnvelope(open.task) : emptyTask(open.missionId ?? '', open.parent, currentStaff?.id)),
    save: async (values, open, form) => {
      const today = localIsoDate(new Date());
      if (open.mode === 'new') {
        const done = values.status === 'done';
        await taskCommands.create({ ...values, completedOn: done ? today : null, progress: done ? 100 : values.progress });
      } else {
        // Only the fields edited here, so a newer synced change to another field survives.
        const { status: _status, ...patch } = editedValues(values, form);
        const updated = await taskCommands.update(open.task.id, patch);
        if (values.status !== open.task.status) await taskCommands.setStatus(updated, values.status, today);
      }
    },
    saved: t('tasks.saved'),
    onClose,
  });
  const { register, control } = record.form;
  const checklist = useFieldArray({ control, name: 'checklist', keyName: 'key' });
  const err = record.error;
  // Staff and interns in two groups; someone already assigned stays listed even if they left.
  const assigned = (p: { id: string }) => target?.mode === 'edit' && target.task.assigneeIds.includes(p.id);
  const staffOptions = (['staff', 'intern'] as const).map((kind) => ({
    group: t(`tasks.assigneeGroups.${kind}`),
    items: (people ?? []).filter((p) => p.kind === kind && (p.current || assigned(p))).map((p) => ({ value: p.id, label: p.name })),
  }));
  return (
    <RecordFormModal
      record={record}
      title={target?.mode === 'edit' ? t('tasks.editTitle') : target?.parent ? t('tasks.addSubTitle', { parent: target.parent.title }) : t('tasks.addTitle')}
      size="xl"
      formLabel={t('tasks.formLabel')}
    >
      <Grid>
        <Grid.Col span={12}>
          <TextInput
            label={t('tasks.fields.title')}
            description={t('tasks.titleLimit')}
            withAsterisk
            data-autofocus
            {...register('title')}
            error={err('title')}
          />
        </Grid.Col>
        <Grid.Col span={8}>
          <Controller
            control={control}
            name="missionId"
            render={({ field }) => (
              <MissionSelect
                label={t('tasks.fields.mission')}
                withAsterisk
                disabled={target?.mode === 'new' && !!target.parent}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={err('missionId')}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="workGroup" label={t('tasks.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} error={err('workGroup')} />
        </Grid.Col>
        <GridTextarea record={record} name="details" span={12} label={t('tasks.fields.details')} autosize minRows={2} maxRows={8} />
        <Grid.Col span={12}>
          <ControlledMultiSelect control={control} name="assigneeIds" label={t('tasks.fields.assignees')} searchable data={staffOptions} nothingFoundMessage={t('tasks.noStaff')} error={err('assigneeIds')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateInput control={control} name="startDate" label={t('tasks.fields.startDate')} error={err('startDate')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateInput control={control} name="dueDate" label={t('tasks.fields.dueDate')} error={err('dueDate')} />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledSelect control={control} name="status" label={t('tasks.fields.status')} data={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledSelect control={control} name="priority" label={t('tasks.fields.priority')} data={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))} />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledNumberInput control={control} name="progress" label={t('tasks.fields.progress')} min={0} max={100} suffix="%" clampBehavior="strict" allowDecimal={false} error={err('progress')} />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledSelect control={control} name="recurrence" label={t('tasks.fields.recurrence')} data={RECURRENCES.map((r) => ({ value: r, label: t(`tasks.recurrence.${r}`) }))} />
        </Grid.Col>
        <Grid.Col span={12}>
          <FormRowList label={t('tasks.fields.checklist')} addLabel={t('tasks.checklistAdd')} onAdd={() => checklist.append({ id: uuidv7(), text: '', done: false })}>
            {checklist.fields.map((item, index) => (
              <Group key={item.key} wrap="nowrap" gap="xs">
                <ControlledCheckbox control={control} name={`checklist.${index}.done`} aria-label={t('tasks.checklistDone')} />
                <TextInput style={{ flex: 1 }} aria-label={t('tasks.checklistItem', { n: index + 1 })} {...register(`checklist.${index}.text`)} error={err(`checklist.${index}.text`)} />
                <RemoveRowButton label={t('tasks.checklistRemove')} onClick={() => checklist.remove(index)} />
              </Group>
            ))}
          </FormRowList>
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
