import { describe, expect, it } from 'vitest';
import { referencedIds } from './conflict-references';

describe('conflict references', () => {
  it('finds ids at any depth, once each', () => {
    const a = '0b7f6a52-8c1e-4c39-9d0e-5f2a7c1b3e44';
    const b = '1c8f6a52-8c1e-4c39-9d0e-5f2a7c1b3e45';
    expect(referencedIds([a, [a, { staffId: b }], 'ข้อความ', null]).sort()).toEqual([a, b].sort());
  });
});
