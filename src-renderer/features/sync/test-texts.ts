import { th } from '../../i18n/bundles';

// For the tests of the Sync page's forms and labels: which texts a key or a form error names.

/** The Thai text at a dotted i18n key, as i18next would find it; undefined when there is none. */
export function thaiText(key: string): unknown {
  let node: unknown = th;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** Whether the Thai bundle has a text at this key. */
export const hasThaiText = (key: string): boolean => typeof thaiText(key) === 'string';

/** The i18n keys a form's schema reports, field by field. */
export function formMessages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}
