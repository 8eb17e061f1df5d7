import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('press', ['releases', 'requests', 'media', 'agencies', 'stats', 'settings']);

export type PressTab = (typeof TABS)[number]['value'];

export function PressTabs({ active }: { active: PressTab }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
