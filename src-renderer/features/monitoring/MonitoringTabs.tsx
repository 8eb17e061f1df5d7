import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('monitoring', ['items', 'issues', 'report']);

export function MonitoringTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
