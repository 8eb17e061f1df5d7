import { describe, expect, it } from 'vitest';
import { BASE_BUNDLES } from './bundles';

describe('shared translations', () => {
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
