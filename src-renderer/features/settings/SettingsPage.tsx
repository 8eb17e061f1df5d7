import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ActingDelegationsPanel } from './ActingDelegationsPanel';
import { CurrentUserPanel } from './CurrentUserPanel';
import { DevicePanel } from './DevicePanel';
import { DisplayPanel } from './DisplayPanel';
import { OfficeProfileForm } from './OfficeProfileForm';
import { StaffDirectory } from './StaffDirectory';

const TABS = ['office', 'staff', 'acting', 'user', 'device', 'display'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, () => React.JSX.Element | null> = {
  office: OfficeProfileForm,
  staff: StaffDirectory,
  acting: ActingDelegationsPanel,
  user: CurrentUserPanel,
  device: DevicePanel,
  display: DisplayPanel,
};

/** ตั้งค่า: the office profile, staff, this workstation — what every other module relies on. */
export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  if (!TABS.includes(tab as Tab)) return <Navigate to="/settings/office" replace />;
  const Panel = PANELS[tab as Tab];
  return (
    <>
      <PageHeader title={t('nav.settings')} subtitle={t('settings.subtitle')} />
      <Tabs value={tab ?? 'office'} onChange={(next) => void navigate(`/settings/${next ?? 'office'}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`settings.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab ?? 'office'}>
          <Panel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
