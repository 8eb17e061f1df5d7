import { Button, Grid, Group, Modal, Select, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STEP_KINDS, complaintStepSchema, type ComplaintStep, type ComplaintStepKind } from '../../../src-main/shared/domain/complaint';
import { addDays } from '../../../src-main/shared/domain/complaint-deadlines';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { AgencyQuickAddModal } from './AgencyQuickAddModal';
import { complaintFieldError } from './complaint-field-error';
import { addComplaintStep } from './model/complaint-actions';
import { useAgencies, useStaff } from './use-complaint-data';

/** How long an agency is usually given to reply to a forwarded complaint (editable per letter). */
const REPLY_DAYS = 15;

function emptyStep(complaintId: string, kind: ComplaintStepKind, staffId: string | null): ComplaintStep {
  const today = localIsoDate(new Date());
  return { complaintId, kind, date: today, staffId, note: '', agencyId: null, letterNo: '', replyDueDate: kind === 'forwarded' ? addDays(today, REPLY_DAYS) : null };
}

/**
 * บันทึกขั้นตอน: one step of the handling, with who, when and a note. Forwarding also takes the
 * agency (from the directory, or added here), our letter number and the reply due date.
 */
export function StepFormModal({ complaintId, kind, onClose }: { complaintId: string; kind: ComplaintStepKind | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const staff = useStaff();
  const agencies = useAgencies();
  const [addingAgency, setAddingAgency] = useState(false);
  const { register, control, handleSubmit, reset, setValue, formState } = useForm<ComplaintStep>({
    resolver: zodResolver(complaintStepSchema),
    defaultValues: emptyStep(complaintId, kind ?? 'reviewing', null),
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    if (kind) reset(emptyStep(complaintId, kind, currentStaff?.id ?? null));
  }, [kind, complaintId, reset, currentStaff?.id]);
  const chosenKind = useWatch({ control, name: 'kind' });
  const forwarding = chosenKind === 'forwarded';

  const save = handleSubmit(async (values) => {
    try {
      // Only forwarding carries a letter; other steps never keep leftovers from switching kinds.
      const step = forwarding ? values : { ...values, agencyId: null, letterNo: '', replyDueDate: null };
      await addComplaintStep(db, step);
      notifications.show({ color: 'teal', message: t('complaints.stepSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), kind !== null && !addingAgency);
  const e = formState.errors;
  const err = (m: string | undefined) => complaintFieldError(t, m);

  return (
    <Modal opened={kind !== null} onClose={onClose} title={t('complaints.stepTitle')} size="lg" closeOnClickOutside={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('complaints.stepForm')}>
        <Grid>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="kind" label={t('complaints.fields.stepKind')} withAsterisk data={COMPLAINT_STEP_KINDS.filter((k) => k !== 'received').map((k) => ({ value: k, label: t(`complaints.steps.${k}`) }))} error={err(e.kind?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller control={control} name="date" render={({ field }) => <ThaiDateInput label={t('complaints.fields.stepDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v)} error={err(e.date?.message)} />} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="staffId"
              render={({ field }) => (
                <Select label={t('complaints.fields.stepStaff')} clearable searchable data={(staff ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: staffDisplayName(s) }))} value={field.value} onChange={(v) => field.onChange(v)} error={err(e.staffId?.message)} />
              )}
            />
          </Grid.Col>
          {forwarding && (
            <>
              <Grid.Col span={12}>
                <Group align="flex-end" wrap="nowrap">
                  <Controller
                    control={control}
                    name="agencyId"
                    render={({ field }) => (
                      <Select
                        style={{ flex: 1 }}
                        label={t('complaints.fields.agency')}
                        withAsterisk
                        searchable
                        nothingFoundMessage={t('complaints.noAgencyFound')}
                        data={(agencies ?? []).filter((a) => a.active || a.id === field.value).map((a) => ({ value: a.id, label: a.name }))}
                        value={field.value}
                        onChange={(v) => field.onChange(v)}
                        error={err(e.agencyId?.message)}
                      />
                    )}
                  />
                  <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAddingAgency(true)}>
                    {t('complaints.addAgency')}
                  </Button>
                </Group>
              </Grid.Col>
              <Grid.Col span={6}>
                <TextInput label={t('complaints.fields.letterNo')} withAsterisk placeholder={t('complaints.letterNoPlaceholder')} {...register('letterNo')} error={err(e.letterNo?.message)} />
              </Grid.Col>
              <Grid.Col span={6}>
                <Controller
                  control={control}
                  name="replyDueDate"
                  render={({ field }) => <ThaiDateInput label={t('complaints.fields.replyDueDate')} value={field.value} onChange={(v) => field.onChange(v)} error={err(e.replyDueDate?.message)} />}
                />
              </Grid.Col>
            </>
          )}
          <Grid.Col span={12}>
            <Textarea label={t('complaints.fields.note')} withAsterisk={chosenKind === 'closed'} autosize minRows={2} maxRows={8} {...register('note')} error={err(e.note?.message)} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
      <AgencyQuickAddModal opened={addingAgency} onClose={() => setAddingAgency(false)} onAdded={(id) => setValue('agencyId', id, { shouldDirty: true, shouldValidate: true })} />
    </Modal>
  );
}
