import { Grid, Modal, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AGENCY_KINDS, agencySchema } from '../../../src-main/shared/domain/agency';
import { agencyRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { fieldError, saveErrorText } from '../../ui/field-error';

/** Only what forwarding needs; the directory's own screen keeps the rest (address, contact person). */
const quickAgencySchema = agencySchema.pick({ name: true, kind: true, phone: true, email: true }).extend({
  phone: z.string().trim().max(60).regex(/^[0-9+\-() ,#]*$/, { message: 'validation.phone' }),
});
type QuickAgency = z.infer<typeof quickAgencySchema>;

const EMPTY: QuickAgency = { name: '', kind: 'provincial', phone: '', email: '' };

/** Adds an agency to the shared directory while forwarding a complaint, and hands back its id. */
export function AgencyQuickAddModal({ opened, onClose, onAdded }: { opened: boolean; onClose: () => void; onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<QuickAgency>({ resolver: zodResolver(quickAgencySchema), defaultValues: EMPTY });
  useEffect(() => {
    if (opened) reset(EMPTY);
  }, [opened, reset]);
  const save = handleSubmit(async (values) => {
    try {
      const created = await agencyRepo(db).create({ ...values, shortName: '', address: '', contactName: '', active: true });
      notifications.show({ color: 'teal', message: t('complaints.agencyAdded', { name: created.name }) });
      onAdded(created.id);
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  const e = formState.errors;
  return (
    <Modal opened={opened} onClose={onClose} title={t('complaints.addAgency')} size="lg" closeOnClickOutside={!formState.isDirty}>
      {/* Its own form element: a modal over the step form must not submit that form. */}
      <form
        onSubmit={(ev) => {
          ev.stopPropagation();
          void save(ev);
        }}
        noValidate
        aria-label={t('complaints.agencyForm')}
      >
        <Grid>
          <Grid.Col span={12}>
            <TextInput label={t('complaints.agency.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(t, e.name?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <ControlledSelect control={control} name="kind" label={t('complaints.agency.kind')} withAsterisk data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`complaints.agencyKinds.${k}`) }))} error={fieldError(t, e.kind?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('complaints.agency.phone')} {...register('phone')} error={fieldError(t, e.phone?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('complaints.agency.email')} {...register('email')} error={fieldError(t, e.email?.message)} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
