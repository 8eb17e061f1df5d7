import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CORE_MESSAGE_GUIDE_CHARS, coreMessageLength } from '../../../../src-main/shared/domain/briefing';

/** The one message: a counter under it that turns to a warning past the guide (it still saves). */
export function CoreMessageField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  const { chars, level } = coreMessageLength(value);
  return (
    <div>
      <Textarea
        label={t('briefings.fields.coreMessage')}
        description={t('briefings.coreMessageHint')}
        autosize
        minRows={2}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        styles={{ input: { fontSize: 18, fontWeight: 600 } }}
      />
      <Text size="sm" c={level === 'long' ? 'orange.8' : 'dimmed'} data-testid="core-message-counter">
        {level === 'long'
          ? t('briefings.coreMessageLong', { n: chars, max: CORE_MESSAGE_GUIDE_CHARS })
          : t('briefings.coreMessageCount', { n: chars, max: CORE_MESSAGE_GUIDE_CHARS })}
      </Text>
    </div>
  );
}
