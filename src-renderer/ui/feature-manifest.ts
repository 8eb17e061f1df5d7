import { createContext, useContext, type ComponentType } from 'react';
import type { ModuleMessages } from '../i18n/messages';
import type { AgendaSource } from '../data/agenda';

/**
 * What a feature adds to the app (docs/ARCHITECTURE.md). The shell composes every feature's
 * manifest (app/features.ts): its routes, its menu entry, its dashboard cards, its tabs in
 * ตั้งค่า, its part of the search and its texts. Everything
 * that renders is loaded on first use, so a manifest costs only a few bytes before the first
 * paint, and a new module is one folder plus one line in that list.
 */
export interface FeatureManifest {
  /** The module's folder name. */
  id: string;
  routes?: readonly FeatureRoute[];
  /** Its entry in the sidebar, if it has one. */
  nav?: FeatureNavItem;
  /** Its cards on the dashboard, loaded after the dashboard itself. */
  dashboardCards?: readonly DashboardCard[];
  /** What it puts on the dashboard's "today and the next 7 days" (events, conferences, deadlines). */
  agendaSources?: readonly AgendaSource[];
  /** Its buttons in the dashboard's header (a new memo, an urgent briefing). */
  dashboardActions?: readonly DashboardCard[];
  /** Its tabs on the settings page (ตั้งค่า), each loaded when opened. */
  settingsTabs?: readonly SettingsTab[];
  /** What it adds to the search of the whole app (ค้นหาทั้งโปรแกรม), loaded when that first opens. */
  searchSources?: readonly SearchSource[];
  /** Its texts (locales/<lang>.json in its folder), under top-level keys no other module uses. */
  messages?: ModuleMessages;
}

export type FeatureRoute =
  | {
      /** A react-router path below the app's root ("complaints/c/:complaintId"); '' is the start page. */
      path: string;
      /** The page, loaded when the route is first visited. */
      page: () => Promise<ComponentType>;
      /** Outside the app's layout (no menu, no shortcuts): the survey kiosk. */
      bare?: boolean;
    }
  | {
      path: string;
      /** A path that only forwards to another ("privacy" → "/privacy/requests"). */
      redirect: string;
    };

export interface FeatureNavItem {
  to: string;
  /** The key under `nav.` in the translations. */
  key: string;
  icon: ComponentType<{ size?: number | string; stroke?: number | string }>;
  /** Place in the sidebar, in the order office staff think of their work (issue 2 §5). */
  order: number;
}

export interface DashboardCard {
  id: string;
  /** Left to right, top to bottom. */
  order: number;
  /** 'grid': a card among the small figures; 'wide': a section below them; 'banner': above everything (an active crisis). */
  placement?: 'grid' | 'wide' | 'banner';
  load: () => Promise<ComponentType>;
}

/** A tab of ตั้งค่า: its address (`/settings/<id>`), place, label and panel. */
export interface SettingsTab {
  id: string;
  /** Left to right; the first is where /settings opens. */
  order: number;
  /** The translation key of its label. */
  labelKey: string;
  load: () => Promise<ComponentType>;
}

/**
 * One module's answer to the search of the whole app: a component that reads through the
 * module's own data hooks (so an intern finds only what they may see) and shows its hits with
 * `SearchHits`.
 */
export interface SearchSource {
  id: string;
  /** Top to bottom in the answer. */
  order: number;
  load: () => Promise<ComponentType<SearchSourceProps>>;
}

export interface SearchSourceProps {
  /** What is typed (never empty: nothing is searched for an empty box). */
  query: string;
  /** At most this many hits. */
  limit: number;
  /** How many hits it shows now (null while still reading), so the search can say when nothing matched anywhere. */
  onCount: (count: number | null) => void;
  /** A hit was opened: the search closes. */
  onOpen: () => void;
}

/** What every feature adds to the shared screens (the dashboard, ตั้งค่า, the search), provided by the shell. */
export interface ShellContributions {
  dashboardCards: readonly DashboardCard[];
  agendaSources: readonly AgendaSource[];
  dashboardActions: readonly DashboardCard[];
  settingsTabs: readonly SettingsTab[];
  searchSources: readonly SearchSource[];
}

export const ShellContributionsContext = createContext<ShellContributions>({ dashboardCards: [], agendaSources: [], dashboardActions: [], settingsTabs: [], searchSources: [] });

export function useShellContributions(): ShellContributions {
  return useContext(ShellContributionsContext);
}
