import { z } from 'zod';

/**
 * Zod messages are i18n keys (`validation.*`), not sentences: the form shows them in the
 * user's language next to the field (see src-renderer/app/i18n).
 */
export function thaiText({ min = 0, max }: { min?: number; max: number }) {
  let schema = z.string().trim().max(max, { message: 'validation.tooLong' });
  if (min > 0) schema = schema.min(min, { message: 'validation.required' });
  return schema.refine((s) => !hasControlChars(s), { message: 'validation.controlChars' });
}

/** Control characters other than tab and line breaks: pasted from Word/PDF, they break exports. */
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}
