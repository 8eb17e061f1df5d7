import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

export const plansManifest: FeatureManifest = {
  id: 'plans',
  messages: { th, en },
};
