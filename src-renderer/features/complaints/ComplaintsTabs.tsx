import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = [
  { value: 'list', to: '/complaints' },
  { value: 'report', to: '/complaints/report' },
] as const;

export function ComplaintsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(TABS.find((tab) => tab.value === v)?.to ?? '/complaints')} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(`complaints.tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
