import { Grid, NumberInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BREACH_RISKS } from '../../../src-main/shared/domain/data-breach';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from '../../../src-main/shared/pdpa/personal-fields';
import { withoutEnvelope, type DataBreachRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledMultiSelect } from '../../ui/ControlledMultiSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useBreachCommands } from './data';
import { bangkokParts, breachFormSchema, breachFromForm, formFromBreach, type BreachForm } from './model/breach-form';
import { ControlledThaiTimeInput } from '../../ui/ControlledThaiDateTimeInput';

function emptyBreach(now: Date): BreachForm {
  return { discoveredDate: localIsoDate(now), discoveredTime: bangkokParts(now.toISOString()).time, title: '', description: '', categories: [], peopleAffected: null, risk: 'risk', measures: '' };
}

/** บันทึกเหตุละเมิด: what happened, when the office learned of it (the 72 hours start), and the risk. */
export function BreachFormModal({ editing, onClose }: { editing: DataBreachRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const breaches = useBreachCommands();
  const record = useRecordForm({
    schema: breachFormSchema,
    target: editing,
    defaults: emptyBreach(new Date()),
    values: (open) => (open === 'new' ? emptyBreach(new Date()) : formFromBreach(withoutEnvelope(open))),
    save: async (values, open) => {
      if (open === 'new') {
        await breaches.create(breachFromForm(values, { regulatorNotifiedAt: null, subjectsNotifiedAt: null, status: 'open', reportedBy: currentStaff?.id ?? null }));
      } else {
        const { regulatorNotifiedAt, subjectsNotifiedAt, status, reportedBy } = open;
        await breaches.update(open.id, breachFromForm(values, { regulatorNotifiedAt, subjectsNotifiedAt, status, reportedBy }));
      }
    },
    saved: t('privacy.breaches.saved'),
    onClose,
    module: 'privacy',
  });
  const { control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('privacy.breaches.newTitle') : t('privacy.breaches.editTitle')} size="xl" formLabel={t('privacy.breaches.form')}>
      <Grid>
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="discoveredDate" label={t('privacy.breaches.fields.discoveredDate')} withAsterisk error={err('discoveredDate')} />
        </Grid.Col>
        <Grid.Col span={3}>
          <ControlledThaiTimeInput control={control} name="discoveredTime" label={t('privacy.breaches.fields.discoveredTime')} withAsterisk error={err('discoveredTime')} />
        </Grid.Col>
        <Grid.Col span={5}>
          <ControlledSelect control={control} name="risk" label={t('privacy.breaches.fields.risk')} withAsterisk data={BREACH_RISKS.map((r) => ({ value: r, label: t(`privacy.breaches.risks.${r}`) }))} />
        </Grid.Col>
        <GridTextInput record={record} name="title" span={12} label={t('privacy.breaches.fields.title')} withAsterisk data-autofocus />
        <GridTextarea record={record} name="description" span={12} label={t('privacy.breaches.fields.description')} description={t('privacy.breaches.descriptionHelp')} withAsterisk autosize minRows={3} maxRows={10} />
        <Grid.Col span={8}>
          <ControlledMultiSelect control={control} name="categories" label={t('privacy.breaches.fields.categories')} data={DATA_CATEGORIES.map((c) => ({ value: c, label: DATA_CATEGORY_LABELS[c] }))} searchable />
        </Grid.Col>
        <Grid.Col span={4}>
          <Controller
            control={control}
            name="peopleAffected"
            render={({ field }) => (
              <NumberInput
                label={t('privacy.breaches.fields.peopleAffected')}
                placeholder={t('privacy.breaches.unknown')}
                min={0}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                error={err('peopleAffected')}
              />
            )}
          />
        </Grid.Col>
        <GridTextarea record={record} name="measures" span={12} label={t('privacy.breaches.fields.measures')} autosize minRows={2} maxRows={8} />
      </Grid>
    </RecordFormModal>
  );
}
