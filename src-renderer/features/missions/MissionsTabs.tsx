import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = [
  { value: 'tasks', to: '/missions' },
  { value: 'list', to: '/missions/list' },
  { value: 'report', to: '/missions/report' },
] as const;

/** The three screens of the missions module: tasks, the mission list, the report. */
export function MissionsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(TABS.find((tab) => tab.value === v)?.to ?? '/missions')} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(`missions.tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
