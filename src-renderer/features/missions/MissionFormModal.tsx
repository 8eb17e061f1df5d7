import { ActionIcon, Button, Grid, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { missionRepo, type MissionRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { formToMissionFields, missionFormSchema, missionToForm, type MissionForm } from './model/mission-form';

const EMPTY: MissionForm = { no: 1, title: '', description: '', workGroup: 'public-relations', targets: [], planLinksText: '' };

/** Add or edit a mission: its number, title, group, targets and the plans it serves. */
export function MissionFormModal({ editing, nextNo, nextOrder, onClose }: { editing: MissionRecord | 'new' | null; nextNo: number; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<MissionForm>({
    resolver: zodResolver(missionFormSchema),
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const targets = useFieldArray({ control, name: 'targets' });

  useEffect(() => {
    if (editing) reset(editing === 'new' ? { ...EMPTY, no: nextNo } : missionToForm(editing));
    // Reset only when another mission is opened, not when the list behind it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, reset]);

  const save = handleSubmit(async (values) => {
    try {
      const fields = formToMissionFields(values);
      if (editing === 'new') await missionRepo(db).create({ ...fields, order: nextOrder, archived: false });
      else if (editing) await missionRepo(db).update(editing.id, fields);
      notifications.show({ color: 'teal', message: t('missions.saved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => fieldError(t, m);

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('missions.addTitle') : t('missions.editTitle')}
      size="xl"
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('missions.formLabel')}>
        <Grid>
          <Grid.Col span={2}>
            <Controller
              control={control}
              name="no"
              render={({ field }) => (
                <NumberInput label={t('missions.fields.no')} min={1} max={999} allowDecimal={false} value={field.value} onChange={(v) => field.onChange(Number(v) || 0)} error={err(e.no?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={10}>
            <TextInput label={t('missions.fields.title')} withAsterisk data-autofocus {...register('title')} error={err(e.title?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="workGroup" label={t('missions.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('missions.fields.description')} autosize minRows={2} {...register('description')} error={err(e.description?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('missions.fields.targets')}
              </Text>
              {targets.fields.map((item, index) => (
                <Group key={item.id} wrap="nowrap" gap="xs" align="flex-start">
                  <TextInput style={{ flex: 1 }} aria-label={t('missions.targetName')} placeholder={t('missions.targetName')} {...register(`targets.${index}.name`)} error={err(e.targets?.[index]?.name?.message)} />
                  <Controller
                    control={control}
                    name={`targets.${index}.amount`}
                    render={({ field }) => (
                      <NumberInput w={120} aria-label={t('missions.targetAmount')} min={0} thousandSeparator="," allowDecimal={false} value={field.value} onChange={(v) => field.onChange(Number(v) || 0)} />
                    )}
                  />
                  <TextInput w={100} aria-label={t('missions.targetUnit')} placeholder={t('missions.targetUnit')} {...register(`targets.${index}.unit`)} />
                  <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('missions.removeTarget')} onClick={() => targets.remove(index)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} leftSection={<IconPlus size={14} />} onClick={() => targets.append({ name: '', amount: 0, unit: '' })}>
                {t('missions.addTarget')}
              </Button>
            </Stack>
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('missions.fields.planLinks')}
              description={t('missions.planLinksHint')}
              autosize
              minRows={2}
              {...register('planLinksText')}
              error={err(e.planLinksText?.message)}
            />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
