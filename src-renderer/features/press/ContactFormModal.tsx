import { Grid, Modal, Paper, Select, Switch, TagsInput, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { mediaContactDisplayName, mediaContactSchema, PDPA_BASES, type MediaContact } from '../../../src-main/shared/domain/media';
import { mediaContactRepo, type MediaContactRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { PersonErasure } from '../privacy';
import { eraseMediaContact } from './model/contact-privacy';
import { pressFieldError } from './press-field-error';
import { useOutlets } from './use-press-data';

function empty(): MediaContact {
  return { outletId: null, title: '', firstName: '', lastName: '', position: '', phone: '', email: '', lineId: '', coverageArea: '', beats: [], pdpaBasis: 'consent', lastVerifiedAt: localIsoDate(new Date()), note: '', active: true };
}

function toForm(record: MediaContactRecord): MediaContact {
  return withoutEnvelope(record);
}

/** ผู้ติดต่อในเครือข่ายสื่อ: channels, beats, PDPA basis and when the details were last confirmed. */
export function ContactFormModal({ editing, onClose }: { editing: MediaContactRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const outlets = useOutlets();
  const { register, control, handleSubmit, reset, formState } = useForm<MediaContact>({ resolver: zodResolver(mediaContactSchema), defaultValues: empty() });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? empty() : toForm(editing));
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await mediaContactRepo(db).create(values);
      else if (editing) await mediaContactRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('press.contactSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('press.contactTitle')} size="xl" closeOnClickOutside={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.contactForm')}>
        <Grid>
          <Grid.Col span={2}>
            <TextInput label={t('press.fields.personTitle')} {...register('title')} />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput label={t('press.fields.firstName')} withAsterisk data-autofocus {...register('firstName')} error={err(e.firstName?.message)} />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput label={t('press.fields.lastName')} {...register('lastName')} error={err(e.lastName?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="outletId"
              render={({ field }) => <Select label={t('press.fields.outlet')} data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} value={field.value} onChange={field.onChange} clearable searchable />}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.position')} {...register('position')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.lineId')} {...register('lineId')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.email')} {...register('email')} error={err(e.email?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.phone')} {...register('phone')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.coverageArea')} {...register('coverageArea')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller control={control} name="beats" render={({ field }) => <TagsInput label={t('press.fields.beats')} value={field.value} onChange={field.onChange} />} />
          </Grid.Col>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="pdpaBasis" label={t('press.fields.pdpaBasis')} data={PDPA_BASES.map((b) => ({ value: b, label: t(`press.pdpa.${b}`) }))} withAsterisk />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="lastVerifiedAt"
              render={({ field }) => <ThaiDateInput label={t('press.fields.lastVerifiedAt')} value={field.value} onChange={field.onChange} error={err(e.lastVerifiedAt?.message)} />}
            />
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
      {editing && editing !== 'new' && (
        <Paper withBorder p="sm" mt="lg" data-testid="contact-privacy">
          <PersonErasure
            table="mediaContacts"
            recordId={editing.id}
            prefix="press.contactPrivacy"
            values={{ name: mediaContactDisplayName(editing) }}
            testIds={{ erased: 'contact-erased', refused: 'contact-erase-refused' }}
            erase={(reason) => eraseMediaContact(db, editing.id, reason)}
            onErased={onClose}
          />
        </Paper>
      )}
    </Modal>
  );
}
