import { ModuleLanding } from '../../ui/ModuleLanding';

export function InternshipsPage() {
  return <ModuleLanding moduleKey="internships" />;
}
