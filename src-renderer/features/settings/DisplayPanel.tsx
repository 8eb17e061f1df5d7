import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../../i18n';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { useLocalSettingCommands } from './data';

/** การแสดงผล: this workstation's language, and a preview of the office's number style. */
export function DisplayPanel() {
  const { t, i18n } = useTranslation();
  const settings = useLocalSettingCommands();
  const formatNumber = useFormatNumber();

  const choose = async (language: Language) => {
    await changeLanguage(language);
    await settings.saveLanguage(language);
  };

  return (
    <Paper withBorder p="lg" maw={640}>
      <Stack>
        <div>
          <Text fw={500} mb={4} id="language-label">
            {t('display.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-label"
            value={i18n.language}
            onChange={(v) => void choose(v as Language)}
            data={[
              { value: 'th', label: 'ไทย' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
        <div>
          <Text fw={500}>{t('display.preview')}</Text>
          <Text data-testid="display-preview">
            <ThaiDateText value={new Date()} format="long" /> · {formatNumber(12345)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('display.digitsHelp')}
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}
