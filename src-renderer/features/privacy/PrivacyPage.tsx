import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { BreachesPanel } from './BreachesPanel';
import { RequestsPanel } from './RequestsPanel';
import { RetentionPanel } from './RetentionPanel';
import { RopaPanel } from './RopaPanel';

const TABS = ['requests', 'breaches', 'retention', 'ropa'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, () => React.JSX.Element> = { requests: RequestsPanel, breaches: BreachesPanel, retention: RetentionPanel, ropa: RopaPanel };

/** ข้อมูลส่วนบุคคล (PDPA): requests from people, the breach log, retention and the records of processing. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  if (!TABS.includes(tab as Tab)) return <Navigate to="/privacy/requests" replace />;
  const Panel = PANELS[tab as Tab];
  return (
    <>
      <PageHeader title={t('nav.privacy')} subtitle={t('privacy.subtitle')} />
      <Tabs value={tab ?? 'requests'} onChange={(next) => void navigate(`/privacy/${next ?? 'requests'}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`privacy.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab ?? 'requests'}>
          <Panel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
