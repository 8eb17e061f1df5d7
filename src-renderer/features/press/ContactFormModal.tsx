import { Grid, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { mediaContactDisplayName, mediaContactSchema, PDPA_BASES, type MediaContact } from '../../../src-main/shared/domain/media';
import type { MediaContactRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { PersonErasure } from '../privacy';
import { DirectoryFormModal } from './DirectoryFormModal';
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
  const { control } = record.form;
  return (
    <DirectoryFormModal
      record={record}
      title={t('press.contactTitle')}
      size="xl"
      formLabel={t('press.contactForm')}
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
      <GridTextInput record={record} name="title" span={2} label={t('press.fields.personTitle')} />
      <GridTextInput record={record} name="firstName" span={5} label={t('press.fields.firstName')} withAsterisk data-autofocus />
      <GridTextInput record={record} name="lastName" span={5} label={t('press.fields.lastName')} />
      <Grid.Col span={6}>
        <ControlledOptionalSelect control={control} name="outletId" label={t('press.fields.outlet')} data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} clearable searchable />
      </Grid.Col>
      <GridTextInput record={record} name="position" span={6} label={t('press.fields.position')} />
      <GridTextInput record={record} name="lineId" span={4} label={t('press.fields.lineId')} />
      <GridTextInput record={record} name="email" span={4} label={t('press.fields.email')} />
      <GridTextInput record={record} name="phone" span={4} label={t('press.fields.phone')} />
      <GridTextInput record={record} name="coverageArea" span={6} label={t('press.fields.coverageArea')} />
      <Grid.Col span={6}>
        <ControlledTagsInput control={control} name="beats" label={t('press.fields.beats')} />
      </Grid.Col>
      <Grid.Col span={6}>
        <ControlledSelect control={control} name="pdpaBasis" label={t('press.fields.pdpaBasis')} data={PDPA_BASES.map((b) => ({ value: b, label: t(`press.pdpa.${b}`) }))} withAsterisk />
      </Grid.Col>
      <Grid.Col span={6}>
        <ControlledThaiDateInput control={control} name="lastVerifiedAt" label={t('press.fields.lastVerifiedAt')} error={record.error('lastVerifiedAt')} />
      </Grid.Col>
      <GridTextarea record={record} name="note" span={12} label={t('press.fields.note')} autosize minRows={2} />
    </DirectoryFormModal>
  );
}
