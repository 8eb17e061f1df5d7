import { describe, expect, it } from 'vitest';
import { decodeRow, encodeRow } from './backup';

describe('backup rows', () => {
  it('round-trips bytes anywhere in a record, and Thai text that merely mentions "$bytes"', () => {
    const row = { id: 'r1', stamp: new Uint8Array([0, 1, 2, 255]), nested: [{ data: new Uint8Array([]) }], note: 'ข้อความ "$bytes" ในเนื้อหา', bytesLike: { $bytes: 7 } };
    expect(decodeRow(encodeRow(row))).toEqual(row);
    const plain = { id: 'r2', headline: 'ประชุมคณะกรรมการ ๒๕๖๙', tags: ['ข่าว'], clocks: {} };
    expect(decodeRow(encodeRow(plain))).toEqual(plain);
  });
});
