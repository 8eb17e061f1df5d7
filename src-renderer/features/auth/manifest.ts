import type { FeatureManifest } from '../../ui/feature-manifest';
import en from './locales/en.json';
import th from './locales/th.json';

/** Sign-in has no page of its own in the menu (the shell shows it before anything else): only its texts. */
export const authManifest: FeatureManifest = {
  id: 'auth',
  messages: { th, en },
};
