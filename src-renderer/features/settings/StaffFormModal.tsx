import { Autocomplete, Grid, Modal, Paper, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, WORK_GROUPS, staffDisplayName, staffSchema, type Staff } from '../../../src-main/shared/domain/staff';
import { staffRepo, type StaffRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { PersonErasure } from '../privacy';
import { eraseFormerStaff } from './staff-privacy';

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

function toForm(record: StaffRecord): Staff {
  return { ...EMPTY_STAFF, ...withoutEnvelope(record) };
}

/** Add or edit a staff member. A failed save keeps the dialog open with everything typed. */
export function StaffFormModal({ editing, onClose }: { editing: StaffRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<Staff>({
    resolver: zodResolver(staffSchema),
    defaultValues: EMPTY_STAFF,
    // Validate on save, then live while correcting: validating on blur shifts the layout under
    // the pointer and swallowed the click on บันทึก (seen in E2E).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  // Read during render so react-hook-form tracks them (it computes only what is read).
  const { isDirty: _isDirty, dirtyFields: _dirtyFields } = formState;

  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY_STAFF : toForm(editing));
  }, [editing, reset]);

  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await staffRepo(db).create(values);
      else if (editing) {
        // Only the fields edited here (see OfficeProfileForm): never overwrite newer synced values.
        const edited = Object.fromEntries(
          Object.keys(formState.dirtyFields).map((key) => [key, values[key as keyof Staff]]),
        ) as Partial<Staff>;
        await staffRepo(db).update(editing.id, edited);
      }
      notifications.show({ color: 'teal', message: t('staff.saved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);

  const err = (name: keyof Staff) => fieldError(t, formState.errors[name]?.message);
  const existing = editing && editing !== 'new' ? editing : null;
  // Once erased, their contacts stay empty: a value typed here would be erased again by every
  // other workstation as it arrives (the erasure follows the record), so it is not offered.
  const erased = useLiveQuery(async () => (existing ? (await db.dataErasures.where('[table+recordId]').equals(['staff', existing.id]).count()) > 0 : false), [db, existing]) ?? false;

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('staff.addTitle') : t('staff.editTitle')}
      size="lg"
      // With unsaved edits, only Cancel or Save close it: a stray click must not lose them.
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(e) => void save(e)} noValidate aria-label={t('staff.formLabel')}>
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
          <Grid.Col span={4}>
            <TextInput label={t('staff.fields.firstName')} withAsterisk {...register('firstName')} error={err('firstName')} data-autofocus />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('staff.fields.lastName')} withAsterisk {...register('lastName')} error={err('lastName')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('staff.fields.position')} {...register('position')} error={err('position')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="workGroup" label={t('staff.fields.workGroup')} withAsterisk data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} error={err('workGroup')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="role" label={t('staff.fields.role')} withAsterisk data={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} error={err('role')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('staff.fields.phone')} {...register('phone')} error={err('phone')} disabled={erased} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('staff.fields.email')} {...register('email')} error={err('email')} disabled={erased} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="startDate"
              render={({ field }) => (
                <ThaiDateInput
                  label={t('staff.fields.startDate')}
                  value={field.value}
                  onChange={field.onChange}
                  error={err('startDate')}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6} pt="xl">
            <Controller
              control={control}
              name="active"
              render={({ field }) => (
                <Switch
                  label={t('staff.fields.active')}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
      {existing && (
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
              erase={(reason) => eraseFormerStaff(db, existing.id, reason)}
              onErased={onClose}
            />
          )}
        </Paper>
      )}
    </Modal>
  );
}
