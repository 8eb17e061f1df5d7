import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AGENCY_KINDS, agencySchema } from '../../../src-main/shared/domain/agency';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useAddAgency } from './data';

/** Only what forwarding needs; the directory's own screen keeps the rest (address, contact person). */
const quickAgencySchema = agencySchema.pick({ name: true, kind: true, phone: true, email: true }).extend({
  phone: z.string().trim().max(60).regex(/^[0-9+\-() ,#]*$/, { message: 'validation.phone' }),
});
type QuickAgency = z.infer<typeof quickAgencySchema>;

const EMPTY: QuickAgency = { name: '', kind: 'provincial', phone: '', email: '' };

/**
 * Adds an agency to the shared directory while forwarding a complaint, and hands back its id.
 * Its own form element, so saving here never submits the step form underneath.
 */
export function AgencyQuickAddModal({ opened, onClose, onAdded }: { opened: boolean; onClose: () => void; onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordForm({
    schema: quickAgencySchema,
    target: opened ? 'new' : null,
    defaults: EMPTY,
    values: () => EMPTY,
    save: useAddAgency(),
    saved: (created) => t('complaints.agencyAdded', { name: created.name }),
    onClose,
    onSaved: (created) => onAdded(created.id),
    saveShortcut: false,
  });
  const { control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={t('complaints.addAgency')} size="lg" formLabel={t('complaints.agencyForm')} keepWhenDirty="click">
      <Grid>
        <GridTextInput record={record} name="name" span={12} label={t('complaints.agency.name')} withAsterisk data-autofocus />
        <Grid.Col span={12}>
          <ControlledSelect control={control} name="kind" label={t('complaints.agency.kind')} withAsterisk data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`complaints.agencyKinds.${k}`) }))} error={err('kind')} />
        </Grid.Col>
        <GridTextInput record={record} name="phone" span={6} label={t('complaints.agency.phone')} />
        <GridTextInput record={record} name="email" span={6} label={t('complaints.agency.email')} />
      </Grid>
    </RecordFormModal>
  );
}
