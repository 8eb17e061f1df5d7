import { BASE_BUNDLES } from '../i18n/bundles';

/**
 * A failed main call in both languages (this screen has no i18n): the IPC code's own text from
 * the bundles, so a folder that is gone or read-only is named in Thai, not as an errno.
 */
export function bilingualErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const texts = (lang: 'th' | 'en') => BASE_BUNDLES[lang].errors.ipc as Record<string, string>;
  const known = typeof code === 'string' && Object.hasOwn(texts('th'), code) ? code : 'internal';
  return `${texts('th')[known] ?? ''} (${texts('en')[known] ?? ''})`;
}
