import { IconBriefcase } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const missionsManifest: FeatureManifest = {
  id: 'missions',
  routes: [
    { path: 'missions', page: () => import('./TasksPage').then((m) => m.TasksPage) },
    { path: 'missions/list', page: () => import('./MissionListPage').then((m) => m.MissionListPage) },
    { path: 'missions/report', page: () => import('./MissionReportPage').then((m) => m.MissionReportPage) },
    { path: 'missions/m/:missionId', page: () => import('./MissionDetailPage').then((m) => m.MissionDetailPage) },
  ],
  nav: { to: '/missions', key: 'missions', icon: IconBriefcase, order: 20 },
  dashboardCards: [{ id: 'missions', order: 10, placement: 'wide', load: () => import('./MissionDashboardCards').then((m) => m.MissionDashboardCards) }],
  agendaSources: [{ id: 'missions', load: () => import('./data/agenda').then((m) => m.missionsAgenda) }],
  searchSources: [{ id: 'missions', order: 30, load: () => import('./search/TaskSearchSource').then((m) => m.TaskSearchSource) }],
};
