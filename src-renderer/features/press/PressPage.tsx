import { ModuleLanding } from '../../ui/ModuleLanding';

export function PressPage() {
  return <ModuleLanding moduleKey="press" />;
}
