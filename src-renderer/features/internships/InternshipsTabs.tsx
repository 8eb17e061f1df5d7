import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const TABS = [
  { value: 'interns', to: '/internships' },
  { value: 'attendance', to: '/internships/attendance' },
  { value: 'institutions', to: '/internships/institutions' },
] as const;

export function InternshipsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(TABS.find((tab) => tab.value === v)?.to ?? '/internships')} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(`internships.tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
