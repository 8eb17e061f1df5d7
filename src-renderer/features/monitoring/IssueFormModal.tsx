import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEDIA_ISSUE_STATUSES, MEDIA_TONES, mediaIssueSchema, type MediaIssue } from '../../../src-main/shared/domain/media-monitoring';
import type { MediaIssueRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useMonitoringCommands } from './data';
import { useMonitoringLookups } from './data/use-lookups';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';

const blank = (): MediaIssue => ({
  title: '',
  description: '',
  status: 'open',
  tone: 'negative',
  ownerId: null,
  agencyId: null,
  firstSeenAt: bangkokWallClock(new Date()),
  responses: [],
  closedOn: null,
});

/** ประเด็นข่าว: its title, status (closing asks for the day), owner; responses are logged on its page. */
export function IssueFormModal({ target, onClose }: { target: MediaIssueRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lookups = useMonitoringLookups();
  const commands = useMonitoringCommands();
  const record = useRecordForm({
    schema: mediaIssueSchema,
    target,
    defaults: blank(),
    save: createOrUpdate({ create: commands.createIssue, update: commands.updateIssue }),
    saved: t('monitoring.issues.saved'),
    onClose,
    module: 'monitoring',
  });
  const { control } = record.form;
  const f = (k: string) => t(`monitoring.issues.fields.${k}`);
  return (
    <RecordFormModal record={record} title={t('monitoring.issues.title')} size="lg" formLabel={t('monitoring.issues.form')}>
      <Grid>
        <GridTextInput record={record} name="title" span={12} label={f('title')} withAsterisk data-autofocus />
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="status" label={f('status')} data={MEDIA_ISSUE_STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="tone" label={f('tone')} data={MEDIA_TONES.map((s) => ({ value: s, label: t(`monitoring.tone.${s}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="closedOn" label={f('closedOn')} error={record.error('closedOn')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateTimeInput control={control} name="firstSeenAt" label={f('firstSeenAt')} error={record.error('firstSeenAt')} required />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="ownerId" label={f('owner')} data={lookups?.staffChoices ?? []} searchable clearable />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledOptionalSelect control={control} name="agencyId" label={f('agency')} data={lookups?.agencyChoices ?? []} searchable clearable />
        </Grid.Col>
        <GridTextarea record={record} name="description" span={12} label={f('description')} autosize minRows={2} />
      </Grid>
    </RecordFormModal>
  );
}
