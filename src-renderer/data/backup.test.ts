import { describe, expect, it } from 'vitest';
import { BackupFormatError, exportDatabase, parseBackup, restoreDatabase, summarizeBackup } from './backup';
import { putBlob } from './blobs';
import { localSettings } from './local-settings';
import { officeProfileRepo } from './office-profile-repo';
import { staffRepo } from './staff-repo';
import { applyRemoteBatch, toSyncOp } from './sync-store';
import { SOMCHAI, openTestDb } from './test-db';
import type { PrDeskDb } from './db';

const TABLES = ['officeProfile', 'staff', 'outbox', 'blobs', 'localSettings', 'syncRecords', 'syncMeta', 'syncHeld'] as const;

async function dump(db: PrDeskDb) {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) out[name] = await db.table(name).toArray();
  return out;
}

async function seed(db: PrDeskDb) {
  await officeProfileRepo(db).save({
    officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
    province: 'สงขลา',
    address: 'ศาลากลางจังหวัด ถนนราชดำเนิน',
    phone: '074-311-000',
    email: '',
    directorName: 'ว่าที่ร้อยตรีหญิงปิยะนุช ทองคำ',
    directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
    logoBlobId: await putBlob(db, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 128]), 'image/png'),
    thaiDigits: true,
  });
  const staff = await staffRepo(db).create({ ...SOMCHAI, firstName: 'กัญญ์ณัฏฐ์', lastName: 'ศรีสุข' });
  await staffRepo(db).remove(staff.id);
  await localSettings(db).set('language', 'en');
  const { db: other } = await openTestDb('staff-X', '0190a000-0000-7000-8000-0000000000d9');
  const remote = await staffRepo(other).create({ ...SOMCHAI, firstName: 'ฟื้นฟู', position: 'น้ำท่วม ๑๒๓' });
  const ops = (await other.outbox.toArray()).map((op, i) => ({ seq: i + 1, op: toSyncOp(op) }));
  await applyRemoteBatch(db, {
    deviceId: other.writer.deviceId,
    lastSeq: ops.length,
    apply: ops,
    hold: [{ deviceId: other.writer.deviceId, reason: 'newer-version', item: { ...ops[0]!, op: { ...ops[0]!.op, schemaVersion: 99 } } }],
  });
  return remote;
}

describe('backup and restore', () => {
  it('round-trips every table with Thai data exactly', async () => {
    const { db } = await openTestDb();
    await seed(db);
    const before = await dump(db);
    for (const name of TABLES) expect(before[name]?.length, name).toBeGreaterThan(0);
    const json = await exportDatabase(db);

    const { db: fresh } = await openTestDb();
    await restoreDatabase(fresh, parseBackup(json));
    const after = await dump(fresh);
    // The sync position belongs to the workstation, not the backup (see KEPT_ON_RESTORE).
    const { syncMeta: _m1, ...restBefore } = before;
    const { syncMeta: _m2, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    expect(summarizeBackup(parseBackup(json)).find((s) => s.table === 'staff')?.rows).toBe(2);
  });

  it('restoring the same database over itself after wiping changes brings it back', async () => {
    const { db } = await openTestDb();
    await seed(db);
    const json = await exportDatabase(db);
    const before = await dump(db);
    await staffRepo(db).create({ ...SOMCHAI, firstName: 'เพิ่มหลังสำรอง' });
    await restoreDatabase(db, parseBackup(json));
    const after = await dump(db);
    expect(after.staff).toEqual(before.staff);
    expect(after.outbox).toEqual(before.outbox);
  });

  it.each([
    ['not JSON', '{'],
    ['another program', '{"hello":"world"}'],
    ['a newer version', JSON.stringify({ format: 'pr-desk-backup', formatVersion: 1, schemaVersion: 99, createdAt: '', deviceId: '', tables: {} })],
    ['an unknown table', JSON.stringify({ format: 'pr-desk-backup', formatVersion: 1, schemaVersion: 1, createdAt: '', deviceId: '', tables: { evil: [] } })],
  ])('refuses %s and writes nothing', async (_label, json) => {
    const { db } = await openTestDb();
    await seed(db);
    const before = await dump(db);
    expect(() => parseBackup(json)).toThrow(BackupFormatError);
    expect(await dump(db)).toEqual(before);
  });
});
