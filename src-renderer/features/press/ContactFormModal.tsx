import { Grid, Paper, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { mediaContactDisplayName, mediaContactSchema, PDPA_BASES, type MediaContact } from '../../../src-main/shared/domain/media';
import type { MediaContactRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledSwitch } from '../../ui/ControlledSwitch';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { PersonErasure } from '../privacy';
import { useContactCommands, useOutlets } from './data';

function empty(): MediaContact {
  return { outletId: null, title: '', firstName: '', lastName: '', position: '', phone: '', email: '', lineId: '', coverageArea: '', beats: [], pdpaBasis: 'consent', lastVerifiedAt: localIsoDate(new Date()), note: '', active: true };
}

/** ผู้ติดต่อในเครือข่ายสื่อ: channels, beats, PDPA basis and when the details were last confirmed. */
export function ContactFormModal({ editing, onClose }: { editing: MediaContactRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const contacts = useContactCommands();
  const outlets = useOutlets();
  const record = useRecordForm({ schema: mediaContactSchema, target: editing, defaults: empty(), save: createOrUpdate(contacts), saved: t('press.contactSaved'), onClose, module: 'press' });
  const { register, control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal
      record={record}
      title={t('press.contactTitle')}
      size="xl"
      formLabel={t('press.contactForm')}
      keepWhenDirty="click"
      below={
        editing &&
        editing !== 'new' && (
          <Paper withBorder p="sm" mt="lg" data-testid="contact-privacy">
            <PersonErasure
              table="mediaContacts"
              recordId={editing.id}
              prefix="press.contactPrivacy"
              values={{ name: mediaContactDisplayName(editing) }}
              testIds={{ erased: 'contact-erased', refused: 'contact-erase-refused' }}
              erase={(reason) => contacts.erase(editing.id, reason)}
              onErased={onClose}
            />
          </Paper>
        )
      }
    >
      <Grid>
        <Grid.Col span={2}>
          <TextInput label={t('press.fields.personTitle')} {...register('title')} />
        </Grid.Col>
        <Grid.Col span={5}>
          <TextInput label={t('press.fields.firstName')} withAsterisk data-autofocus {...register('firstName')} error={err('firstName')} />
        </Grid.Col>
        <Grid.Col span={5}>
          <TextInput label={t('press.fields.lastName')} {...register('lastName')} error={err('lastName')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="outletId" label={t('press.fields.outlet')} data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} clearable searchable />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.position')} {...register('position')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.lineId')} {...register('lineId')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.email')} {...register('email')} error={err('email')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.phone')} {...register('phone')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.coverageArea')} {...register('coverageArea')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledTagsInput control={control} name="beats" label={t('press.fields.beats')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="pdpaBasis" label={t('press.fields.pdpaBasis')} data={PDPA_BASES.map((b) => ({ value: b, label: t(`press.pdpa.${b}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateInput control={control} name="lastVerifiedAt" label={t('press.fields.lastVerifiedAt')} error={err('lastVerifiedAt')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.note')} autosize minRows={2} {...register('note')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledSwitch control={control} name="active" label={t('press.fields.active')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
