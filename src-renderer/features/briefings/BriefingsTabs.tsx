import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = [
  { value: 'briefings', to: '/briefings' },
  { value: 'bank', to: '/briefings/bank' },
  { value: 'conferences', to: '/briefings/conferences' },
] as const;

/** The three screens of the spokesperson module: briefings, the Q&A bank, press conferences. */
export function BriefingsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(TABS.find((tab) => tab.value === v)?.to ?? '/briefings')} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(`briefings.tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
