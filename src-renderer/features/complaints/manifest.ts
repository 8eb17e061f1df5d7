import { IconMessageReport } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const complaintsManifest: FeatureManifest = {
  id: 'complaints',
  messages: { th, en },
  routes: [
    { path: 'complaints', page: () => import('./ComplaintsPage').then((m) => m.ComplaintsPage) },
    { path: 'complaints/report', page: () => import('./ComplaintReportPage').then((m) => m.ComplaintReportPage) },
    { path: 'complaints/c/:complaintId', page: () => import('./ComplaintDetailPage').then((m) => m.ComplaintDetailPage) },
  ],
  nav: { to: '/complaints', key: 'complaints', icon: IconMessageReport, order: 70 },
  dashboardCards: [{ id: 'complaints', order: 20, load: () => import('./ComplaintDashboardCard').then((m) => m.ComplaintDashboardCard) }],
  agendaSources: [{ id: 'complaints', load: () => import('./data/agenda').then((m) => m.complaintsAgenda) }],
};
