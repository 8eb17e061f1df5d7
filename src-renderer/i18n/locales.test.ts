import { describe, expect, it } from 'vitest';
import { BASE_BUNDLES, MODULE_BUNDLES, en, th } from './bundles';

/** Leaf keys, with i18next plural suffixes folded (English has _one/_other, Thai one form). */
function leafKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [prefix.replace(/_(one|other)$/, '')];
  return [...new Set(Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key)))];
}

describe('translations', () => {
  it('Thai and English have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(th).sort());
  });

  it('module files own distinct top-level keys', () => {
    for (const language of ['th', 'en'] as const) {
      const seen = new Set(Object.keys(BASE_BUNDLES[language]));
      for (const bundle of MODULE_BUNDLES[language]) {
        for (const key of Object.keys(bundle)) {
          expect(seen.has(key), `${language}: ${key} defined twice`).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it('have no empty texts', () => {
    for (const locale of [th, en]) {
      const flat = JSON.stringify(locale);
      expect(flat).not.toMatch(/:""/);
    }
  });

  it('translate every IPC error code and every validation key the schemas use', async () => {
    const { IPC_ERROR_CODES } = await import('../../src-main/shared/ipc/errors');
    for (const code of IPC_ERROR_CODES) {
      expect(BASE_BUNDLES.th.errors.ipc[code]).toBeTruthy();
      expect(BASE_BUNDLES.en.errors.ipc[code]).toBeTruthy();
    }
    const used = ['required', 'tooLong', 'controlChars', 'phone', 'email', 'date', 'invalid'] as const;
    for (const key of used) expect(BASE_BUNDLES.th.validation[key]).toBeTruthy();
  });

  it('say in both languages why sync set something aside, for every reason main reports', async () => {
    const { FILE_QUARANTINE_REASONS } = await import('../../src-main/shared/sync/quarantine');
    const { OP_REJECTION_TH } = await import('../../src-main/shared/sync/op-validation');
    const texts = (language: 'th' | 'en') => BASE_BUNDLES[language].syncPage.quarantine as Record<string, string | undefined>;
    for (const reason of [...FILE_QUARANTINE_REASONS, ...Object.keys(OP_REJECTION_TH)]) {
      expect(texts('th')[reason], `th: ${reason}`).toBeTruthy();
      expect(texts('en')[reason], `en: ${reason}`).toBeTruthy();
    }
  });
});
