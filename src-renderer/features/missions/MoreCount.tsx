import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "อีก N รายการ" under a list of tasks cut to its first `shown` (the dashboard's cards, a calendar day). */
export function MoreCount({ total, shown }: { total: number; shown: number }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('tasks.calendar.more', { count: total - shown, n: total - shown })}
    </Text>
  );
}
