import { IconShieldLock } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const privacyManifest: FeatureManifest = {
  id: 'privacy',
  routes: [
    { path: 'privacy', redirect: '/privacy/requests' },
    { path: 'privacy/:tab', page: () => import('./PrivacyPage').then((m) => m.PrivacyPage) },
  ],
  nav: { to: '/privacy', key: 'privacy', icon: IconShieldLock, order: 80 },
  dashboardCards: [{ id: 'privacy', order: 50, load: () => import('./PrivacyDashboardCard').then((m) => m.PrivacyDashboardCard) }],
};
