import type { Language } from './languages';

/** One module's texts in every language, keyed as i18next reads them. */
export type ModuleMessages = Record<Language, Record<string, unknown>>;

/**
 * The app's texts: the shared file plus every module's own, merged at their top-level keys.
 * A module never redefines another's key (checked by app/features.test.ts): the later one
 * would silently replace the earlier.
 */
export function composeMessages(base: ModuleMessages, modules: readonly ModuleMessages[]): ModuleMessages {
  return {
    th: Object.assign({}, base.th, ...modules.map((m) => m.th)) as Record<string, unknown>,
    en: Object.assign({}, base.en, ...modules.map((m) => m.en)) as Record<string, unknown>,
  };
}

/** Top-level keys defined by more than one of these bundles, in one language. */
export function sharedTopLevelKeys(bundles: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const bundle of bundles) for (const key of Object.keys(bundle)) (seen.has(key) ? twice : seen).add(key);
  return [...twice];
}
