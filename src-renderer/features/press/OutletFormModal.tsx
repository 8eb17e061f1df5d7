import { Grid, Modal, Switch, TagsInput, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mediaOutletSchema, OUTLET_KINDS, type MediaOutlet } from '../../../src-main/shared/domain/media';
import { mediaOutletRepo, type MediaOutletRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { pressFieldError } from './press-field-error';

const EMPTY: MediaOutlet = { name: '', kind: 'online', coverageArea: '', beats: [], phone: '', email: '', lineGroup: '', website: '', note: '', active: true };

function toForm(record: MediaOutletRecord): MediaOutlet {
  return withoutEnvelope(record);
}

/** สื่อ: a station, paper, site or page of the media network. */
export function OutletFormModal({ editing, onClose }: { editing: MediaOutletRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<MediaOutlet>({ resolver: zodResolver(mediaOutletSchema), defaultValues: EMPTY });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY : toForm(editing));
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await mediaOutletRepo(db).create(values);
      else if (editing) await mediaOutletRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('press.outletSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('press.outletTitle')} size="lg" closeOnClickOutside={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.outletForm')}>
        <Grid>
          <Grid.Col span={8}>
            <TextInput label={t('press.fields.outletName')} withAsterisk data-autofocus {...register('name')} error={err(e.name?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="kind" label={t('press.fields.outletKind')} data={OUTLET_KINDS.map((k) => ({ value: k, label: t(`press.outletKind.${k}`) }))} withAsterisk />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.coverageArea')} {...register('coverageArea')} error={err(e.coverageArea?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller control={control} name="beats" render={({ field }) => <TagsInput label={t('press.fields.beats')} value={field.value} onChange={field.onChange} />} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.phone')} {...register('phone')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.email')} {...register('email')} error={err(e.email?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.lineGroup')} {...register('lineGroup')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('press.fields.website')} {...register('website')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.note')} autosize minRows={2} {...register('note')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller control={control} name="active" render={({ field }) => <Switch label={t('press.fields.active')} checked={field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
