import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('complaints', ['list', 'report']);

export function ComplaintsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
