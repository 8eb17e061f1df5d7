import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import th from './locales/th.json';

/** Leaf keys, with i18next plural suffixes folded (English has _one/_other, Thai one form). */
function leafKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [prefix.replace(/_(one|other)$/, '')];
  return [...new Set(Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key)))];
}

describe('translations', () => {
  it('Thai and English have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(th).sort());
  });

  it('have no empty texts', () => {
    for (const locale of [th, en]) {
      const flat = JSON.stringify(locale);
      expect(flat).not.toMatch(/:""/);
    }
  });

  it('translate every IPC error code and every validation key the schemas use', async () => {
    const { IPC_ERROR_CODES } = await import('../../../src-main/shared/ipc/errors');
    for (const code of IPC_ERROR_CODES) {
      expect(th.errors.ipc[code]).toBeTruthy();
      expect(en.errors.ipc[code]).toBeTruthy();
    }
    const used = ['required', 'tooLong', 'controlChars', 'phone', 'email', 'date', 'invalid'] as const;
    for (const key of used) expect(th.validation[key]).toBeTruthy();
  });
});
