import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { SequencedOp } from '../../shared/sync/transport';
import { decodeLogFile, encodeLogFile, logFileName, parseLogFileName } from './log-file';

const DEVICE = '0190a000-0000-7000-8000-00000000000a';
const op = (seq: number): SequencedOp => ({
  seq,
  op: {
    opId: `op-${seq}`,
    table: 'staff',
    recordId: 'r1',
    kind: 'update',
    hlc: `${String(1700000000000 + seq).padStart(13, '0')}-0000-${DEVICE}`,
    fields: { firstName: 'กัญญ์ณัฏฐ์', note: 'น้ำท่วม ๑๒๓' },
    bases: {},
    actor: 'staff-1',
    deviceId: DEVICE,
    at: '2025-01-15T03:00:00.000Z',
    schemaVersion: 1,
  },
});

describe('log files', () => {
  const ops = [op(1), op(2), op(3)];
  const bytes = encodeLogFile(DEVICE, ops, new Date('2025-01-15T03:00:00Z'));
  const expectRange = { deviceId: DEVICE, firstSeq: 1, lastSeq: 3 };

  it('round-trips Thai text exactly', () => {
    const decoded = decodeLogFile(bytes, expectRange);
    expect(decoded).toMatchObject({ ok: true, ops });
    expect(parseLogFileName(logFileName(1, 3))).toEqual({ firstSeq: 1, lastSeq: 3 });
  });

  it.each([
    ['truncated', bytes.slice(0, bytes.length - 7)],
    ['zero-filled', new Uint8Array(bytes.length)],
    ['empty', new Uint8Array(0)],
    ['body cut before the trailer', gzipSync(Buffer.from('{"type":"header"}\n'))],
  ])('treats a %s file as not there yet', (_label, damaged) => {
    expect(decodeLogFile(damaged, expectRange).ok).toBe(false);
  });

  it('rejects a file whose header does not match its name or device', () => {
    expect(decodeLogFile(bytes, { ...expectRange, lastSeq: 4 })).toEqual({ ok: false, reason: 'header' });
    expect(decodeLogFile(bytes, { ...expectRange, deviceId: 'other' })).toEqual({ ok: false, reason: 'header' });
  });

  it('rejects a tampered op even with a matching checksum recomputed by hand', () => {
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.length).toBeGreaterThan(0);
    const bad = encodeLogFile(DEVICE, [op(1), { ...op(2), seq: 5 }], new Date());
    expect(decodeLogFile(bad, { deviceId: DEVICE, firstSeq: 1, lastSeq: 5 }).ok).toBe(false);
  });

  it('ignores names that are not log files', () => {
    expect(parseLogFileName('000000000001-000000000003.ndjson.gz.tmp')).toBeNull();
    expect(parseLogFileName('000000000005-000000000003.ndjson.gz')).toBeNull();
  });
});
