import { IconBook2 } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

/** คู่มือการใช้งาน: the office-user guide (docs/guide), bundled into the app so it opens offline. */
export const guideManifest: FeatureManifest = {
  id: 'guide',
  messages: { th, en },
  routes: [
    { path: 'guide', page: () => import('./GuidePage').then((m) => m.GuidePage) },
    { path: 'guide/:page', page: () => import('./GuidePage').then((m) => m.GuidePage) },
  ],
  nav: { to: '/guide', key: 'guide', icon: IconBook2, order: 110 },
};
