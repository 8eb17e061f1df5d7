import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('missions', ['tasks', 'list', 'report']);

/** The three screens of the missions module: tasks, the mission list, the report. */
export function MissionsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
