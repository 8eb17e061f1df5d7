import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NUMBER_FORMAT, pressSettingsSchema } from '../../../src-main/shared/domain/press';
import { formatReleaseNumber } from '../../../src-main/shared/domain/press-numbering';
import { PageHeader } from '../../ui/PageHeader';
import { saveErrorText } from '../../ui/field-error';
import { usePressSettings, useSavePressSettings } from './data';
import { PressTabs } from './PressTabs';
import { pressFieldError } from './press-field-error';

function NumberFormatForm({ saved }: { saved: string }) {
  const { t } = useTranslation();
  const saveSettings = useSavePressSettings();
  const [format, setFormat] = useState(saved);
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    const checked = pressSettingsSchema.safeParse({ numberFormat: format });
    if (!checked.success) {
      setError(pressFieldError(t, checked.error.issues[0]?.message));
      return;
    }
    setError(undefined);
    try {
      await saveSettings(checked.data);
      notifications.show({ color: 'teal', message: t('press.settingsSaved') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, e) });
    }
  };
  return (
    <Stack gap="sm">
      <TextInput label={t('press.fields.numberFormat')} description={t('press.numberFormatHint')} value={format} onChange={(e) => setFormat(e.currentTarget.value)} error={error} w={420} />
      <Text size="sm">{t('press.numberFormatExample', { example: formatReleaseNumber(format, 123, 2568) })}</Text>
      <Group>
        <Button onClick={() => void save()}>{t('press.saveSettings')}</Button>
      </Group>
    </Stack>
  );
}

/** The number format form on its card: in the press module and as a tab of ตั้งค่า (manifest). */
export function ReleaseNumberPanel() {
  const settings = usePressSettings();
  return <Paper withBorder p="md">{settings !== undefined && <NumberFormatForm key={settings?.updatedAt ?? 'default'} saved={settings?.numberFormat ?? DEFAULT_NUMBER_FORMAT} />}</Paper>;
}

/** The office's release number format (applies to releases approved from now on). */
export function PressSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.press')} subtitle={t('press.settingsSubtitle')} />
      <PressTabs active="settings" />
      <ReleaseNumberPanel />
    </>
  );
}
