import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupFormatError, exportDatabase, parseBackup, restoreDatabase } from './backup';
import { staffRepo } from './staff-repo';
import { SOMCHAI, openTestDb } from './test-db';

/** Backup and import files are untrusted input (issue 10): a clear error, nothing written. */
describe('backup file fuzzing', () => {
  it('truncated, mutated or wrong-version files are refused with BackupFormatError and write nothing', async () => {
    const { db } = await openTestDb();
    await staffRepo(db).create(SOMCHAI);
    const json = await exportDatabase(db);
    const before = await db.staff.toArray();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat(json.length - 1).map((cut) => json.slice(0, cut)),
          fc.tuple(fc.nat(json.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([at, s]) => json.slice(0, at) + s + json.slice(at + 1)),
          fc.integer({ min: 3, max: 1000 }).map((v) => json.replace('"schemaVersion":2', `"schemaVersion":${v}`)),
          fc.constant(json.replace('"tables":{', '"tables":{"__proto__":[],')),
          fc.json(),
        ),
        async (text) => {
          let parsed;
          try {
            parsed = parseBackup(text);
          } catch (error) {
            expect(error).toBeInstanceOf(BackupFormatError);
            return;
          }
          // A mutation that still parses is a valid backup by definition: restoring it is allowed,
          // but must be all-or-nothing.
          try {
            await restoreDatabase(db, parsed);
          } catch {
            expect(await db.staff.toArray()).toEqual(before);
          }
          await restoreDatabase(db, parseBackup(json));
        },
      ),
      { numRuns: 150 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
