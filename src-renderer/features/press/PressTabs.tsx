import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = [
  { value: 'releases', to: '/press' },
  { value: 'requests', to: '/press/requests' },
  { value: 'media', to: '/press/media' },
  { value: 'agencies', to: '/press/agencies' },
  { value: 'stats', to: '/press/stats' },
  { value: 'settings', to: '/press/settings' },
] as const;

export type PressTab = (typeof TABS)[number]['value'];

export function PressTabs({ active }: { active: PressTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(TABS.find((tab) => tab.value === v)?.to ?? '/press')} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(`press.tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
