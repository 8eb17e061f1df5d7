import { ModuleLanding } from '../../ui/ModuleLanding';

export function MissionsPage() {
  return <ModuleLanding moduleKey="missions" />;
}
