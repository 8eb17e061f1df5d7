import { IconSettings } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const settingsManifest: FeatureManifest = {
  id: 'settings',
  routes: [
    { path: 'settings', redirect: '/settings/office' },
    { path: 'settings/:tab', page: () => import('./SettingsPage').then((m) => m.SettingsPage) },
  ],
  nav: { to: '/settings', key: 'settings', icon: IconSettings, order: 100 },
  // What every module relies on, first; other modules' tabs (order ≥ 100) follow.
  settingsTabs: [
    { id: 'office', order: 10, labelKey: 'settings.tabs.office', load: () => import('./OfficeProfileForm').then((m) => m.OfficeProfileForm) },
    { id: 'staff', order: 20, labelKey: 'settings.tabs.staff', load: () => import('./StaffDirectory').then((m) => m.StaffDirectory) },
    { id: 'acting', order: 30, labelKey: 'settings.tabs.acting', load: () => import('./ActingDelegationsPanel').then((m) => m.ActingDelegationsPanel) },
    { id: 'user', order: 40, labelKey: 'settings.tabs.user', load: () => import('./CurrentUserPanel').then((m) => m.CurrentUserPanel) },
    { id: 'device', order: 50, labelKey: 'settings.tabs.device', load: () => import('./DevicePanel').then((m) => m.DevicePanel) },
    { id: 'display', order: 60, labelKey: 'settings.tabs.display', load: () => import('./DisplayPanel').then((m) => m.DisplayPanel) },
  ],
};
