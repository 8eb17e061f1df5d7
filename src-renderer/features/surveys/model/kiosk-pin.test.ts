import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, verifyPin } from './kiosk-pin';

describe('kiosk PIN', () => {
  it('verifies the right PIN and refuses a wrong one; the hash is salted', async () => {
    const stored = await hashPin('2468');
    expect(stored.hash).not.toContain('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect((await hashPin('2468')).hash).not.toBe(stored.hash);
  });
  it('accepts 4–8 digits only', () => {
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('12a4')).toBe(false);
    expect(isValidPin('123')).toBe(false);
  });
});
