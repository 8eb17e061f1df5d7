import { ModuleLanding } from '../../ui/ModuleLanding';

export function SyncPage() {
  return <ModuleLanding moduleKey="sync" />;
}
