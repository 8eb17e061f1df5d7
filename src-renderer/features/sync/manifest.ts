import { IconRefresh } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const syncManifest: FeatureManifest = {
  id: 'sync',
  routes: [{ path: 'sync', page: () => import('./SyncPage').then((m) => m.SyncPage) }],
  nav: { to: '/sync', key: 'sync', icon: IconRefresh, order: 90 },
};
