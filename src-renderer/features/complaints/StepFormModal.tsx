import { Button, Grid, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STEP_KINDS, complaintStepSchema, type ComplaintStep, type ComplaintStepKind } from '../../../src-main/shared/domain/complaint';
import { addDays } from '../../../src-main/shared/domain/complaint-deadlines';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { AgencyQuickAddModal } from './AgencyQuickAddModal';
import { useAgencies } from '../agencies/data';
import { useStaff } from '../settings/data';
import { useComplaintCommands } from './data';

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
  const { currentStaff } = useAppData();
  const { addStep } = useComplaintCommands();
  const staff = useStaff();
  const agencies = useAgencies();
  const [addingAgency, setAddingAgency] = useState(false);
  const record = useRecordForm({
    schema: complaintStepSchema,
    target: kind,
    defaults: emptyStep(complaintId, kind ?? 'reviewing', null),
    values: (open) => emptyStep(complaintId, open, currentStaff?.id ?? null),
    reloadOn: [complaintId, currentStaff?.id],
    // Only forwarding carries a letter; other steps never keep leftovers from switching kinds.
    save: (values) => addStep(values.kind === 'forwarded' ? values : { ...values, agencyId: null, letterNo: '', replyDueDate: null }),
    saved: t('complaints.stepSaved'),
    onClose,
    // Not while the agency dialog is open over this one.
    saveShortcut: !addingAgency,
    module: 'complaints',
  });
  const { control, setValue } = record.form;
  const chosenKind = useWatch({ control, name: 'kind' });
  const forwarding = chosenKind === 'forwarded';
  const err = record.error;
  return (
    <RecordFormModal
      record={record}
      title={t('complaints.stepTitle')}
      size="lg"
      formLabel={t('complaints.stepForm')}
      keepWhenDirty="click"
      below={<AgencyQuickAddModal opened={addingAgency} onClose={() => setAddingAgency(false)} onAdded={(id) => setValue('agencyId', id, { shouldDirty: true, shouldValidate: true })} />}
    >
      <Grid>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="kind" label={t('complaints.fields.stepKind')} withAsterisk data={COMPLAINT_STEP_KINDS.filter((k) => k !== 'received').map((k) => ({ value: k, label: t(`complaints.steps.${k}`) }))} error={err('kind')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateInput control={control} name="date" label={t('complaints.fields.stepDate')} withAsterisk error={err('date')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledOptionalSelect control={control} name="staffId" label={t('complaints.fields.stepStaff')} clearable searchable data={(staff ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: staffDisplayName(s) }))} error={err('staffId')} />
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
                      error={err('agencyId')}
                    />
                  )}
                />
                <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAddingAgency(true)}>
                  {t('complaints.addAgency')}
                </Button>
              </Group>
            </Grid.Col>
            <GridTextInput record={record} name="letterNo" span={6} label={t('complaints.fields.letterNo')} withAsterisk placeholder={t('complaints.letterNoPlaceholder')} />
            <Grid.Col span={6}>
              <ControlledThaiDateInput control={control} name="replyDueDate" label={t('complaints.fields.replyDueDate')} error={err('replyDueDate')} />
            </Grid.Col>
          </>
        )}
        <GridTextarea record={record} name="note" span={12} label={t('complaints.fields.note')} withAsterisk={chosenKind === 'closed'} autosize minRows={2} maxRows={8} />
      </Grid>
    </RecordFormModal>
  );
}
