import { Autocomplete, Grid, Paper, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, WORK_GROUPS, staffDisplayName, staffSchema, type Staff } from '../../../src-main/shared/domain/staff';
import { type StaffRecord, withoutEnvelope } from '../../data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledSwitch } from '../../ui/ControlledSwitch';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { editedValues, useRecordForm } from '../../ui/use-record-form';
import { PersonErasure } from '../privacy';
import { useStaffCommands, useStaffErased } from './data';

const COMMON_TITLES = ['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยตรีหญิง', 'ดร.'];

const EMPTY_STAFF: Staff = {
  title: '',
  firstName: '',
  lastName: '',
  position: '',
  workGroup: 'public-relations',
  role: 'officer',
  phone: '',
  email: '',
  startDate: null,
  active: true,
};

/** Add or edit a staff member. A failed save keeps the dialog open with everything typed. */
export function StaffFormModal({ editing, onClose }: { editing: StaffRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const staffCommands = useStaffCommands();
  const record = useRecordForm({
    schema: staffSchema,
    target: editing,
    defaults: EMPTY_STAFF,
    values: (open) => (open === 'new' ? EMPTY_STAFF : { ...EMPTY_STAFF, ...withoutEnvelope(open) }),
    // Only the fields edited here (see OfficeProfileForm): never overwrite newer synced values.
    save: (values, open, form) => (open === 'new' ? staffCommands.create(values) : staffCommands.update(open.id, editedValues(values, form))),
    saved: t('staff.saved'),
    onClose,
  });
  const { control } = record.form;
  const err = record.error;
  const existing = editing && editing !== 'new' ? editing : null;
  // Once erased, their contacts stay empty: a value typed here would be erased again by every
  // other workstation as it arrives (the erasure follows the record), so it is not offered.
  const erased = useStaffErased(existing);

  return (
    <RecordFormModal
      record={record}
      title={editing === 'new' ? t('staff.addTitle') : t('staff.editTitle')}
      size="lg"
      formLabel={t('staff.formLabel')}
      below={
        existing && (
          <Paper withBorder p="sm" mt="lg" data-testid="staff-privacy">
            {existing.active && !erased ? (
              <Text size="sm" c="dimmed">
                {t('staff.privacy.onlyFormer')}
              </Text>
            ) : (
              <PersonErasure
                table="staff"
                recordId={existing.id}
                prefix="staff.privacy"
                values={{ name: staffDisplayName(existing) }}
                testIds={{ erased: 'staff-erased', refused: 'staff-erase-refused' }}
                erase={(reason) => staffCommands.eraseFormer(existing.id, reason)}
                onErased={onClose}
              />
            )}
          </Paper>
        )
      }
    >
      <Grid>
        <Grid.Col span={4}>
          <Controller
            control={control}
            name="title"
            render={({ field }) => (
              <Autocomplete
                label={t('staff.fields.title')}
                data={COMMON_TITLES}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err('title')}
              />
            )}
          />
        </Grid.Col>
        <GridTextInput record={record} name="firstName" span={4} label={t('staff.fields.firstName')} withAsterisk data-autofocus />
        <GridTextInput record={record} name="lastName" span={4} label={t('staff.fields.lastName')} withAsterisk />
        <GridTextInput record={record} name="position" span={12} label={t('staff.fields.position')} />
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="workGroup" label={t('staff.fields.workGroup')} withAsterisk data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} error={err('workGroup')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="role" label={t('staff.fields.role')} withAsterisk data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} error={err('role')} />
        </Grid.Col>
        <GridTextInput record={record} name="phone" span={6} label={t('staff.fields.phone')} disabled={erased} />
        <GridTextInput record={record} name="email" span={6} label={t('staff.fields.email')} disabled={erased} />
        <Grid.Col span={6}>
          <ControlledThaiDateInput control={control} name="startDate" label={t('staff.fields.startDate')} error={err('startDate')} />
        </Grid.Col>
        <Grid.Col span={6} pt="xl">
          <ControlledSwitch control={control} name="active" label={t('staff.fields.active')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
