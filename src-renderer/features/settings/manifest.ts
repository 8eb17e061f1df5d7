import { IconSettings } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const settingsManifest: FeatureManifest = {
  id: 'settings',
  routes: [
    { path: 'settings', redirect: '/settings/office' },
    { path: 'settings/:tab', page: () => import('./SettingsPage').then((m) => m.SettingsPage) },
  ],
  nav: { to: '/settings', key: 'settings', icon: IconSettings, order: 100 },
};
