import { Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** แถลงข่าวด่วน on the dashboard: one click to the crisis templates, a second starts the briefing. */
export function UrgentBriefingButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button color="red" leftSection={<IconAlertTriangle size={18} />} onClick={() => void navigate('/briefings/urgent')}>
      {t('briefings.urgent.button')}
    </Button>
  );
}
