import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaTone } from '../../../src-main/shared/domain/media-monitoring';

export const TONE_COLOR: Record<MediaTone, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };

export function ToneBadge({ tone }: { tone: MediaTone }) {
  const { t } = useTranslation();
  return (
    <Badge color={TONE_COLOR[tone]} variant="light">
      {t(`monitoring.tone.${tone}`)}
    </Badge>
  );
}
