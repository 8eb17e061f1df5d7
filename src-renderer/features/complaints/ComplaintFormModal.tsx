import { Checkbox, Grid, Modal, Select, Text, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINANT_FIELDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBCATEGORIES,
  complaintInputSchema,
  type ComplaintInput,
} from '../../../src-main/shared/domain/complaint';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { ComplaintRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { complaintFieldError } from './complaint-field-error';
import { createComplaint, updateComplaint } from './model/complaint-actions';
import { useStaff } from './use-complaint-data';

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
    assigneeId,
  };
}

function toForm(record: ComplaintRecord): ComplaintInput {
  const { receivedDate, channel, consent, complainantName, complainantPhone, complainantEmail, complainantAddress, subject, details, category, subcategory, assigneeId } = record;
  return { receivedDate, channel, consent, complainantName, complainantPhone, complainantEmail, complainantAddress, subject, details, category, subcategory, assigneeId };
}

/**
 * รับเรื่องร้องเรียน: the intake form. Without the complainant's consent (PDPA) the personal
 * fields are hidden and emptied, and the complaint is kept as anonymous.
 */
export function ComplaintFormModal({ editing, onClose, onCreated }: { editing: ComplaintRecord | 'new' | null; onClose: () => void; onCreated?: (id: string) => void }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const staff = useStaff();
  const { register, control, handleSubmit, reset, setValue, formState } = useForm<ComplaintInput>({
    resolver: zodResolver(complaintInputSchema),
    defaultValues: emptyComplaint(localIsoDate(new Date()), null),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? emptyComplaint(localIsoDate(new Date()), currentStaff?.id ?? null) : toForm(editing));
  }, [editing, reset, currentStaff?.id]);
  const consent = useWatch({ control, name: 'consent' });
  const category = useWatch({ control, name: 'category' });

  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') {
        const created = await createComplaint(db, values, currentStaff?.id ?? null);
        notifications.show({ color: 'teal', message: t('complaints.saved') });
        onClose();
        onCreated?.(created.id);
      } else if (editing) {
        await updateComplaint(db, editing.id, values);
        notifications.show({ color: 'teal', message: t('complaints.saved') });
        onClose();
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => complaintFieldError(t, m);
  const staffOptions = (staff ?? []).filter((s) => s.active || (editing !== 'new' && editing?.assigneeId === s.id)).map((s) => ({ value: s.id, label: staffDisplayName(s) }));

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('complaints.newTitle') : t('complaints.editTitle')}
      size="xl"
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('complaints.form')}>
        <Grid>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="receivedDate"
              render={({ field }) => <ThaiDateInput label={t('complaints.fields.receivedDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v)} error={err(e.receivedDate?.message)} />}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="channel" label={t('complaints.fields.channel')} withAsterisk data={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))} error={err(e.channel?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="assigneeId"
              render={({ field }) => (
                <Select label={t('complaints.fields.assignee')} placeholder={t('complaints.noAssignee')} clearable searchable data={staffOptions} value={field.value} onChange={(v) => field.onChange(v)} error={err(e.assigneeId?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('complaints.fields.subject')} withAsterisk data-autofocus {...register('subject')} error={err(e.subject?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('complaints.fields.details')} withAsterisk autosize minRows={3} maxRows={10} {...register('details')} error={err(e.details?.message)} />
          </Grid.Col>
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
                  error={err(e.category?.message)}
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
              error={err(e.subcategory?.message)}
            />
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
              <Grid.Col span={6}>
                <TextInput label={t('complaints.fields.complainantName')} withAsterisk {...register('complainantName')} error={err(e.complainantName?.message)} />
              </Grid.Col>
              <Grid.Col span={3}>
                <TextInput label={t('complaints.fields.complainantPhone')} {...register('complainantPhone')} error={err(e.complainantPhone?.message)} />
              </Grid.Col>
              <Grid.Col span={3}>
                <TextInput label={t('complaints.fields.complainantEmail')} {...register('complainantEmail')} error={err(e.complainantEmail?.message)} />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea label={t('complaints.fields.complainantAddress')} autosize minRows={2} {...register('complainantAddress')} error={err(e.complainantAddress?.message)} />
              </Grid.Col>
            </>
          ) : (
            <Grid.Col span={12}>
              <Text size="sm" c="dimmed" data-testid="anonymous-note">
                {t('complaints.anonymousNote')}
              </Text>
            </Grid.Col>
          )}
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
