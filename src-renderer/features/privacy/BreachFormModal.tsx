import { Grid, Modal, MultiSelect, NumberInput, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BREACH_RISKS } from '../../../src-main/shared/domain/data-breach';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from '../../../src-main/shared/pdpa/personal-fields';
import { dataBreachRepo, withoutEnvelope, type DataBreachRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { bangkokParts, breachFormSchema, breachFromForm, formFromBreach, type BreachForm } from './model/breach-form';
import { privacyFieldError } from './privacy-field-error';

function emptyBreach(now: Date): BreachForm {
  return { discoveredDate: localIsoDate(now), discoveredTime: bangkokParts(now.toISOString()).time, title: '', description: '', categories: [], peopleAffected: null, risk: 'risk', measures: '' };
}

/** บันทึกเหตุละเมิด: what happened, when the office learned of it (the 72 hours start), and the risk. */
export function BreachFormModal({ editing, onClose }: { editing: DataBreachRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<BreachForm>({
    resolver: zodResolver(breachFormSchema),
    defaultValues: emptyBreach(new Date()),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? emptyBreach(new Date()) : formFromBreach(withoutEnvelope(editing)));
  }, [editing, reset]);

  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') {
        await dataBreachRepo(db).create(breachFromForm(values, { regulatorNotifiedAt: null, subjectsNotifiedAt: null, status: 'open', reportedBy: currentStaff?.id ?? null }));
      } else if (editing) {
        const { regulatorNotifiedAt, subjectsNotifiedAt, status, reportedBy } = editing;
        await dataBreachRepo(db).update(editing.id, breachFromForm(values, { regulatorNotifiedAt, subjectsNotifiedAt, status, reportedBy }));
      }
      notifications.show({ color: 'teal', message: t('privacy.breaches.saved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => privacyFieldError(t, m);

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? t('privacy.breaches.newTitle') : t('privacy.breaches.editTitle')}
      size="xl"
      closeOnClickOutside={!formState.isDirty}
      closeOnEscape={!formState.isDirty}
    >
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('privacy.breaches.form')}>
        <Grid>
          <Grid.Col span={4}>
            <Controller
              control={control}
              name="discoveredDate"
              render={({ field }) => (
                <ThaiDateInput label={t('privacy.breaches.fields.discoveredDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v)} error={err(e.discoveredDate?.message)} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput type="time" label={t('privacy.breaches.fields.discoveredTime')} withAsterisk {...register('discoveredTime')} error={err(e.discoveredTime?.message)} />
          </Grid.Col>
          <Grid.Col span={5}>
            <ControlledSelect control={control} name="risk" label={t('privacy.breaches.fields.risk')} withAsterisk data={BREACH_RISKS.map((r) => ({ value: r, label: t(`privacy.breaches.risks.${r}`) }))} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('privacy.breaches.fields.title')} withAsterisk data-autofocus {...register('title')} error={err(e.title?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('privacy.breaches.fields.description')} description={t('privacy.breaches.descriptionHelp')} withAsterisk autosize minRows={3} maxRows={10} {...register('description')} error={err(e.description?.message)} />
          </Grid.Col>
          <Grid.Col span={8}>
            <Controller
              control={control}
              name="categories"
              render={({ field }) => (
                <MultiSelect label={t('privacy.breaches.fields.categories')} data={DATA_CATEGORIES.map((c) => ({ value: c, label: DATA_CATEGORY_LABELS[c] }))} value={field.value} onChange={(v) => field.onChange(v)} searchable />
              )}
            />
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
                  error={err(e.peopleAffected?.message)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('privacy.breaches.fields.measures')} autosize minRows={2} maxRows={8} {...register('measures')} error={err(e.measures?.message)} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
