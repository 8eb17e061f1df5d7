import { briefingsManifest } from '../features/briefings/manifest';
import { complaintsManifest } from '../features/complaints/manifest';
import { dashboardManifest } from '../features/dashboard/manifest';
import { documentsManifest } from '../features/documents/manifest';
import { internshipsManifest } from '../features/internships/manifest';
import { missionsManifest } from '../features/missions/manifest';
import { pressManifest } from '../features/press/manifest';
import { privacyManifest } from '../features/privacy/manifest';
import { settingsManifest } from '../features/settings/manifest';
import { surveysManifest } from '../features/surveys/manifest';
import { syncManifest } from '../features/sync/manifest';
import type { DashboardContributions, FeatureManifest } from '../ui/feature-manifest';

/**
 * Every module of the app. A new module is a folder in features/ with a manifest.ts, and one
 * line here: its routes, menu entry and dashboard cards come from that manifest.
 */
export const FEATURES: readonly FeatureManifest[] = [
  dashboardManifest,
  missionsManifest,
  pressManifest,
  briefingsManifest,
  internshipsManifest,
  surveysManifest,
  complaintsManifest,
  privacyManifest,
  syncManifest,
  settingsManifest,
  documentsManifest,
];

/** The sidebar, in each module's order. */
export const NAV_ITEMS = FEATURES.flatMap((f) => (f.nav ? [f.nav] : [])).sort((a, b) => a.order - b.order);

export const DASHBOARD_CONTRIBUTIONS: DashboardContributions = {
  cards: FEATURES.flatMap((f) => f.dashboardCards ?? []),
  actions: FEATURES.flatMap((f) => f.dashboardActions ?? []),
};
