import { describe, expect, it } from 'vitest';
import { MAX_SECRET_CHARS, MIN_SECRET_CHARS, secretProblem, signInDelayMs, staffCredentialSchema, type SecretProblem } from './credential';

describe('secretProblem', () => {
  const cases: { name: string; secret: string; expected: SecretProblem | null }[] = [
    { name: 'five digits', secret: '12345', expected: 'too-short' },
    { name: 'empty', secret: '', expected: 'too-short' },
    { name: 'a five-character password', secret: 'abcde', expected: 'too-short' },
    { name: 'a Thai word of four code points', secret: 'ข่าว', expected: 'too-short' },
    { name: 'one digit repeated', secret: '111111', expected: 'too-simple' },
    { name: 'zeros', secret: '00000000', expected: 'too-simple' },
    { name: 'a rising run', secret: '123456', expected: 'too-simple' },
    { name: 'a falling run', secret: '654321', expected: 'too-simple' },
    { name: 'a rising run through 9 → 0', secret: '890123', expected: 'too-simple' },
    { name: 'a falling run through 0 → 9', secret: '210987', expected: 'too-simple' },
    { name: 'a long rising run', secret: '0123456789', expected: 'too-simple' },
    { name: 'an ordinary six-digit PIN', secret: '482915', expected: null },
    { name: 'almost a run', secret: '123457', expected: null },
    { name: 'a run of letters is not a digit run', secret: 'abcdef', expected: null },
    { name: 'a Thai password (nine code points, marks counted)', secret: 'ข่าวดีมาก', expected: null },
    { name: 'exactly the shortest length', secret: 'x'.repeat(MIN_SECRET_CHARS), expected: null },
    { name: 'exactly the longest length', secret: 'x'.repeat(MAX_SECRET_CHARS), expected: null },
    { name: '129 characters', secret: 'x'.repeat(129), expected: 'too-long' },
    { name: '129 Thai characters', secret: 'ก'.repeat(129), expected: 'too-long' },
  ];

  it.each(cases)('$name ($secret) → $expected', ({ secret, expected }) => {
    expect(secretProblem(secret)).toBe(expected);
  });

  it('counts characters after NFC normalisation, so a decomposed accent is one character', () => {
    const decomposed = 'e\u0301'.repeat(4); // "éééé" typed as e + combining accent: 8 code points, 4 characters
    expect([...decomposed]).toHaveLength(8);
    expect(secretProblem(decomposed)).toBe('too-short');
    expect(secretProblem('e\u0301'.repeat(6))).toBeNull();
  });
});

describe('signInDelayMs', () => {
  const expected = [0, 0, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 512000, 900000, 900000, 900000];
  const cases = expected.map((ms, failures) => ({ failures, ms }));

  it.each(cases)('after $failures failures → $ms ms', ({ failures, ms }) => {
    expect(signInDelayMs(failures)).toBe(ms);
  });

  it.each([
    { failures: -1, ms: 0 },
    { failures: 50, ms: 900000 },
    { failures: 5000, ms: 900000 },
  ])('after $failures failures → $ms ms (out of the usual range)', ({ failures, ms }) => {
    expect(signInDelayMs(failures)).toBe(ms);
  });

  it('never waits more than 15 minutes and never shrinks as failures grow', () => {
    const delays = Array.from({ length: 40 }, (_, i) => signInDelayMs(i));
    expect(Math.max(...delays)).toBe(15 * 60 * 1000);
    delays.forEach((d, i) => i > 0 && expect(d).toBeGreaterThanOrEqual(delays[i - 1] ?? 0));
  });
});

describe('staffCredentialSchema', () => {
  const valid = {
    staffId: 'staff-1',
    secret: { kdf: 'scrypt', N: 131072, r: 8, p: 1, salt: `${'A'.repeat(22)}==`, hash: `${'b'.repeat(43)}=` },
    reason: 'changed',
    setBy: 'staff-1',
    setAt: '2025-01-15T03:00:00.000Z',
  };

  it('accepts a stored hash and refuses a record that carries anything else in its secret', () => {
    expect(staffCredentialSchema.safeParse(valid).success).toBe(true);
    expect(staffCredentialSchema.safeParse({ ...valid, secret: { ...valid.secret, pin: '482915' } }).success).toBe(false);
    expect(staffCredentialSchema.safeParse({ ...valid, secret: { ...valid.secret, kdf: 'sha256' } }).success).toBe(false);
    expect(staffCredentialSchema.safeParse({ ...valid, reason: 'guessed' }).success).toBe(false);
  });
});
