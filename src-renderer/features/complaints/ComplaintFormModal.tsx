import { Checkbox, Grid, Select, Text } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINANT_FIELDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBCATEGORIES,
  COMPLAINT_TYPES,
  complaintInputSchema,
  complaintTypeOf,
  type ComplaintInput,
} from '../../../src-main/shared/domain/complaint';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { ComplaintRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useStaff } from '../settings/data';
import { useComplaintCommands } from './data';

function emptyComplaint(today: string, assigneeId: string | null): ComplaintInput {
  return {
    receivedDate: today,
    channel: 'walk-in',
    consent: true,
    complainantName: '',
    complainantPhone: '',
    complainantEmail: '',
    complainantAddress: '',
    subject: '',
    details: '',
    category: 'service',
    subcategory: 'quality',
    complaintType: 'general',
    assigneeId,
  };
}

function toForm(record: ComplaintRecord): ComplaintInput {
  const { receivedDate, channel, consent, complainantName, complainantPhone, complainantEmail, complainantAddress, subject, details, category, subcategory, assigneeId } = record;
  // A complaint saved before types existed shows the type it reads as (complaintTypeOf).
  return { receivedDate, channel, consent, complainantName, complainantPhone, complainantEmail, complainantAddress, subject, details, category, subcategory, complaintType: complaintTypeOf(record), assigneeId };
}

/**
 * รับเรื่องร้องเรียน: the intake form. Without the complainant's consent (PDPA) the personal
 * fields are hidden and emptied, and the complaint is kept as anonymous.
 */
export function ComplaintFormModal({ editing, onClose, onCreated }: { editing: ComplaintRecord | 'new' | null; onClose: () => void; onCreated?: (id: string) => void }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const { createComplaint, updateComplaint } = useComplaintCommands();
  const staff = useStaff();
  const record = useRecordForm({
    schema: complaintInputSchema,
    target: editing,
    defaults: emptyComplaint(localIsoDate(new Date()), null),
    values: (open) => (open === 'new' ? emptyComplaint(localIsoDate(new Date()), currentStaff?.id ?? null) : toForm(open)),
    reloadOn: [currentStaff?.id],
    // A new complaint's id, for its page to open.
    save: async (values, open) => {
      if (open === 'new') return (await createComplaint(values, currentStaff?.id ?? null)).id;
      await updateComplaint(open.id, values);
      return null;
    },
    saved: t('complaints.saved'),
    onClose,
    onSaved: (createdId) => {
      if (createdId) onCreated?.(createdId);
    },
    module: 'complaints',
  });
  const { control, setValue } = record.form;
  const consent = useWatch({ control, name: 'consent' });
  const category = useWatch({ control, name: 'category' });
  const err = record.error;
  const staffOptions = (staff ?? []).filter((s) => s.active || (editing !== 'new' && editing?.assigneeId === s.id)).map((s) => ({ value: s.id, label: staffDisplayName(s) }));
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('complaints.newTitle') : t('complaints.editTitle')} size="xl" formLabel={t('complaints.form')}>
      <Grid>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="receivedDate" label={t('complaints.fields.receivedDate')} withAsterisk error={err('receivedDate')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="channel" label={t('complaints.fields.channel')} withAsterisk data={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))} error={err('channel')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledOptionalSelect control={control} name="assigneeId" label={t('complaints.fields.assignee')} placeholder={t('complaints.noAssignee')} clearable searchable data={staffOptions} error={err('assigneeId')} />
        </Grid.Col>
        <GridTextInput record={record} name="subject" span={12} label={t('complaints.fields.subject')} withAsterisk data-autofocus />
        <GridTextarea record={record} name="details" span={12} label={t('complaints.fields.details')} withAsterisk autosize minRows={3} maxRows={10} />
        <Grid.Col span={6}>
          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Select
                label={t('complaints.fields.category')}
                withAsterisk
                allowDeselect={false}
                data={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.categories.${c}`) }))}
                value={field.value}
                onChange={(v) => {
                  if (!v) return;
                  field.onChange(v);
                  // A sub-category of another category would no longer fit.
                  setValue('subcategory', COMPLAINT_SUBCATEGORIES[v][0], { shouldDirty: true });
                }}
                error={err('category')}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledSelect
            control={control}
            name="subcategory"
            label={t('complaints.fields.subcategory')}
            withAsterisk
            data={COMPLAINT_SUBCATEGORIES[category].map((s) => ({ value: s, label: t(`complaints.subcategories.${s}`) }))}
            error={err('subcategory')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledSelect
            control={control}
            name="complaintType"
            label={t('complaints.fields.complaintType')}
            withAsterisk
            data={COMPLAINT_TYPES.map((c) => ({ value: c, label: t(`complaints.types.${c}`) }))}
            error={err('complaintType')}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t('complaints.complaintTypeHelp')}
          </Text>
        </Grid.Col>
        <Grid.Col span={12}>
          <Controller
            control={control}
            name="consent"
            render={({ field }) => (
              <Checkbox
                label={t('complaints.fields.consent')}
                description={t('complaints.consentHelp')}
                checked={field.value}
                onChange={(ev) => {
                  const on = ev.currentTarget.checked;
                  field.onChange(on);
                  // No consent: keep nothing that identifies the person (PDPA).
                  if (!on) for (const key of COMPLAINANT_FIELDS) setValue(key, '', { shouldDirty: true });
                }}
              />
            )}
          />
        </Grid.Col>
        {consent ? (
          <>
            <GridTextInput record={record} name="complainantName" span={6} label={t('complaints.fields.complainantName')} withAsterisk />
            <GridTextInput record={record} name="complainantPhone" span={3} label={t('complaints.fields.complainantPhone')} />
            <GridTextInput record={record} name="complainantEmail" span={3} label={t('complaints.fields.complainantEmail')} />
            <GridTextarea record={record} name="complainantAddress" span={12} label={t('complaints.fields.complainantAddress')} autosize minRows={2} />
          </>
        ) : (
          <Grid.Col span={12}>
            <Text size="sm" c="dimmed" data-testid="anonymous-note">
              {t('complaints.anonymousNote')}
            </Text>
          </Grid.Col>
        )}
      </Grid>
    </RecordFormModal>
  );
}
