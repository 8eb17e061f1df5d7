import { Button } from '@mantine/core';
import { IconNews } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "สรุปข่าววันนี้" on the dashboard: the first thing the office sends up each morning. */
export function DigestDashboardButton() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/digest" variant="light" leftSection={<IconNews size={18} />}>
      {t('digest.todayButton')}
    </Button>
  );
}
