import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { SequencedOp } from '../../shared/sync/transport';
import { decodeLogFile, encodeLogFile } from './log-file';
import { open, seal } from '../workspace/sealed-file';

/**
 * Files other workstations wrote are untrusted input (issue 10): truncated, bit-flipped,
 * re-compressed or oversized, they decode to "not there yet" — never to wrong data, never a
 * crash, never prototype pollution.
 */
const DEVICE = '0190a000-0000-7000-8000-00000000000a';
const ops: SequencedOp[] = [1, 2, 3].map((seq) => ({
  seq,
  op: {
    opId: `op-${seq}`,
    table: 'staff',
    recordId: 'r1',
    kind: 'update',
    hlc: `${1700000000000 + seq}-0000-${DEVICE}`,
    fields: { firstName: 'กัญญ์ณัฏฐ์' },
    bases: {},
    actor: 'a',
    deviceId: DEVICE,
    at: '2025-01-15T03:00:00.000Z',
    schemaVersion: 1,
  },
}));
const good = encodeLogFile(DEVICE, ops, new Date('2025-01-15T03:00:00Z'));
const range = { deviceId: DEVICE, firstSeq: 1, lastSeq: 3 };

describe('sync file fuzzing', () => {
  it('a damaged log file is never read as ops', () => {
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 }), fc.nat(good.length), (at, xor, cut) => {
        const flipped = Uint8Array.from(good);
        flipped[at] = (flipped[at] ?? 0) ^ xor;
        for (const bytes of [flipped, good.slice(0, cut)]) {
          const decoded = decodeLogFile(bytes, range);
          if (decoded.ok) expect(decoded.ops).toEqual(ops); // only a flip in gzip's own slack may survive
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a well-formed file with hostile content is refused without pollution', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.json(), fc.constant('{"__proto__":{"polluted":true}}')), { maxLength: 6 }), (lines) => {
        const body = `${lines.join('\n')}\n`;
        const decoded = decodeLogFile(gzipSync(Buffer.from(body)), range);
        expect(decoded.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a damaged sealed file (a snapshot part) never opens', () => {
    const key = Buffer.alloc(32, 7);
    const place = { workspaceId: '0190a000-0000-7000-8000-00000000aaaa', kind: 'snapshot' as const, path: 'snapshots/x/y/000000-staff.ndjson.gz' };
    const sealed = seal(key, place, Buffer.from('{"r":"s-1","s":{"w":[],"f":{}}}\n'));
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const flipped = Uint8Array.from(sealed);
        flipped[at] = (flipped[at] ?? 0) ^ xor;
        expect(open(key, place, flipped).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(open(key, place, new Uint8Array(4096)).ok).toBe(false);
  });
});
