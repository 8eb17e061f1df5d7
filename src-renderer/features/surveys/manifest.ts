import { IconChartBar } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const surveysManifest: FeatureManifest = {
  id: 'surveys',
  messages: { th, en },
  routes: [
    { path: 'surveys', page: () => import('./SurveysPage').then((m) => m.SurveysPage) },
    { path: 'surveys/s/:surveyId/:tab?', page: () => import('./SurveyDetailPage').then((m) => m.SurveyDetailPage) },
    // Outside the layout, so no sidebar and no global shortcuts reach the public.
    { path: '/kiosk/:surveyId', bare: true, page: () => import('./KioskPage').then((m) => m.KioskPage) },
  ],
  nav: { to: '/surveys', key: 'surveys', icon: IconChartBar, order: 60 },
  dashboardCards: [{ id: 'surveys', order: 40, load: () => import('./SurveyDashboardCard').then((m) => m.SurveyDashboardCard) }],
};
