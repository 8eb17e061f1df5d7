import { authManifest } from '../features/auth/manifest';
import { briefingsManifest } from '../features/briefings/manifest';
import { complaintsManifest } from '../features/complaints/manifest';
import { dashboardManifest } from '../features/dashboard/manifest';
import { digestManifest } from '../features/digest/manifest';
import { documentsManifest } from '../features/documents/manifest';
import { guideManifest } from '../features/guide/manifest';
import { internshipsManifest } from '../features/internships/manifest';
import { missionsManifest } from '../features/missions/manifest';
import { monitoringManifest } from '../features/monitoring/manifest';
import { plansManifest } from '../features/plans/manifest';
import { pressManifest } from '../features/press/manifest';
import { privacyManifest } from '../features/privacy/manifest';
import { settingsManifest } from '../features/settings/manifest';
import { surveysManifest } from '../features/surveys/manifest';
import { syncManifest } from '../features/sync/manifest';
import { BASE_BUNDLES } from '../i18n/bundles';
import { composeMessages } from '../i18n/messages';
import type { FeatureManifest, ShellContributions } from '../ui/feature-manifest';

/**
 * Every module of the app. A new module is a folder in features/ with a manifest.ts, and one
 * line here: its routes, menu entry, dashboard cards, settings tabs, search and texts come from that manifest.
 */
export const FEATURES: readonly FeatureManifest[] = [
  dashboardManifest,
  digestManifest,
  missionsManifest,
  plansManifest,
  pressManifest,
  monitoringManifest,
  briefingsManifest,
  internshipsManifest,
  surveysManifest,
  complaintsManifest,
  privacyManifest,
  syncManifest,
  settingsManifest,
  guideManifest,
  documentsManifest,
  authManifest,
];

/** The sidebar, in each module's order. */
export const NAV_ITEMS = FEATURES.flatMap((f) => (f.nav ? [f.nav] : [])).sort((a, b) => a.order - b.order);

export const SHELL_CONTRIBUTIONS: ShellContributions = {
  dashboardCards: FEATURES.flatMap((f) => f.dashboardCards ?? []),
  agendaSources: FEATURES.flatMap((f) => f.agendaSources ?? []),
  dashboardActions: FEATURES.flatMap((f) => f.dashboardActions ?? []),
  settingsTabs: FEATURES.flatMap((f) => f.settingsTabs ?? []).sort((a, b) => a.order - b.order),
  searchSources: FEATURES.flatMap((f) => f.searchSources ?? []).sort((a, b) => a.order - b.order),
};

/** Every text of the app: the shared file and each module's own (its locales folder). */
export const APP_MESSAGES = composeMessages(BASE_BUNDLES, FEATURES.flatMap((f) => (f.messages ? [f.messages] : [])));
