import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ISSUE_RESPONSE_KINDS, issueResponseSchema, mediaIssueSchema } from '../../../src-main/shared/domain/media-monitoring';
import { withoutEnvelope, type MediaIssueRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateTimeInput } from '../../ui/ControlledThaiDateTimeInput';
import { GridTextarea } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useMonitoringCommands } from './data';
import { useMonitoringLookups } from './data/use-lookups';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';

/** A response checked with the issue's own rules: a record for a release/briefing/conference, not before the issue was seen. */
const responseFor = (firstSeenAt: string) =>
  issueResponseSchema.superRefine((r, ctx) => {
    if (r.at < firstSeenAt) ctx.addIssue({ code: 'custom', message: 'monitoring.validation.responseBeforeSeen', path: ['at'] });
    if (r.kind !== 'other' && !r.recordId) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['recordId'] });
  });

/** บันทึกการชี้แจง: how and when the office answered the issue; the first answer moves an open issue to กำลังชี้แจง. */
export function ResponseFormModal({ issue, opened, onClose }: { issue: MediaIssueRecord; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lookups = useMonitoringLookups();
  const { updateIssue } = useMonitoringCommands();
  const record = useRecordForm({
    schema: responseFor(issue.firstSeenAt),
    target: opened ? 'new' : null,
    defaults: { kind: 'release', recordId: null, at: bangkokWallClock(new Date()), note: '' },
    save: async (response) => {
      const fields = withoutEnvelope(issue);
      const next = mediaIssueSchema.parse({ ...fields, status: fields.status === 'open' ? 'responding' : fields.status, responses: [...fields.responses, response] });
      return updateIssue(issue.id, next);
    },
    saved: t('monitoring.issues.responseSaved'),
    onClose,
    module: 'monitoring',
  });
  const { control, watch } = record.form;
  const kind = watch('kind');
  const records = kind === 'release' ? lookups?.releaseChoices : kind === 'briefing' ? lookups?.briefingChoices : kind === 'conference' ? lookups?.conferenceChoices : undefined;
  const r = (k: string) => t(`monitoring.issues.response.${k}`);
  return (
    <RecordFormModal record={record} title={t('monitoring.issues.addResponse')} size="lg" formLabel={t('monitoring.issues.addResponse')}>
      <Grid>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="kind" label={r('kind')} data={ISSUE_RESPONSE_KINDS.map((k) => ({ value: k, label: t(`monitoring.responseKind.${k}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledThaiDateTimeInput control={control} name="at" label={r('at')} error={record.error('at')} required />
        </Grid.Col>
        {records && (
          <Grid.Col span={12}>
            <ControlledOptionalSelect control={control} name="recordId" label={r('record')} data={records} searchable clearable error={record.error('recordId')} withAsterisk />
          </Grid.Col>
        )}
        <GridTextarea record={record} name="note" span={12} label={r('note')} autosize minRows={2} />
      </Grid>
    </RecordFormModal>
  );
}
