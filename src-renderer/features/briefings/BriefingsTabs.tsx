import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('briefings', ['briefings', 'bank', 'conferences']);

/** The three screens of the spokesperson module: briefings, the Q&A bank, press conferences. */
export function BriefingsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
