import { useTranslation } from 'react-i18next';
import { TabbedPage } from '../../ui/TabbedPage';
import { BreachesPanel } from './BreachesPanel';
import { RequestsPanel } from './RequestsPanel';
import { RetentionPanel } from './RetentionPanel';
import { RopaPanel } from './RopaPanel';

const TABS = ['requests', 'breaches', 'retention', 'ropa'] as const;

const PANELS = { requests: RequestsPanel, breaches: BreachesPanel, retention: RetentionPanel, ropa: RopaPanel };

/** ข้อมูลส่วนบุคคล (PDPA): requests from people, the breach log, retention and the records of processing. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return <TabbedPage base="/privacy" title={t('nav.privacy')} subtitle={t('privacy.subtitle')} tabs={TABS} panels={PANELS} labelKey={(tab) => `privacy.tabs.${tab}`} />;
}
