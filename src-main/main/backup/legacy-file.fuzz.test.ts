import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpcError } from '../../shared/ipc/errors';
import { parseLegacyBackup } from './legacy-file';

/** Old single-file exports are untrusted input (issue 10): a coded refusal, never a crash. */
describe('old single-file export fuzzing', () => {
  const valid = JSON.stringify({
    format: 'pr-desk-backup',
    formatVersion: 1,
    schemaVersion: 9,
    createdAt: '2026-11-30T03:00:00.000Z',
    deviceId: 'd',
    tables: { staff: [{ id: 'a', firstName: 'สมชาย' }], blobs: [{ id: 'x', data: { $bytes: 'AQID' } }] },
  });

  it('truncated, mutated or hostile files are refused with not-allowed or damaged-file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat(valid.length - 1).map((cut) => valid.slice(0, cut)),
          fc.tuple(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
          fc.constant(valid.replace('"tables":{', '"tables":{"__proto__":[],')),
          fc.constant(valid.replace('"staff"', '"../evil"')),
          fc.json(),
        ),
        async (text) => {
          try {
            const parsed = await parseLegacyBackup(Buffer.from(text, 'utf8'));
            // Still a valid document after the mutation: its table names are safe file names.
            for (const name of Object.keys(parsed.tables)) expect(name).toMatch(/^[A-Za-z]{1,64}$/);
          } catch (error) {
            expect(error).toBeInstanceOf(IpcError);
            expect(['not-allowed', 'damaged-file']).toContain((error as IpcError).code);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
