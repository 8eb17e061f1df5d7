import { Grid, Modal, NumberInput, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { complaintSettingsSchema, type ComplaintSettings } from '../../../src-main/shared/domain/complaint';
import { useAppData } from '../../session/app-data';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { complaintFieldError } from './complaint-field-error';
import { saveComplaintSettings } from './model/complaint-actions';

const FIELDS = ['acknowledgeDays', 'resultDays', 'warnDays'] as const;

/** The office's time limits (days), shared by every workstation through sync. */
export function ComplaintSettingsModal({ settings, opened, onClose }: { settings: ComplaintSettings; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { control, handleSubmit, reset, formState } = useForm<ComplaintSettings>({ resolver: zodResolver(complaintSettingsSchema), defaultValues: settings });
  useEffect(() => {
    if (opened) reset(settings);
  }, [opened, settings, reset]);
  const save = handleSubmit(async (values) => {
    try {
      await saveComplaintSettings(db, values);
      notifications.show({ color: 'teal', message: t('complaints.settingsSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('complaints.settingsTitle')} size="lg">
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('complaints.settingsTitle')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('complaints.settingsHelp')}
        </Text>
        <Grid>
          {FIELDS.map((name) => (
            <Grid.Col span={4} key={name}>
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    label={t(`complaints.settings.${name}`)}
                    allowDecimal={false}
                    value={Number.isNaN(field.value) ? '' : field.value}
                    // An emptied box stays empty (NaN) so the form says "กรุณากรอกตัวเลข" instead of saving 0.
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                    error={complaintFieldError(t, formState.errors[name]?.message)}
                  />
                )}
              />
            </Grid.Col>
          ))}
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
