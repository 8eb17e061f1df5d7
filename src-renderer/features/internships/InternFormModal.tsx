import { Autocomplete, Grid } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTERN_STATUSES, internSchema, type Intern } from '../../../src-main/shared/domain/internship';
import { WORK_GROUPS, staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { InternRecord } from '../../data';
import { ImagePicker } from '../../ui/ImagePicker';
import { ControlledNumberInput } from '../../ui/ControlledNumberInput';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useStaff } from '../settings/data';
import { useInstitutions, useInternshipCommands } from './data';

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

const idOf = (open: InternRecord | 'new') => (open === 'new' ? null : open.id);

/** Register or edit an intern. A duplicate student ID or a bad period is reported beside the field. */
export function InternFormModal({ editing, onClose }: { editing: InternRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { studentIdTaken, saveIntern } = useInternshipCommands();
  const institutions = useInstitutions();
  const allStaff = useStaff();
  const staff = useMemo(() => allStaff?.filter((s) => s.active), [allStaff]);
  const record = useRecordForm({
    schema: internSchema,
    target: editing,
    defaults: EMPTY,
    check: async (values, open, form) => {
      if (!(await studentIdTaken(values.studentId, values.institutionId, idOf(open)))) return true;
      form.setError('studentId', { message: 'validation.duplicateStudentId' }, { shouldFocus: true });
      return false;
    },
    save: (values, open) => saveIntern(idOf(open), values),
    saved: t('internships.internSaved'),
    onClose,
  });
  const { control, setValue } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('internships.addIntern') : t('internships.editIntern')} size="xl" formLabel={t('internships.internForm')}>
      <Grid>
        <Grid.Col span={3}>
          <Controller
            control={control}
            name="title"
            render={({ field }) => <Autocomplete label={t('staff.fields.title')} data={TITLES} value={field.value} onChange={field.onChange} error={err('title')} />}
          />
        </Grid.Col>
        <GridTextInput record={record} name="firstName" span={4} label={t('staff.fields.firstName')} withAsterisk data-autofocus />
        <GridTextInput record={record} name="lastName" span={5} label={t('staff.fields.lastName')} withAsterisk />
        <GridTextInput record={record} name="firstNameEn" span={6} label={t('internships.fields.firstNameEn')} />
        <GridTextInput record={record} name="lastNameEn" span={6} label={t('internships.fields.lastNameEn')} />
        <GridTextInput record={record} name="studentId" span={4} label={t('internships.fields.studentId')} withAsterisk />
        <Grid.Col span={8}>
          <ControlledOptionalSelect
            control={control}
            name="institutionId"
            emptyAs=""
            label={t('internships.fields.institution')}
            withAsterisk
            searchable
            data={(institutions ?? []).map((i) => ({ value: i.id, label: i.name }))}
            onChosen={(v) => {
              const chosen = institutions?.find((i) => i.id === v);
              // The institution's required hours are the usual answer; the field stays editable.
              if (chosen && editing === 'new') setValue('requiredHours', chosen.requiredHours);
            }}
            error={err('institutionId')}
          />
        </Grid.Col>
        <GridTextInput record={record} name="programme" span={6} label={t('internships.fields.programme')} />
        <GridTextInput record={record} name="phone" span={3} label={t('staff.fields.phone')} />
        <GridTextInput record={record} name="email" span={3} label={t('staff.fields.email')} />
        <Grid.Col span={12}>
          <Controller
            control={control}
            name="photoBlobId"
            render={({ field }) => <ImagePicker value={field.value} onChange={field.onChange} texts={PHOTO_TEXTS} testId="intern-photo" />}
          />
        </Grid.Col>
        <GridTextInput record={record} name="emergencyContact" span={12} label={t('internships.fields.emergencyContact')} />
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="startDate" emptyAs="" label={t('internships.fields.startDate')} withAsterisk error={err('startDate')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="endDate" emptyAs="" label={t('internships.fields.endDate')} withAsterisk error={err('endDate')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledNumberInput control={control} name="requiredHours" label={t('internships.fields.requiredHours')} min={0} allowDecimal={false} error={err('requiredHours')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledOptionalSelect control={control} name="mentorId" label={t('internships.fields.mentor')} clearable data={(staff ?? []).map((s) => ({ value: s.id, label: staffDisplayName(s) }))} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledOptionalSelect
            control={control}
            name="staffId"
            label={t('internships.fields.signIn')}
            description={t('internships.fields.signInHelp')}
            clearable
            data={(staff ?? []).filter((s) => s.role === 'intern').map((s) => ({ value: s.id, label: staffDisplayName(s) }))}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="workGroup" label={t('staff.fields.workGroup')} data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="status" label={t('internships.fields.status')} data={INTERN_STATUSES.map((s) => ({ value: s, label: t(`internships.status.${s}`) }))} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
