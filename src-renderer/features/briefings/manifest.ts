import { IconMicrophone } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const briefingsManifest: FeatureManifest = {
  id: 'briefings',
  messages: { th, en },
  routes: [
    { path: 'briefings', page: () => import('./BriefingsPage').then((m) => m.BriefingsPage) },
    { path: 'briefings/urgent', page: () => import('./UrgentBriefingPage').then((m) => m.UrgentBriefingPage) },
    { path: 'briefings/bank', page: () => import('./QaBankPage').then((m) => m.QaBankPage) },
    { path: 'briefings/conferences', page: () => import('./ConferencesPage').then((m) => m.ConferencesPage) },
    { path: 'briefings/conferences/:id', page: () => import('./ConferenceDetailPage').then((m) => m.ConferenceDetailPage) },
    { path: 'briefings/:id', page: () => import('./BriefingEditorPage').then((m) => m.BriefingEditorPage) },
  ],
  nav: { to: '/briefings', key: 'briefings', icon: IconMicrophone, order: 40 },
  dashboardActions: [{ id: 'urgent-briefing', order: 10, load: () => import('./UrgentBriefingButton').then((m) => m.UrgentBriefingButton) }],
  dashboardCards: [{ id: 'crisis', order: 0, placement: 'banner', load: () => import('./CrisisBanner').then((m) => m.CrisisBanner) }],
  agendaSources: [{ id: 'briefings', load: () => import('./data/agenda').then((m) => m.briefingsAgenda) }],
  searchSources: [{ id: 'briefings', order: 20, load: () => import('./search/BriefingSearchSource').then((m) => m.BriefingSearchSource) }],
};
