import { IconBinoculars } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const monitoringManifest: FeatureManifest = {
  id: 'monitoring',
  messages: { th, en },
  routes: [
    { path: 'monitoring', page: () => import('./MediaItemsPage').then((m) => m.MediaItemsPage) },
    { path: 'monitoring/items', page: () => import('./MediaItemsPage').then((m) => m.MediaItemsPage) },
    { path: 'monitoring/issues', page: () => import('./IssuesPage').then((m) => m.IssuesPage) },
    { path: 'monitoring/issues/:issueId', page: () => import('./IssueDetailPage').then((m) => m.IssueDetailPage) },
    { path: 'monitoring/report', page: () => import('./CoverageReportPage').then((m) => m.CoverageReportPage) },
  ],
  // After ข่าวประชาสัมพันธ์: what the media made of the news, and of the office's releases.
  nav: { to: '/monitoring', key: 'monitoring', icon: IconBinoculars, order: 32 },
};
