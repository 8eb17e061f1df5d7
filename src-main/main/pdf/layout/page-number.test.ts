import { describe, expect, it } from 'vitest';
import { thaiPageNumber } from './page-number';

describe('thaiPageNumber', () => {
  it('writes "- n -" in the chosen digits', () => {
    expect(thaiPageNumber(2, false)).toBe('- 2 -');
    expect(thaiPageNumber(12, true)).toBe('- ๑๒ -');
  });
});
