import { Grid, Textarea } from '@mantine/core';
import { useWatch } from 'react-hook-form';
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
import { ControlledCheckbox } from '../../ui/ControlledCheckbox';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useMaySeePersonalData } from '../complaints';
import { useStaff } from '../settings/data';
import { useDataRequestCommands, useSubjectChoices } from './data';

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
 * A person's own page opens it with them already named (`prefill`, read when the form opens and
 * not followed: a synced edit of the person's record must not wipe what was typed).
 */
export function RequestFormModal({ editing, onClose, prefill }: { editing: DataRequestRecord | 'new' | null; onClose: () => void; prefill?: Partial<DataRequestInput> }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const record = useRecordForm({
    schema: dataRequestInputSchema,
    target: editing,
    defaults: emptyRequest(localIsoDate(new Date()), null),
    values: (open) => (open === 'new' ? { ...emptyRequest(localIsoDate(new Date()), currentStaff?.id ?? null), ...prefill } : toForm(open)),
    reloadOn: [currentStaff?.id],
    save: createOrUpdate(useDataRequestCommands()),
    saved: t('privacy.requests.saved'),
    onClose,
    module: 'privacy',
  });
  const { register, control, setValue } = record.form;
  const subjectTable = useWatch({ control, name: 'subjectTable' });
  const status = useWatch({ control, name: 'status' });
  const complainant = useMaySeePersonalData();
  const people = useSubjectChoices(subjectTable, complainant);
  const staff = useStaff()?.filter((s) => s.role !== 'intern');
  const err = record.error;
  const closed = status === 'answered' || status === 'refused';
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('privacy.requests.newTitle') : t('privacy.requests.editTitle')} size="xl" formLabel={t('privacy.requests.form')}>
      <Grid>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="receivedDate" label={t('privacy.requests.fields.receivedDate')} withAsterisk error={err('receivedDate')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="channel" label={t('privacy.requests.fields.channel')} withAsterisk data={DATA_REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`privacy.requests.channels.${c}`) }))} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="kind" label={t('privacy.requests.fields.kind')} withAsterisk data={DATA_REQUEST_KINDS.map((k) => ({ value: k, label: t(`privacy.requests.kinds.${k}`) }))} />
        </Grid.Col>
        <GridTextInput record={record} name="requesterName" span={6} label={t('privacy.requests.fields.requesterName')} withAsterisk data-autofocus />
        <GridTextInput record={record} name="requesterContact" span={6} label={t('privacy.requests.fields.requesterContact')} />
        <GridTextInput record={record} name="identityCheck" span={6} label={t('privacy.requests.fields.identityCheck')} description={t('privacy.requests.identityHelp')} withAsterisk />
        <Grid.Col span={6} pt="xl">
          <ControlledCheckbox control={control} name="onBehalf" label={t('privacy.requests.fields.onBehalf')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledOptionalSelect
            control={control}
            name="subjectTable"
            label={t('privacy.requests.fields.subjectTable')}
            placeholder={t('privacy.requests.subjectNotFound')}
            clearable
            data={DATA_REQUEST_SUBJECT_TABLES.map((table) => ({ value: table, label: t(`privacy.requests.subjectTables.${table}`) }))}
            // The person belongs to the kind chosen: a new kind starts the search again.
            onChosen={() => setValue('subjectId', null, { shouldDirty: true })}
          />
        </Grid.Col>
        <Grid.Col span={8}>
          <ControlledOptionalSelect
            control={control}
            name="subjectId"
            label={t('privacy.requests.fields.subjectId')}
            placeholder={subjectTable ? t('privacy.requests.searchPerson') : t('privacy.requests.chooseKindFirst')}
            disabled={!subjectTable}
            searchable
            clearable
            nothingFoundMessage={t('privacy.requests.nobodyFound')}
            data={people ?? []}
            error={err('subjectId')}
          />
        </Grid.Col>
        <GridTextarea record={record} name="details" span={12} label={t('privacy.requests.fields.details')} withAsterisk autosize minRows={2} maxRows={8} />
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="status" label={t('privacy.requests.fields.status')} withAsterisk data={DATA_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`privacy.requests.statuses.${s}`) }))} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledOptionalSelect control={control} name="handledBy" label={t('privacy.requests.fields.handledBy')} clearable searchable data={(staff ?? []).map((s) => ({ value: s.id, label: staffDisplayName(s) }))} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="answeredDate" label={t('privacy.requests.fields.answeredDate')} withAsterisk={closed} error={err('answeredDate')} />
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
            error={err('answer')}
          />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
