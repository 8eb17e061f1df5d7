import { IconSchool } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const internshipsManifest: FeatureManifest = {
  id: 'internships',
  routes: [
    { path: 'internships', page: () => import('./InternsPage').then((m) => m.InternsPage) },
    { path: 'internships/attendance', page: () => import('./AttendancePage').then((m) => m.AttendancePage) },
    { path: 'internships/institutions', page: () => import('./InstitutionsPage').then((m) => m.InstitutionsPage) },
    { path: 'internships/i/:internId', page: () => import('./InternDetailPage').then((m) => m.InternDetailPage) },
  ],
  nav: { to: '/internships', key: 'internships', icon: IconSchool, order: 50 },
  dashboardCards: [{ id: 'internships', order: 10, load: () => import('./InternDashboardCard').then((m) => m.InternDashboardCard) }],
  agendaSources: [{ id: 'internships', load: () => import('./data/agenda').then((m) => m.internshipsAgenda) }],
};
