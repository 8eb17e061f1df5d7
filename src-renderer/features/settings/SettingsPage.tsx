import { useTranslation } from 'react-i18next';
import { TabbedPage } from '../../ui/TabbedPage';
import { ActingDelegationsPanel } from './ActingDelegationsPanel';
import { CurrentUserPanel } from './CurrentUserPanel';
import { DevicePanel } from './DevicePanel';
import { DisplayPanel } from './DisplayPanel';
import { OfficeProfileForm } from './OfficeProfileForm';
import { StaffDirectory } from './StaffDirectory';

const TABS = ['office', 'staff', 'acting', 'user', 'device', 'display'] as const;

const PANELS = {
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
  return <TabbedPage base="/settings" title={t('nav.settings')} subtitle={t('settings.subtitle')} tabs={TABS} panels={PANELS} labelPrefix="settings.tabs" />;
}
