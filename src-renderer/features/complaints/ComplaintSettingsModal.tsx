import { Grid, NumberInput, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { complaintSettingsSchema, type ComplaintSettings } from '../../../src-main/shared/domain/complaint';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { useRecordForm } from '../../ui/use-record-form';
import { useComplaintCommands } from './data';

const FIELDS = ['acknowledgeDays', 'resultDays', 'warnDays'] as const;

/** The office's time limits (days), shared by every workstation through sync. */
export function ComplaintSettingsModal({ settings, opened, onClose }: { settings: ComplaintSettings; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { saveSettings } = useComplaintCommands();
  const record = useRecordForm({
    schema: complaintSettingsSchema,
    target: opened ? settings : null,
    defaults: settings,
    values: (open) => open,
    save: saveSettings,
    saved: t('complaints.settingsSaved'),
    onClose,
    saveShortcut: false,
    module: 'complaints',
  });
  return (
    <RecordFormModal record={record} title={t('complaints.settingsTitle')} size="lg" formLabel={t('complaints.settingsTitle')} keepWhenDirty="nothing">
      <Text size="sm" c="dimmed" mb="sm">
        {t('complaints.settingsHelp')}
      </Text>
      <Grid>
        {FIELDS.map((name) => (
          <Grid.Col span={4} key={name}>
            <Controller
              control={record.form.control}
              name={name}
              render={({ field }) => (
                <NumberInput
                  label={t(`complaints.settings.${name}`)}
                  allowDecimal={false}
                  value={Number.isNaN(field.value) ? '' : field.value}
                  // An emptied box stays empty (NaN) so the form says "กรุณากรอกตัวเลข" instead of saving 0.
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  error={record.error(name)}
                />
              )}
            />
          </Grid.Col>
        ))}
      </Grid>
    </RecordFormModal>
  );
}
