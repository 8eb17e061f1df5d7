import { Checkbox, Grid, Modal, Select, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
  DATA_REQUEST_SUBJECT_TABLES,
  dataRequestInputSchema,
  type DataRequestInput,
} from '../../../src-main/shared/domain/data-request';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { withoutEnvelope, type DataRequestRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { useMaySeePersonalData } from '../complaints';
import { createDataRequest, subjectChoices, updateDataRequest } from './model/data-requests';
import { privacyFieldError } from './privacy-field-error';

function emptyRequest(today: string, handledBy: string | null): DataRequestInput {
  return {
    receivedDate: today,
    channel: 'walk-in',
    kind: 'access',
    requesterName: '',
    requesterContact: '',
    onBehalf: false,
    identityCheck: 'บัตรประจำตัวประชาชน',
    subjectTable: null,
    subjectId: null,
    details: '',
    status: 'received',
    answeredDate: null,
    answer: '',
    handledBy,
  };
}

function toForm(record: DataRequestRecord): DataRequestInput {
  const { yearBE: _year, seq: _seq, ...input } = withoutEnvelope(record);
  return input;
}

/**
 * รับคำขอใช้สิทธิ: the intake of a request from a person about their data, and later its answer.
 * The person is found among the records this office holds (an intern, a complainant who gave
 * consent, a media contact, a staff member), so the access export and an erasure can follow.
 * A person's own page opens it with them already named (`prefill`).
 */
export function RequestFormModal({ editing, onClose, prefill }: { editing: DataRequestRecord | 'new' | null; onClose: () => void; prefill?: Partial<DataRequestInput> }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const { register, control, handleSubmit, reset, setValue, formState } = useForm<DataRequestInput>({
    resolver: zodResolver(dataRequestInputSchema),
    defaultValues: emptyRequest(localIsoDate(new Date()), null),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  // The prefill is read when the form opens, not followed: a synced edit of the person's record
  // while the form is open must not wipe what was typed.
  const prefillRef = useRef(prefill);
  useEffect(() => {
    prefillRef.current = prefill;
  }, [prefill]);
  useEffect(() => {
    if (editing) reset(editing === 'new' ? { ...emptyRequest(localIsoDate(new Date()), currentStaff?.id ?? null), ...prefillRef.current } : toForm(editing));
  }, [editing, reset, currentStaff?.id]);
  const subjectTable = useWatch({ control, name: 'subjectTable' });
  const status = useWatch({ control, name: 'status' });
  const complainant = useMaySeePersonalData();
  const people = useLiveQuery(async () => (subjectTable ? subjectChoices(db, subjectTable, complainant) : []), [db, subjectTable, complainant]);
  const staff = useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted && s.role !== 'intern'), [db]);

  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await createDataRequest(db, values);
      else if (editing) await updateDataRequest(db, editing.id, values);
      notifications.show({ color: 'teal', message: t('privacy.requests.saved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => privacyFieldError(t, m);
  const closed = status === 'answered' || status === 'refused';

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('privacy.requests.newTitle') : t('privacy.requests.editTitle')}
      size="xl"
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('privacy.requests.form')}>
        <Grid>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="receivedDate"
              render={({ field }) => (
                <ThaiDateInput label={t('privacy.requests.fields.receivedDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v)} error={err(e.receivedDate?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="channel" label={t('privacy.requests.fields.channel')} withAsterisk data={DATA_REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`privacy.requests.channels.${c}`) }))} />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="kind" label={t('privacy.requests.fields.kind')} withAsterisk data={DATA_REQUEST_KINDS.map((k) => ({ value: k, label: t(`privacy.requests.kinds.${k}`) }))} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('privacy.requests.fields.requesterName')} withAsterisk data-autofocus {...register('requesterName')} error={err(e.requesterName?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('privacy.requests.fields.requesterContact')} {...register('requesterContact')} error={err(e.requesterContact?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('privacy.requests.fields.identityCheck')} description={t('privacy.requests.identityHelp')} withAsterisk {...register('identityCheck')} error={err(e.identityCheck?.message)} />
          </Grid.Col>
          <Grid.Col span={6} pt="xl">
            <Controller control={control} name="onBehalf" render={({ field }) => <Checkbox label={t('privacy.requests.fields.onBehalf')} checked={field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="subjectTable"
              render={({ field }) => (
                <Select
                  label={t('privacy.requests.fields.subjectTable')}
                  placeholder={t('privacy.requests.subjectNotFound')}
                  clearable
                  data={DATA_REQUEST_SUBJECT_TABLES.map((table) => ({ value: table, label: t(`privacy.requests.subjectTables.${table}`) }))}
                  value={field.value}
                  onChange={(v) => {
                    field.onChange(v);
                    // The person belongs to the kind chosen: a new kind starts the search again.
                    setValue('subjectId', null, { shouldDirty: true });
                  }}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <Controller
              control={control}
              name="subjectId"
              render={({ field }) => (
                <Select
                  label={t('privacy.requests.fields.subjectId')}
                  placeholder={subjectTable ? t('privacy.requests.searchPerson') : t('privacy.requests.chooseKindFirst')}
                  disabled={!subjectTable}
                  searchable
                  clearable
                  nothingFoundMessage={t('privacy.requests.nobodyFound')}
                  data={people ?? []}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  error={err(e.subjectId?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('privacy.requests.fields.details')} withAsterisk autosize minRows={2} maxRows={8} {...register('details')} error={err(e.details?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <ControlledSelect control={control} name="status" label={t('privacy.requests.fields.status')} withAsterisk data={DATA_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`privacy.requests.statuses.${s}`) }))} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="handledBy"
              render={({ field }) => (
                <Select
                  label={t('privacy.requests.fields.handledBy')}
                  clearable
                  searchable
                  data={(staff ?? []).map((s) => ({ value: s.id, label: staffDisplayName(s) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="answeredDate"
              render={({ field }) => (
                <ThaiDateInput label={t('privacy.requests.fields.answeredDate')} withAsterisk={closed} value={field.value} onChange={(v) => field.onChange(v)} error={err(e.answeredDate?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('privacy.requests.fields.answer')}
              description={t('privacy.requests.answerHelp')}
              withAsterisk={closed}
              autosize
              minRows={2}
              maxRows={8}
              {...register('answer')}
              error={err(e.answer?.message)}
            />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
