import { moduleTabs } from '../../ui/module-tabs';
import { RouteTabs } from '../../ui/RouteTabs';

const TABS = moduleTabs('internships', ['interns', 'attendance', 'institutions']);

export function InternshipsTabs({ active }: { active: (typeof TABS)[number]['value'] }) {
  return <RouteTabs tabs={TABS} active={active} />;
}
