import { IconNews } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const digestManifest: FeatureManifest = {
  id: 'digest',
  messages: { th, en },
  routes: [{ path: 'digest', page: () => import('./DigestPage').then((m) => m.DigestPage) }],
  // Right after the dashboard: the first thing the office sends up each morning.
  nav: { to: '/digest', key: 'digest', icon: IconNews, order: 15 },
  dashboardActions: [{ id: 'daily-digest', order: 30, load: () => import('./DigestDashboardButton').then((m) => m.DigestDashboardButton) }],
};
