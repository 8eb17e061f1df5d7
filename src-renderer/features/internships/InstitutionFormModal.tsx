import { ActionIcon, Button, Grid, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_CRITERIA, institutionSchema, type Institution } from '../../../src-main/shared/domain/internship';
import { institutionRepo, type InstitutionRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';

const EMPTY: Institution = {
  name: '',
  faculty: '',
  coordinatorName: '',
  coordinatorPhone: '',
  coordinatorEmail: '',
  requiredHours: 280,
  criteria: [...DEFAULT_CRITERIA],
};

function toForm(record: InstitutionRecord): Institution {
  return withoutEnvelope(record);
}

/** สถานศึกษา: name, coordinator, required hours and its evaluation form. */
export function InstitutionFormModal({ editing, onClose }: { editing: InstitutionRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<Institution>({
    resolver: zodResolver(institutionSchema),
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const criteria = useFieldArray({ control, name: 'criteria', keyName: 'key' });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY : toForm(editing));
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await institutionRepo(db).create(values);
      else if (editing) await institutionRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('internships.institutionSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => fieldError(t, m);

  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('internships.institutionTitle')} size="xl" closeOnClickOutside={!formState.isDirty} closeOnEscape={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('internships.institutionForm')}>
        <Grid>
          <Grid.Col span={7}>
            <TextInput label={t('internships.fields.institutionName')} withAsterisk data-autofocus {...register('name')} error={err(e.name?.message)} />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput label={t('internships.fields.faculty')} {...register('faculty')} error={err(e.faculty?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('internships.fields.coordinatorName')} {...register('coordinatorName')} error={err(e.coordinatorName?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('internships.fields.coordinatorPhone')} {...register('coordinatorPhone')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('internships.fields.coordinatorEmail')} {...register('coordinatorEmail')} error={err(e.coordinatorEmail?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="requiredHours"
              render={({ field }) => (
                <NumberInput label={t('internships.fields.requiredHours')} min={0} allowDecimal={false} value={field.value} onChange={(v) => field.onChange(Number(v) || 0)} error={err(e.requiredHours?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('internships.fields.criteria')}
              </Text>
              {criteria.fields.map((item, index) => (
                <Group key={item.key} wrap="nowrap" gap="xs" align="flex-start">
                  <TextInput style={{ flex: 1 }} aria-label={t('internships.criterionName', { n: index + 1 })} {...register(`criteria.${index}.name`)} error={err(e.criteria?.[index]?.name?.message)} />
                  <Controller
                    control={control}
                    name={`criteria.${index}.maxScore`}
                    render={({ field }) => (
                      <NumberInput w={110} aria-label={t('internships.maxScore')} min={1} max={100} allowDecimal={false} value={field.value} onChange={(v) => field.onChange(Number(v) || 0)} />
                    )}
                  />
                  <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('internships.removeCriterion')} onClick={() => criteria.remove(index)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {e.criteria?.message && <Text c="red" size="sm">{err(e.criteria.message)}</Text>}
              <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} leftSection={<IconPlus size={14} />} onClick={() => criteria.append({ id: uuidv7(), name: '', maxScore: 5 })}>
                {t('internships.addCriterion')}
              </Button>
            </Stack>
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
