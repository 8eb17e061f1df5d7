import { describe, expect, it } from 'vitest';
import { BASE_BUNDLES } from '../i18n/bundles';
import { sharedTopLevelKeys } from '../i18n/messages';
import { APP_MESSAGES, FEATURES, NAV_ITEMS, SHELL_CONTRIBUTIONS } from './features';

const { th, en } = APP_MESSAGES;

/** Leaf keys, with i18next plural suffixes folded (English has _one/_other, Thai one form). */
function leafKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [prefix.replace(/_(one|other)$/, '')];
  return [...new Set(Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key)))];
}

/** A dotted key's text in a merged bundle, or undefined. */
function text(bundle: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), bundle);
}

describe('the shell composed from the feature manifests', () => {
  it('gives every route one owner', () => {
    const paths = FEATURES.flatMap((f) => (f.routes ?? []).map((r) => r.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('names every menu entry in Thai and English', () => {
    for (const item of NAV_ITEMS) {
      expect(typeof text(th, `nav.${item.key}`), item.key).toBe('string');
      expect(typeof text(en, `nav.${item.key}`), item.key).toBe('string');
    }
  });

  it('opens ตั้งค่า on the office profile, then the settings tabs, then the modules’ tabs in their order', () => {
    const ids = SHELL_CONTRIBUTIONS.settingsTabs.map((tab) => tab.id);
    expect(ids).toEqual(['office', 'staff', 'acting', 'user', 'device', 'display', 'release-numbers']);
    expect(FEATURES.find((f) => f.id === 'settings')?.routes).toContainEqual({ path: 'settings', redirect: `/settings/${ids[0]}` });
  });

  it.each(SHELL_CONTRIBUTIONS.settingsTabs.map((tab) => [tab.id, tab] as const))('settings tab %s has a Thai and English label and loads a component', async (_id, tab) => {
    expect(text(th, tab.labelKey)).toEqual(expect.any(String));
    expect(text(en, tab.labelKey)).toEqual(expect.any(String));
    expect(await tab.load()).toEqual(expect.any(Function));
  });

  it('searches releases, then briefings and conferences, then missions and tasks, each loading its part', async () => {
    expect(SHELL_CONTRIBUTIONS.searchSources.map((s) => s.id)).toEqual(['press', 'briefings', 'missions']);
    for (const source of SHELL_CONTRIBUTIONS.searchSources) expect(await source.load(), source.id).toEqual(expect.any(Function));
  });

  it('loads every dashboard contribution', async () => {
    for (const card of [...SHELL_CONTRIBUTIONS.dashboardCards, ...SHELL_CONTRIBUTIONS.dashboardActions]) expect(await card.load(), card.id).toEqual(expect.any(Function));
  });

  it('has the same text keys in Thai and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(th).sort());
  });

  it('lets no module redefine another module’s or the shared texts', () => {
    const modules = FEATURES.flatMap((f) => (f.messages ? [f.messages] : []));
    for (const language of ['th', 'en'] as const) expect(sharedTopLevelKeys([BASE_BUNDLES[language], ...modules.map((m) => m[language])]), language).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const locale of [th, en]) expect(JSON.stringify(locale)).not.toMatch(/:""/);
  });
});
