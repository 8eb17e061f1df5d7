import { IconLayoutDashboard } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const dashboardManifest: FeatureManifest = {
  id: 'dashboard',
  routes: [{ path: '', page: () => import('./DashboardPage').then((m) => m.DashboardPage) }],
  nav: { to: '/', key: 'dashboard', icon: IconLayoutDashboard, order: 10 },
};
