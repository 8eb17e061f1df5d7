import { IconTargetArrow } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const plansManifest: FeatureManifest = {
  id: 'plans',
  messages: { th, en },
  routes: [
    { path: 'plans', page: () => import('./PlanListPage').then((m) => m.PlanListPage) },
    { path: 'plans/new', page: () => import('./PlanEditorPage').then((m) => m.PlanEditorPage) },
    { path: 'plans/p/:planId/report', page: () => import('./PlanReportPage').then((m) => m.PlanReportPage) },
    { path: 'plans/p/:planId/edit', page: () => import('./PlanEditorPage').then((m) => m.PlanEditorPage) },
  ],
  // Beside ภารกิจ: the plan is what the missions' work is reported against.
  nav: { to: '/plans', key: 'plans', icon: IconTargetArrow, order: 25 },
};
