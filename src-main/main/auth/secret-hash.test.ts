import { describe, expect, it, vi } from 'vitest';
import { secretHashSchema } from '../../shared/auth/credential';
import { acceptableParams, DEFAULT_SECRET_SCRYPT, hashSecret, scryptDerive, verifySecret } from './secret-hash';

// The lowest accepted cost; one test runs the real default.
const FAST = { N: 2 ** 14, r: 8, p: 1 };
/** The tone mark (ไม้เอก, U+0E48) typed before or after the vowel (สระอุ, U+0E38): NFC puts the vowel first. */
const TONE_FIRST = 'ล\u0E48\u0E38มน้ำ 2569';
const VOWEL_FIRST = 'ล\u0E38\u0E48มน้ำ 2569';

describe('sign-in secret hashes', () => {
  it('stores scrypt with its own salt and parameters, in the shape the synced table accepts, never the PIN', async () => {
    const a = await hashSecret('482915', FAST);
    const b = await hashSecret('482915', FAST);
    expect(secretHashSchema.parse(a)).toEqual(a);
    expect(a).toMatchObject({ kdf: 'scrypt', ...FAST });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('482915');
  });

  it('runs the default cost (64 MiB, above Node’s own memory limit) without being refused', async () => {
    expect(DEFAULT_SECRET_SCRYPT).toEqual({ N: 2 ** 16, r: 8, p: 1 });
    const stored = await hashSecret('ประชาสัมพันธ์', DEFAULT_SECRET_SCRYPT);
    expect(await verifySecret('ประชาสัมพันธ์', stored)).toBe(true);
  });

  it('accepts the right secret and refuses a wrong one', async () => {
    const stored = await hashSecret('482915', FAST);
    expect(await verifySecret('482915', stored)).toBe(true);
    expect(await verifySecret('482916', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('a Thai password matches however the marks were typed (NFC), and NFD too', async () => {
    expect(TONE_FIRST).not.toBe(VOWEL_FIRST);
    const stored = await hashSecret(TONE_FIRST, FAST);
    expect(await verifySecret(VOWEL_FIRST, stored)).toBe(true);
    expect(await verifySecret(VOWEL_FIRST.normalize('NFD'), stored)).toBe(true);
    const accented = await hashSecret('café ข่าว', FAST);
    expect(await verifySecret('café ข่าว'.normalize('NFD'), accented)).toBe(true);
  });

  it('never runs scrypt with hostile parameters from an edited record: they are a wrong secret', async () => {
    const stored = await hashSecret('482915', FAST);
    const derive = vi.fn(scryptDerive);
    for (const params of [
      { N: 2 ** 30, r: 8, p: 1 },
      { N: 2 ** 20, r: 16, p: 1 }, // 2 GiB
      { N: 2 ** 13, r: 8, p: 1 },
      { N: 3 * 2 ** 14, r: 8, p: 1 },
      { N: 2 ** 14, r: 0, p: 1 },
      { N: 2 ** 14, r: 33, p: 1 },
      { N: 2 ** 14, r: 8, p: 17 },
      { N: 2 ** 14, r: 8, p: 0 },
    ]) {
      expect(acceptableParams(params)).toBe(false);
      expect(await verifySecret('482915', { ...stored, ...params }, derive)).toBe(false);
    }
    expect(derive).not.toHaveBeenCalled();
    expect(acceptableParams({ N: 2 ** 20, r: 8, p: 1 })).toBe(true); // exactly 1 GiB
    await expect(hashSecret('482915', { N: 2 ** 30, r: 8, p: 1 }, derive)).rejects.toThrow(/unacceptable/);
    expect(derive).not.toHaveBeenCalled();
  });
});
