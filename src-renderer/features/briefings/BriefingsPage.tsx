import { ModuleLanding } from '../../ui/ModuleLanding';

export function BriefingsPage() {
  return <ModuleLanding moduleKey="briefings" />;
}
