import { IconNews } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const pressManifest: FeatureManifest = {
  id: 'press',
  messages: { th, en },
  routes: [
    { path: 'press', page: () => import('./ReleaseListPage').then((m) => m.ReleaseListPage) },
    { path: 'press/r/:releaseId', page: () => import('./ReleaseDetailPage').then((m) => m.ReleaseDetailPage) },
    { path: 'press/requests', page: () => import('./RequestsPage').then((m) => m.RequestsPage) },
    { path: 'press/media', page: () => import('./MediaNetworkPage').then((m) => m.MediaNetworkPage) },
    { path: 'press/agencies', page: () => import('./AgenciesPage').then((m) => m.AgenciesPage) },
    { path: 'press/stats', page: () => import('./PressStatsPage').then((m) => m.PressStatsPage) },
    { path: 'press/settings', page: () => import('./PressSettingsPage').then((m) => m.PressSettingsPage) },
  ],
  nav: { to: '/press', key: 'press', icon: IconNews, order: 30 },
  settingsTabs: [{ id: 'release-numbers', order: 110, labelKey: 'press.settingsTab', load: () => import('./PressSettingsPage').then((m) => m.ReleaseNumberPanel) }],
  dashboardCards: [{ id: 'press', order: 30, load: () => import('./PressDashboardCard').then((m) => m.PressDashboardCard) }],
  agendaSources: [{ id: 'press', load: () => import('./data/agenda').then((m) => m.pressAgenda) }],
  searchSources: [{ id: 'press', order: 10, load: () => import('./search/ReleaseSearchSource').then((m) => m.ReleaseSearchSource) }],
};
