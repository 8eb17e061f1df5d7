import { ModuleLanding } from '../../ui/ModuleLanding';

export function SurveysPage() {
  return <ModuleLanding moduleKey="surveys" />;
}
