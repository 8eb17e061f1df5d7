import { Autocomplete, Grid, Modal, NumberInput, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERN_STATUSES, internSchema, type Intern } from '../../../src-main/shared/domain/internship';
import { WORK_GROUPS, staffDisplayName } from '../../../src-main/shared/domain/staff';
import { internRepo, type InternRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { ImagePicker } from '../../ui/ImagePicker';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { studentIdTaken } from './model/student-id';
import { useInstitutions } from './use-internship-data';
import { useLiveQuery } from 'dexie-react-hooks';

const TITLES = ['นาย', 'นางสาว', 'นาง'];

const PHOTO_TEXTS = {
  label: 'internships.photo.label',
  alt: 'internships.photo.alt',
  empty: 'internships.photo.empty',
  choose: 'internships.photo.choose',
  remove: 'internships.photo.remove',
  wrongType: 'office.logoWrongType',
  tooLarge: 'internships.photo.tooLarge',
  failed: 'internships.photo.failed',
};

const EMPTY: Intern = {
  title: '',
  firstName: '',
  lastName: '',
  firstNameEn: '',
  lastNameEn: '',
  studentId: '',
  institutionId: '',
  programme: '',
  phone: '',
  email: '',
  emergencyContact: '',
  startDate: '',
  endDate: '',
  requiredHours: 280,
  mentorId: null,
  staffId: null,
  workGroup: 'public-relations',
  status: 'accepted',
  photoBlobId: null,
  erasedAt: null,
};

function toForm(record: InternRecord): Intern {
  return withoutEnvelope(record);
}

/** Register or edit an intern. A duplicate student ID or a bad period is reported beside the field. */
export function InternFormModal({ editing, onClose }: { editing: InternRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const institutions = useInstitutions();
  const staff = useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted && s.active), [db]);
  const { register, control, handleSubmit, reset, setError, setValue, formState } = useForm<Intern>({
    resolver: zodResolver(internSchema),
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY : toForm(editing));
  }, [editing, reset]);

  const save = handleSubmit(async (values) => {
    const id = editing && editing !== 'new' ? editing.id : null;
    if (await studentIdTaken(db, values.studentId, values.institutionId, id)) {
      setError('studentId', { message: 'validation.duplicateStudentId' }, { shouldFocus: true });
      return;
    }
    try {
      if (id) await internRepo(db).update(id, values);
      else await internRepo(db).create(values);
      notifications.show({ color: 'teal', message: t('internships.internSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => fieldError(t, m);

  return (
    <Modal opened={editing !== null} onClose={onClose} title={editing === 'new' ? t('internships.addIntern') : t('internships.editIntern')} size="xl" closeOnClickOutside={!formState.isDirty} closeOnEscape={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('internships.internForm')}>
        <Grid>
          <Grid.Col span={3}>
            <Controller
              control={control}
              name="title"
              render={({ field }) => <Autocomplete label={t('staff.fields.title')} data={TITLES} value={field.value} onChange={field.onChange} error={err(e.title?.message)} />}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('staff.fields.firstName')} withAsterisk data-autofocus {...register('firstName')} error={err(e.firstName?.message)} />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput label={t('staff.fields.lastName')} withAsterisk {...register('lastName')} error={err(e.lastName?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('internships.fields.firstNameEn')} {...register('firstNameEn')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('internships.fields.lastNameEn')} {...register('lastNameEn')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('internships.fields.studentId')} withAsterisk {...register('studentId')} error={err(e.studentId?.message)} />
          </Grid.Col>
          <Grid.Col span={8}>
            <Controller
              control={control}
              name="institutionId"
              render={({ field }) => (
                <Select
                  label={t('internships.fields.institution')}
                  withAsterisk
                  searchable
                  data={(institutions ?? []).map((i) => ({ value: i.id, label: i.name }))}
                  value={field.value || null}
                  onChange={(v) => {
                    field.onChange(v ?? '');
                    const chosen = institutions?.find((i) => i.id === v);
                    // The institution's required hours are the usual answer; the field stays editable.
                    if (chosen && editing === 'new') setValue('requiredHours', chosen.requiredHours);
                  }}
                  error={err(e.institutionId?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('internships.fields.programme')} {...register('programme')} error={err(e.programme?.message)} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label={t('staff.fields.phone')} {...register('phone')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label={t('staff.fields.email')} {...register('email')} error={err(e.email?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="photoBlobId"
              render={({ field }) => <ImagePicker value={field.value} onChange={field.onChange} texts={PHOTO_TEXTS} testId="intern-photo" />}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('internships.fields.emergencyContact')} {...register('emergencyContact')} error={err(e.emergencyContact?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="startDate"
              render={({ field }) => <ThaiDateInput label={t('internships.fields.startDate')} withAsterisk value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={err(e.startDate?.message)} />}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="endDate"
              render={({ field }) => <ThaiDateInput label={t('internships.fields.endDate')} withAsterisk value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={err(e.endDate?.message)} />}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="requiredHours"
              render={({ field }) => (
                <NumberInput label={t('internships.fields.requiredHours')} min={0} allowDecimal={false} value={field.value} onChange={(v) => field.onChange(Number(v) || 0)} error={err(e.requiredHours?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="mentorId"
              render={({ field }) => (
                <Select
                  label={t('internships.fields.mentor')}
                  clearable
                  data={(staff ?? []).map((s) => ({ value: s.id, label: staffDisplayName(s) }))}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="staffId"
              render={({ field }) => (
                <Select
                  label={t('internships.fields.signIn')}
                  description={t('internships.fields.signInHelp')}
                  clearable
                  data={(staff ?? []).filter((s) => s.role === 'intern').map((s) => ({ value: s.id, label: staffDisplayName(s) }))}
                  value={field.value ?? null}
                  onChange={field.onChange}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="workGroup"
              render={({ field }) => (
                <Select label={t('staff.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} value={field.value} onChange={(v) => field.onChange(v)} allowDeselect={false} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="status"
              render={({ field }) => (
                <Select label={t('internships.fields.status')} data={INTERN_STATUSES.map((s) => ({ value: s, label: t(`internships.status.${s}`) }))} value={field.value} onChange={(v) => field.onChange(v)} allowDeselect={false} />
              )}
            />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
