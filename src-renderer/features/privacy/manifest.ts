import { IconShieldLock } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const privacyManifest: FeatureManifest = {
  id: 'privacy',
  messages: { th, en },
  routes: [
    { path: 'privacy', redirect: '/privacy/requests' },
    { path: 'privacy/:tab', page: () => import('./PrivacyPage').then((m) => m.PrivacyPage) },
  ],
  nav: { to: '/privacy', key: 'privacy', icon: IconShieldLock, order: 80 },
  dashboardCards: [{ id: 'privacy', order: 50, load: () => import('./PrivacyDashboardCard').then((m) => m.PrivacyDashboardCard) }],
};
