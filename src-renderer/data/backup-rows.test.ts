import { describe, expect, it } from 'vitest';
import { BACKUP_PART_BYTES } from '../../src-main/shared/ipc/channels/backup';
import { countNdjsonLines } from '../../src-main/shared/text/ndjson-bytes';
import { PartBuffer, decodeRow, encodeRow } from './backup';

describe('backup rows', () => {
  it('round-trips bytes anywhere in a record, and Thai text that merely mentions "$bytes"', () => {
    const row = { id: 'r1', stamp: new Uint8Array([0, 1, 2, 255]), nested: [{ data: new Uint8Array([]) }], note: 'ข้อความ "$bytes" ในเนื้อหา', bytesLike: { $bytes: 7 } };
    expect(decodeRow(encodeRow(row))).toEqual(row);
    const plain = { id: 'r2', headline: 'ประชุมคณะกรรมการ ๒๕๖๙', tags: ['ข่าว'], clocks: {} };
    expect(decodeRow(encodeRow(plain))).toEqual(plain);
  });
});

describe('a part as UTF-8 bytes (PartBuffer)', () => {
  it('fills to BACKUP_PART_BYTES, counting Thai as three bytes, and empties on take', () => {
    const buffer = new PartBuffer();
    const thai = 'ก'.repeat(BACKUP_PART_BYTES / 10); // 3/10 of a part in UTF-8
    for (let i = 0; i < 3; i++) expect(buffer.add(thai)).toBe(true);
    expect(buffer.add(thai)).toBe(false); // a fourth does not fit with the newlines
    expect(buffer.rows).toBe(3);
    const part = buffer.take();
    expect(part.byteLength).toBe(3 * ((3 * BACKUP_PART_BYTES) / 10 + 1));
    expect(countNdjsonLines(part)).toBe(3);
    expect(new TextDecoder().decode(part.subarray(0, (3 * BACKUP_PART_BYTES) / 10))).toBe(thai);
    expect(buffer.rows).toBe(0);
    expect(buffer.add(thai)).toBe(true); // room again after take
  });

  it('never takes a line larger than a part, even when empty', () => {
    const buffer = new PartBuffer();
    expect(buffer.add('ก'.repeat(Math.floor(BACKUP_PART_BYTES / 3) + 1))).toBe(false);
    expect(buffer.rows).toBe(0);
  });
});
