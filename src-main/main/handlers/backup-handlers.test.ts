import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupContract, MIN_BACKUP_KEEP, type BackupReason } from '../../shared/ipc/channels/backup';
import { localBlobStore, type BlobStore } from '../blobs/blob-store';
import { nodeBackupFs, type BackupFs } from '../backup/backup-fs';
import { createBackupHandlers, type BackupHandlerDeps } from './backup-handlers';
import { FAST_KDF, TEST_PASSPHRASE } from '../sync/testing/workspace';
import { identityProtector } from '../workspace/local-store';
import { backupKeyOf, storedPhotoPath } from '../backup/testing';
import { openBlobInto } from '../backup/backup-seal';

/** NDJSON as the renderer sends it, and back (parts cross IPC as UTF-8 bytes). */
const utf8 = (ndjson: string) => new TextEncoder().encode(ndjson);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Handlers = ReturnType<typeof createBackupHandlers>;

function setup(overrides: Partial<BackupHandlerDeps> = {}) {
  const userDataDir = overrides.userDataDir ?? mkdtempSync(join(tmpdir(), 'pr-desk-backup-'));
  const clock = { now: new Date('2026-12-05T07:30:00Z') };
  const picked: { folder: string | null; file: string | null } = { folder: null, file: null };
  const h = createBackupHandlers({
    ...{ userDataDir },
    now: () => clock.now,
    chooseFolder: () => Promise.resolve(picked.folder),
    chooseOpenFile: () => Promise.resolve(picked.file),
    log: () => undefined,
    protector: identityProtector,
    kdf: FAST_KDF,
    ...overrides,
  });
  return { h, userDataDir, clock, picked, local: localBlobStore(userDataDir), backups: join(userDataDir, 'backups') };
}

async function addPhotos(store: BlobStore, count: number, size = 64 * 1024): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await store.put(randomBytes(size))).id);
  return ids;
}

const STAFF = [
  { id: '0190a000-0000-7000-8000-000000000001', firstName: 'สมชาย', lastName: 'ใจดี' },
  { id: '0190a000-0000-7000-8000-000000000002', firstName: 'กัญญ์ณัฏฐ์', lastName: 'ศรีสุข' },
];

async function backUp(h: Handlers, { reason = 'manual', keep = 14, staff = STAFF }: { reason?: BackupReason; keep?: number; staff?: typeof STAFF } = {}) {
  const { token } = await h['backup:begin']({ reason });
  await h['backup:write-rows']({ token, table: 'staff', part: 0, rows: staff.length, ndjsonUtf8: utf8(staff.map((r) => JSON.stringify(r)).join('\n') + '\n') });
  let progress;
  do progress = await h['backup:copy-blobs']({ token, maxFiles: 7 });
  while (!progress.finished);
  const info = await h['backup:commit']({ token, keep, schemaVersion: 10, deviceId: '0190a000-0000-7000-8000-0000000000d1' });
  return { info, progress };
}

/** Every file under a folder with its size, to measure what a backup wrote. */
function filesUnder(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(path, statSync(path).size);
    }
  }
  return out;
}

function failing(code: string, when: (path: string) => boolean): BackupFs {
  return {
    ...nodeBackupFs,
    writeFile: (path: string, data: Uint8Array | string) =>
      when(path) ? Promise.reject(Object.assign(new Error(`${code}: simulated`), { code })) : nodeBackupFs.writeFile(path, data),
  };
}

describe('streamed, incremental backups', () => {
  it('copies every photo once; an unchanged second backup copies none and writes under 1% of the bytes', async () => {
    const { h, local, backups } = setup();
    await addPhotos(local, 40);
    const photoBytes = 40 * 64 * 1024;
    const first = await backUp(h);
    expect(first.progress).toMatchObject({ done: 40, total: 40, bytes: photoBytes, finished: true });
    expect(first.info).toMatchObject({ blobCount: 40, blobBytes: photoBytes, reason: 'manual', seq: 1, name: '000001-manual' });

    const before = filesUnder(backups);
    const second = await backUp(h);
    expect(second.progress).toMatchObject({ done: 40, bytes: 0, finished: true });
    const written = [...filesUnder(backups)].filter(([path, size]) => before.get(path) !== size).reduce((sum, [, size]) => sum + size, 0);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(photoBytes / 100);
    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000002-manual', '000001-manual']);
    expect(readdirSync(join(backups, 'sets', '000002-manual')).sort()).toEqual(['blobs.sealed', 'manifest.json', 'tables']);
    expect((await h['backup:open']({ name: '000002-manual' })).blobsAbsent).toBe(0);
  });

  it('rotates by sequence: a clock set to 2027 and back does not delete today\'s backups', async () => {
    const { h, clock } = setup();
    for (let i = 0; i < 2; i++) await backUp(h, { reason: 'daily', keep: 3 });
    clock.now = new Date('2027-06-01T01:00:00Z');
    await backUp(h, { reason: 'daily', keep: 3 });
    clock.now = new Date('2026-12-05T09:00:00Z');
    await backUp(h, { reason: 'daily', keep: 3 });
    await backUp(h, { reason: 'daily', keep: 3 });
    await backUp(h, { reason: 'manual', keep: 3 });
    const names = (await h['backup:list'](undefined)).map((b) => b.name);
    // The three newest dailies by sequence survive, whatever dates their clocks gave them.
    expect(names).toEqual(['000006-manual', '000005-daily', '000004-daily', '000003-daily']);
  });

  it('never reuses a sequence number, even when the counter file is lost', async () => {
    const { h, backups } = setup();
    await backUp(h);
    await backUp(h);
    rmSync(join(backups, 'seq.json'));
    expect((await backUp(h)).info.seq).toBe(3);
  });

  it('refuses to keep fewer than the floor', () => {
    const commit = backupContract['backup:commit'].input;
    const base = { token: '0190a000-0000-7000-8000-0000000000aa', schemaVersion: 10, deviceId: 'd' };
    expect(commit.safeParse({ ...base, keep: 2 }).success).toBe(false);
    expect(commit.safeParse({ ...base, keep: 3 }).success).toBe(true);
  });

  it('keep 0 or 1 from a payload deletes no backup below the floor (schema refuses, main clamps)', async () => {
    const commit = backupContract['backup:commit'].input;
    const base = { token: '0190a000-0000-7000-8000-0000000000aa', schemaVersion: 10, deviceId: 'd' };
    expect(commit.safeParse({ ...base, keep: 0 }).success).toBe(false);
    expect(commit.safeParse({ ...base, keep: 1 }).success).toBe(false);
    // Past the schema (a handler called directly): main still keeps MIN_BACKUP_KEEP.
    const { h } = setup();
    for (let i = 0; i < 3; i++) await backUp(h, { reason: 'daily', keep: 3 });
    const before = (await h['backup:list'](undefined)).map((b) => b.name);
    expect(before).toEqual(['000003-daily', '000002-daily', '000001-daily']);
    await backUp(h, { reason: 'daily', keep: 0 });
    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000004-daily', '000003-daily', '000002-daily']);
    await backUp(h, { reason: 'daily', keep: 1 });
    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000005-daily', '000004-daily', '000003-daily']);
    expect(MIN_BACKUP_KEEP).toBe(3);
  });

  it('collects photos from the backup store only when no remaining backup lists them', async () => {
    const { h, local, backups } = setup();
    const [kept, dropped] = await addPhotos(local, 2);
    for (let i = 0; i < 3; i++) await backUp(h, { reason: 'daily', keep: 3 });
    await local.remove(dropped!);
    for (let i = 0; i < 3; i++) await backUp(h, { reason: 'daily', keep: 3 });
    const key = backupKeyOf(backups);
    expect(existsSync(storedPhotoPath(backups, key, kept!))).toBe(true);
    expect(existsSync(storedPhotoPath(backups, key, dropped!))).toBe(false);
    // While a manual backup still lists it, it stays.
    const { h: h2, local: local2, backups: backups2 } = setup();
    const [photo] = await addPhotos(local2, 1);
    await backUp(h2, { reason: 'manual' });
    await local2.remove(photo!);
    for (let i = 0; i < 4; i++) await backUp(h2, { reason: 'daily', keep: 3 });
    expect(existsSync(storedPhotoPath(backups2, backupKeyOf(backups2), photo!))).toBe(true);
  });

  it('abort and stale temp folders leave nothing behind', async () => {
    const { h, backups } = setup();
    const { token } = await h['backup:begin']({ reason: 'manual' });
    await h['backup:write-rows']({ token, table: 'staff', part: 0, rows: 1, ndjsonUtf8: utf8('{"a":1}\n') });
    expect(await h['backup:abort']({ token })).toEqual({ aborted: true });
    expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
    mkdirSync(join(backups, 'tmp', 'left-by-a-crash'), { recursive: true });
    mkdirSync(join(backups, 'store', 'tmp'), { recursive: true });
    writeFileSync(join(backups, 'store', 'tmp', 'half-copied.tmp'), 'x');
    await backUp(h);
    expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
    expect(existsSync(join(backups, 'store', 'tmp', 'half-copied.tmp'))).toBe(false);
    await expect(h['backup:write-rows']({ token, table: 'staff', part: 1, rows: 0, ndjsonUtf8: utf8('') })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a part whose row count does not match, and a missing part', async () => {
    const { h, backups } = setup();
    const { token } = await h['backup:begin']({ reason: 'manual' });
    await expect(h['backup:write-rows']({ token, table: 'staff', part: 0, rows: 3, ndjsonUtf8: utf8('{"a":1}\n') })).rejects.toMatchObject({ code: 'not-allowed' });
    // Bytes that are not UTF-8 (only a hostile renderer sends them) are refused before anything is written.
    const hostile = await h['backup:begin']({ reason: 'manual' });
    await expect(h['backup:write-rows']({ token: hostile.token, table: 'staff', part: 0, rows: 1, ndjsonUtf8: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]) })).rejects.toMatchObject({ code: 'invalid-payload' });
    const again = await h['backup:begin']({ reason: 'manual' });
    await h['backup:write-rows']({ token: again.token, table: 'staff', part: 1, rows: 1, ndjsonUtf8: utf8('{"a":1}\n') });
    await h['backup:copy-blobs']({ token: again.token, maxFiles: 10 });
    await expect(h['backup:commit']({ token: again.token, keep: 3, schemaVersion: 10, deviceId: 'd' })).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await h['backup:list'](undefined)).toEqual([]);
    expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
  });
});

describe('a backup that cannot be written', () => {
  it.each([
    ['a record part', 'ENOSPC', 'disk-full', (p: string) => p.endsWith('.sealed') && p.includes('tables')],
    ['the manifest', 'ENOSPC', 'disk-full', (p: string) => p.endsWith('manifest.json')],
    ['the manifest (read-only folder)', 'EACCES', 'no-permission', (p: string) => p.endsWith('manifest.json')],
  ])('fails on %s with %s → %s, removes its temp folder and adds no backup', async (_what, errno, code, when) => {
    const { h, local, backups } = setup({ fs: failing(errno, when) });
    await addPhotos(local, 3);
    await expect(backUp(h)).rejects.toMatchObject({ code });
    expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
    expect(existsSync(join(backups, 'sets')) ? readdirSync(join(backups, 'sets')) : []).toEqual([]);
    expect(await h['backup:list'](undefined)).toEqual([]);
  });

  it('fails while copying photos on a full disk the same way', async () => {
    let copies = 0;
    const fullAfterTwo: BackupFs = {
      ...nodeBackupFs,
      writeStream: (path: string, chunks: AsyncIterable<Uint8Array>) =>
        ++copies > 2 ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : nodeBackupFs.writeStream(path, chunks),
    };
    const { h, local, backups } = setup({ fs: fullAfterTwo });
    await addPhotos(local, 5);
    await expect(backUp(h)).rejects.toMatchObject({ code: 'disk-full' });
    expect(readdirSync(join(backups, 'tmp'))).toEqual([]);
    expect(readdirSync(join(backups, 'store', 'tmp'))).toEqual([]);
    expect(await h['backup:list'](undefined)).toEqual([]);
  });
});

describe('preview, verified reads and restoring photos', () => {
  it('finds a damaged record part and a damaged or absent photo', async () => {
    const { h, local, backups, userDataDir } = setup();
    const [a, b, c] = await addPhotos(local, 3, 1000);
    const { info } = await backUp(h);
    const preview = await h['backup:open']({ name: info.name });
    expect(preview).toMatchObject({ blobsAbsent: 0, blobCount: 3, tables: [{ table: 'staff', rows: 2, parts: 1, damagedParts: 0 }] });
    expect(text((await h['backup:read-rows']({ name: info.name, table: 'staff', part: 0 })).ndjsonUtf8).split('\n')[0]).toContain('สมชาย');

    const part = join(backups, 'sets', info.name, 'tables', 'staff.0.sealed');
    const bytes = readFileSync(part);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(part, bytes);
    const key = backupKeyOf(backups);
    rmSync(storedPhotoPath(backups, key, a!));
    writeFileSync(storedPhotoPath(backups, key, b!), 'not the photo');
    const damaged = await h['backup:open']({ name: info.name });
    expect(damaged.tables[0]?.damagedParts).toBe(1);
    expect(damaged.blobsAbsent).toBe(1);
    await expect(h['backup:read-rows']({ name: info.name, table: 'staff', part: 0 })).rejects.toMatchObject({ code: 'damaged-file' });

    // A photo the backup lost but this workstation still has is not reported as missing.
    expect((await h['backup:restore-blobs']({ name: info.name, maxFiles: 10 })).damaged).toEqual([]);

    // Restore onto an empty workstation store: the good photo arrives, the others are named.
    rmSync(join(userDataDir, 'blobstore'), { recursive: true });
    const result = await h['backup:restore-blobs']({ name: info.name, maxFiles: 10 });
    expect(result).toMatchObject({ done: 3, total: 3, finished: true });
    expect([...result.damaged].sort()).toEqual([a!, b!].sort());
    expect(await local.has(c!)).toBe(true);
    expect(await local.has(b!)).toBe(false);
  });

  it('restores photos in steps with progress and verifies each one', async () => {
    const { h, local, userDataDir } = setup();
    const ids = await addPhotos(local, 5, 2000);
    const { info } = await backUp(h);
    rmSync(join(userDataDir, 'blobstore'), { recursive: true });
    const steps = [];
    let step;
    do {
      step = await h['backup:restore-blobs']({ name: info.name, maxFiles: 2 });
      steps.push(step.done);
    } while (!step.finished);
    expect(steps).toEqual([2, 4, 5]);
    expect(step).toMatchObject({ total: 5, bytes: 10_000, damaged: [] });
    for (const id of ids) expect(createHash('sha256').update((await local.read(id))!).digest('hex')).toBe(id);
  });

  it('refuses names that are not backups', () => {
    expect(backupContract['backup:open'].input.safeParse({ name: '../../etc' }).success).toBe(false);
    expect(backupContract['backup:open'].input.safeParse({ name: '000001-manual' }).success).toBe(true);
  });
});

function legacyDoc(photo: Buffer, extra: Record<string, unknown[]> = {}) {
  const id = createHash('sha256').update(photo).digest('hex');
  return {
    id,
    doc: {
      format: 'pr-desk-backup',
      formatVersion: 1,
      schemaVersion: 9,
      createdAt: '2026-11-30T03:00:00.000Z',
      deviceId: '0190a000-0000-7000-8000-0000000000d7',
      tables: {
        staff: STAFF,
        officeProfile: [{ id: 'office', logoBlobId: id, stamp: { $bytes: Buffer.from([1, 2, 3]).toString('base64') } }],
        blobs: [{ id, mime: 'image/png', size: photo.length, data: { $bytes: photo.toString('base64') }, createdAt: '2026-11-30T03:00:00.000Z' }],
        ...extra,
      },
    },
  };
}

describe('old backups and exports', () => {
  it('converts the previous version\'s local backups into sets, oldest first, photos into the store', async () => {
    const { h, backups } = setup();
    mkdirSync(backups, { recursive: true });
    const photo = randomBytes(3000);
    const { id, doc } = legacyDoc(photo);
    writeFileSync(join(backups, 'pr-desk-20261201-010203-manual.json.gz'), gzipSync(JSON.stringify(doc)));
    writeFileSync(join(backups, 'pr-desk-20261130-235959-daily.json.gz'), gzipSync(JSON.stringify({ ...doc, tables: { staff: [STAFF[0]] } })));
    writeFileSync(join(backups, 'pr-desk-20261202-000000-daily.json.gz'), 'damaged');

    const list = await h['backup:list'](undefined);
    expect(list.map((b) => b.name)).toEqual(['000002-manual', '000001-daily']);
    expect(readdirSync(backups).filter((n) => n.startsWith('pr-desk-'))).toEqual(['pr-desk-20261202-000000-daily.json.gz.unreadable']);
    const preview = await h['backup:open']({ name: '000002-manual' });
    expect(preview).toMatchObject({ schemaVersion: 9, deviceId: doc.deviceId, blobCount: 1, blobsAbsent: 0, createdAt: doc.createdAt });
    expect(preview.tables.map((t) => t.table).sort()).toEqual(['officeProfile', 'staff']);
    const office = JSON.parse(text((await h['backup:read-rows']({ name: '000002-manual', table: 'officeProfile', part: 0 })).ndjsonUtf8).trim()) as Record<string, unknown>;
    expect(office.stamp).toEqual({ $bytes: 'AQID' });
    const out = join(backups, 'opened-photo');
    await openBlobInto(nodeBackupFs, backupKeyOf(backups), id, storedPhotoPath(backups, backupKeyOf(backups), id), out, join(backups, 'tmp'), 1 << 20);
    expect(readFileSync(out)).toEqual(photo);
    // Listing again converts nothing twice.
    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000002-manual', '000001-daily']);
  });

  it('imports a single-file export (gzip or plain JSON) and refuses what is not one', async () => {
    const { h, picked, userDataDir } = setup({ maxLegacyBytes: 1024 * 1024 });
    const { doc } = legacyDoc(randomBytes(100));
    picked.file = join(userDataDir, 'old.prdesk.json');
    writeFileSync(picked.file, JSON.stringify(doc));
    expect(await h['backup:import'](undefined)).toEqual({ name: '000001-imported' });

    writeFileSync(picked.file, '{"spreadsheet": true}');
    await expect(h['backup:import'](undefined)).rejects.toMatchObject({ code: 'not-allowed' });
    picked.file = join(userDataDir, 'a-folder');
    mkdirSync(picked.file);
    await expect(h['backup:import'](undefined)).rejects.toMatchObject({ code: 'not-allowed' });
    picked.file = join(userDataDir, 'link.json');
    symlinkSync(join(userDataDir, 'old.prdesk.json'), picked.file);
    await expect(h['backup:import'](undefined)).rejects.toMatchObject({ code: 'not-allowed' });
    // A small file that expands beyond the cap is refused, not decompressed into memory.
    picked.file = join(userDataDir, 'bomb.json.gz');
    writeFileSync(picked.file, gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    await expect(h['backup:import'](undefined)).rejects.toMatchObject({ code: 'damaged-file' });
    picked.file = null;
    expect(await h['backup:import'](undefined)).toEqual({ name: null });
    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000001-imported']);
  });

  it('exports a self-contained folder named with the Thai date and imports it on another PC', async () => {
    const a = setup();
    const ids = await addPhotos(a.local, 4, 5000);
    const { info } = await backUp(a.h);
    a.picked.folder = mkdtempSync(join(tmpdir(), 'pr-desk-usb-'));
    // Only this PC could open the copy: a backup passphrase comes first.
    await expect(a.h['backup:export-folder']({ name: info.name })).rejects.toMatchObject({ code: 'backup-needs-passphrase' });
    expect(readdirSync(a.picked.folder)).toEqual([]);
    await a.h['backup:set-passphrase']({ passphrase: TEST_PASSPHRASE });
    const { path } = await a.h['backup:export-folder']({ name: info.name });
    // 07.30 UTC is 14.30 in Bangkok; the test runs in whatever zone the machine has.
    expect(path).toMatch(/PR Desk สำรอง 5 ธ\.ค\. 2569 \d\d\.\d\d น\. \(ชุดที่ 1\)$/);
    expect(readdirSync(a.picked.folder)).toHaveLength(1);
    expect(readdirSync(path!).sort()).toEqual(['KEY.json', 'blobs', 'blobs.sealed', 'manifest.json', 'tables']);
    // The exported KEY.json holds no wrap that only this PC's protector opens.
    expect(readFileSync(join(path!, 'KEY.json'), 'utf8')).not.toContain('"local"');

    const b = setup();
    b.picked.file = join(path!, 'manifest.json');
    await expect(b.h['backup:import'](undefined)).rejects.toMatchObject({ code: 'backup-locked' });
    const { name } = await b.h['backup:import-unlock']({ passphrase: TEST_PASSPHRASE });
    expect(name).toBe('000001-imported');
    const preview = await b.h['backup:open']({ name: name! });
    expect(preview).toMatchObject({ reason: 'imported', blobCount: 4, blobsAbsent: 0, deviceId: '0190a000-0000-7000-8000-0000000000d1' });
    expect(await b.h['backup:read-rows']({ name: name!, table: 'staff', part: 0 })).toEqual(await a.h['backup:read-rows']({ name: info.name, table: 'staff', part: 0 }));
    await b.h['backup:restore-blobs']({ name: name!, maxFiles: 100 });
    for (const id of ids) expect(await b.local.read(id)).toEqual(await a.local.read(id));

    // A damaged copy on the stick is refused whole: no set, no temp folder.
    const part = join(path!, 'tables', 'staff.0.sealed');
    writeFileSync(part, Buffer.concat([readFileSync(part), Buffer.from([0])]));
    const c = setup();
    c.picked.file = join(path!, 'manifest.json');
    await expect(c.h['backup:import'](undefined)).rejects.toMatchObject({ code: 'backup-locked' });
    await expect(c.h['backup:import-unlock']({ passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'damaged-file' });
    expect(await c.h['backup:list'](undefined)).toEqual([]);
    expect(readdirSync(join(c.backups, 'tmp'))).toEqual([]);
  });
});

describe('format-2 (plain) backups written by earlier versions', () => {
  it('stay listed, previewed, read and restored; a new backup beside them is sealed and their photos are kept', async () => {
    const { h, local, backups, userDataDir } = setup();
    const photo = randomBytes(2000);
    const id = createHash('sha256').update(photo).digest('hex');
    const set = join(backups, 'sets', '000001-daily');
    mkdirSync(join(set, 'tables'), { recursive: true });
    const gz = gzipSync(STAFF.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(set, 'tables', 'staff.0.ndjson.gz'), gz);
    writeFileSync(join(set, 'blobs.txt'), `${id}\n`);
    mkdirSync(join(backups, 'store', id.slice(0, 2)), { recursive: true });
    writeFileSync(join(backups, 'store', id.slice(0, 2), id), photo);
    const manifest = {
      format: 'pr-desk-backup',
      formatVersion: 2,
      seq: 1,
      reason: 'daily',
      createdAt: '2026-12-01T01:00:00.000Z',
      schemaVersion: 10,
      deviceId: '0190a000-0000-7000-8000-0000000000d1',
      tables: { staff: { rows: 2, parts: [{ file: 'staff.0.ndjson.gz', sha256: createHash('sha256').update(gz).digest('hex'), rows: 2, bytes: gz.length }] } },
      blobs: { count: 1, bytes: 2000, listSha256: createHash('sha256').update(`${id}\n`).digest('hex') },
      tableGens: { staff: 'gen-1' },
    };
    writeFileSync(join(set, 'manifest.json'), JSON.stringify(manifest));

    expect((await h['backup:list'](undefined)).map((b) => b.name)).toEqual(['000001-daily']);
    expect(await h['backup:open']({ name: '000001-daily' })).toMatchObject({ blobsAbsent: 0, tables: [{ table: 'staff', rows: 2, damagedParts: 0 }] });
    expect(text((await h['backup:read-rows']({ name: '000001-daily', table: 'staff', part: 0 })).ndjsonUtf8)).toContain('กัญญ์ณัฏฐ์');
    // A new backup never takes a plain part over, even with the same change token: it is read again, and sealed.
    await local.put(photo);
    const { token } = await h['backup:begin']({ reason: 'manual' });
    expect(await h['backup:reuse-table']({ token, table: 'staff', gen: 'gen-1', schemaVersion: 10, deviceId: manifest.deviceId })).toEqual({ reused: false, rows: 0 });
    await h['backup:abort']({ token });
    await backUp(h);
    // Restarted (the preview's pin on the old set is gone), three more dailies are made.
    const { h: later } = setup({ userDataDir });
    for (let i = 0; i < 3; i++) await backUp(later, { reason: 'daily', keep: 3 });
    // The plain set went by rotation; its plain photo went with it, the sealed copy stays.
    expect((await later['backup:list'](undefined)).map((b) => b.name)).not.toContain('000001-daily');
    expect(existsSync(join(backups, 'store', id.slice(0, 2), id))).toBe(false);
    expect(existsSync(storedPhotoPath(backups, backupKeyOf(backups), id))).toBe(true);
    rmSync(join(userDataDir, 'blobstore'), { recursive: true });
    expect((await later['backup:restore-blobs']({ name: '000002-manual', maxFiles: 10 })).damaged).toEqual([]);
    expect(await local.read(id)).toEqual(photo);
  });
});
