import { ActionIcon, Button, Checkbox, Grid, Group, Modal, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { RECURRENCES, TASK_PRIORITIES, TASK_STATUSES, taskSchema, type Task } from '../../../src-main/shared/domain/task';
import { taskRepo, type TaskRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { setTaskStatus } from './model/task-actions';
import { useMissions, usePeople } from './data/use-mission-data';

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

function toForm(record: TaskRecord): Task {
  return withoutEnvelope(record);
}

/** Add or edit a task. A failed save keeps everything typed, with the reason beside each field. */
export function TaskFormModal({ target, onClose }: { target: TaskFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const missions = useMissions();
  const people = usePeople();
  const { register, control, handleSubmit, reset, formState } = useForm<Task>({
    resolver: zodResolver(taskSchema),
    defaultValues: emptyTask('', undefined, undefined),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const checklist = useFieldArray({ control, name: 'checklist', keyName: 'key' });
  const { isDirty: _isDirty, dirtyFields: _dirtyFields } = formState;

  useEffect(() => {
    if (!target) return;
    reset(target.mode === 'edit' ? toForm(target.task) : emptyTask(target.missionId ?? '', target.parent, currentStaff?.id));
    // Only a newly opened target resets the form: a live update of the staff list must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, reset]);

  const save = handleSubmit(async (values) => {
    const today = localIsoDate(new Date());
    try {
      if (target?.mode === 'new') {
        const done = values.status === 'done';
        await taskRepo(db).create({ ...values, completedOn: done ? today : null, progress: done ? 100 : values.progress });
      } else if (target?.mode === 'edit') {
        // Only the fields edited here, so a newer synced change to another field survives.
        const edited = Object.keys(formState.dirtyFields).filter((key) => key !== 'status');
        const patch = Object.fromEntries(edited.map((key) => [key, values[key as keyof Task]])) as Partial<Task>;
        const updated = await taskRepo(db).update(target.task.id, patch);
        if (values.status !== target.task.status) await setTaskStatus(db, updated, values.status, today);
      }
      notifications.show({ color: 'teal', message: t('tasks.saved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), target !== null);

  const err = (message: string | undefined) => fieldError(t, message);
  const e = formState.errors;
  // Staff and interns in two groups; someone already assigned stays listed even if they left.
  const assigned = (p: { id: string }) => target?.mode === 'edit' && target.task.assigneeIds.includes(p.id);
  const staffOptions = (['staff', 'intern'] as const).map((kind) => ({
    group: t(`tasks.assigneeGroups.${kind}`),
    items: (people ?? []).filter((p) => p.kind === kind && (p.current || assigned(p))).map((p) => ({ value: p.id, label: p.name })),
  }));

  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('tasks.editTitle') : target?.parent ? t('tasks.addSubTitle', { parent: target.parent.title }) : t('tasks.addTitle')}
      size="xl"
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('tasks.formLabel')}>
        <Grid>
          <Grid.Col span={12}>
            <TextInput
              label={t('tasks.fields.title')}
              description={t('tasks.titleLimit')}
              withAsterisk
              data-autofocus
              {...register('title')}
              error={err(e.title?.message)}
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <Controller
              control={control}
              name="missionId"
              render={({ field }) => (
                <Select
                  label={t('tasks.fields.mission')}
                  withAsterisk
                  searchable
                  disabled={target?.mode === 'new' && !!target.parent}
                  data={(missions ?? []).map((m) => ({ value: m.id, label: `${m.no}. ${m.title}` }))}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={err(e.missionId?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="workGroup" label={t('tasks.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} error={err(e.workGroup?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('tasks.fields.details')} autosize minRows={2} maxRows={8} {...register('details')} error={err(e.details?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="assigneeIds"
              render={({ field }) => (
                <MultiSelect
                  label={t('tasks.fields.assignees')}
                  searchable
                  data={staffOptions}
                  value={field.value}
                  onChange={field.onChange}
                  nothingFoundMessage={t('tasks.noStaff')}
                  error={err(e.assigneeIds?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="startDate"
              render={({ field }) => (
                <ThaiDateInput label={t('tasks.fields.startDate')} value={field.value} onChange={field.onChange} error={err(e.startDate?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="dueDate"
              render={({ field }) => (
                <ThaiDateInput label={t('tasks.fields.dueDate')} value={field.value} onChange={field.onChange} error={err(e.dueDate?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <ControlledSelect control={control} name="status" label={t('tasks.fields.status')} data={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
          </Grid.Col>
          <Grid.Col span={3}>
            <ControlledSelect control={control} name="priority" label={t('tasks.fields.priority')} data={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))} />
          </Grid.Col>
          <Grid.Col span={3}>
            <Controller
              control={control}
              name="progress"
              render={({ field }) => (
                <NumberInput
                  label={t('tasks.fields.progress')}
                  min={0}
                  max={100}
                  suffix="%"
                  clampBehavior="strict"
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                  error={err(e.progress?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <ControlledSelect control={control} name="recurrence" label={t('tasks.fields.recurrence')} data={RECURRENCES.map((r) => ({ value: r, label: t(`tasks.recurrence.${r}`) }))} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('tasks.fields.checklist')}
              </Text>
              {checklist.fields.map((item, index) => (
                <Group key={item.key} wrap="nowrap" gap="xs">
                  <Controller
                    control={control}
                    name={`checklist.${index}.done`}
                    render={({ field }) => (
                      <Checkbox aria-label={t('tasks.checklistDone')} checked={field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />
                    )}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t('tasks.checklistItem', { n: index + 1 })}
                    {...register(`checklist.${index}.text`)}
                    error={err(e.checklist?.[index]?.text?.message)}
                  />
                  <ActionIcon variant="subtle" color="red" aria-label={t('tasks.checklistRemove')} onClick={() => checklist.remove(index)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => checklist.append({ id: uuidv7(), text: '', done: false })}
              >
                {t('tasks.checklistAdd')}
              </Button>
            </Stack>
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
