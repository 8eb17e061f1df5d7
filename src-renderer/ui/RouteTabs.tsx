import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface RouteTab<V extends string = string> {
  value: V;
  /** Where the tab goes (a route of the same module). */
  to: string;
  /** Its label's translation key. */
  labelKey: string;
}

/** A module's screens as tabs above its pages: each tab is a route, so a reload keeps it. */
export function RouteTabs<V extends string>({ tabs, active }: { tabs: readonly RouteTab<V>[]; active: V }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => void navigate(tabs.find((tab) => tab.value === v)?.to ?? tabs[0]?.to ?? '/')} mb="md">
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {t(tab.labelKey)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
