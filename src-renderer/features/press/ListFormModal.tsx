import { Grid, Modal, MultiSelect, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { distributionListSchema, mediaContactDisplayName, type DistributionList } from '../../../src-main/shared/domain/media';
import { distributionListRepo, type DistributionListRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { pressFieldError } from './press-field-error';
import { useContacts, useOutlets } from './use-press-data';

const EMPTY: DistributionList = { name: '', description: '', contactIds: [], outletIds: [] };

/** รายชื่อส่งข่าว: whole outlets (all their active contacts) and single contacts. */
export function ListFormModal({ editing, onClose }: { editing: DistributionListRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const outlets = useOutlets();
  const contacts = useContacts();
  const { register, control, handleSubmit, reset, formState } = useForm<DistributionList>({ resolver: zodResolver(distributionListSchema), defaultValues: EMPTY });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY : { name: editing.name, description: editing.description, contactIds: editing.contactIds, outletIds: editing.outletIds });
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await distributionListRepo(db).create(values);
      else if (editing) await distributionListRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('press.listSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('press.listTitle')} size="lg" closeOnClickOutside={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.listForm')}>
        <Grid>
          <Grid.Col span={12}>
            <TextInput label={t('press.fields.listName')} withAsterisk data-autofocus placeholder={t('press.listNameHint')} {...register('name')} error={err(e.name?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.description')} autosize minRows={1} {...register('description')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="outletIds"
              render={({ field }) => <MultiSelect label={t('press.fields.listOutlets')} data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} value={field.value} onChange={field.onChange} searchable clearable />}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="contactIds"
              render={({ field }) => (
                <MultiSelect label={t('press.fields.listContacts')} data={(contacts ?? []).map((c) => ({ value: c.id, label: mediaContactDisplayName(c) }))} value={field.value} onChange={field.onChange} searchable clearable limit={100} />
              )}
            />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
