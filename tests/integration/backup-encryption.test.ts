import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localBlobStore } from '../../src-main/main/blobs/blob-store';
import { TEST_PASSPHRASE } from '../../src-main/main/sync/testing/workspace';
import type { Protector } from '../../src-main/main/workspace/local-store';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { staffRepo, type PrDeskDb } from '../../src-renderer/data';
import { streamBackup } from '../../src-renderer/data/backup';
import { restoreBackup } from '../../src-renderer/data/restore';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { plaintextFound } from '../security/no-plaintext';
import { workstation } from './workstation';

const NAME = 'สมศรี';
const EMAIL = 'somsri@example.go.th';
const PHONE = '081-234-5678';
const NEEDLES = [NAME, EMAIL, PHONE];

/** Electron's safeStorage stand-in: each PC its own secret (XOR is enough for a test), another PC's wrap does not open. */
function pcProtector(secret: number): Protector {
  return {
    protect: (plain) => Buffer.concat([Buffer.from([secret]), plain.map((b) => b ^ secret)]),
    unprotect: (wrapped) => {
      if (wrapped[0] !== secret) throw new Error('another PC');
      return Buffer.from(wrapped.subarray(1).map((b) => b ^ secret));
    },
  };
}

/** A workstation through the real main handlers, with its own protector and a folder picker the test sets. */
async function pc(root: string, label: string, secret: number) {
  const ws = await workstation(root, label, { protector: pcProtector(secret) });
  const store = localBlobStore(ws.userDataDir);
  const main: PrDeskClient = { ...ws.main, blobPut: ({ bytes }) => store.put(bytes) };
  return { ...ws, main, store, picked: ws.picker, backups: join(ws.userDataDir, 'backups') };
}

/** Somsri's record (name, email, phone) and a scanned letter naming her, as a photo. */
async function seedSomsri(db: PrDeskDb, station: Awaited<ReturnType<typeof pc>>) {
  await staffRepo(db).create({ ...SOMCHAI, firstName: NAME, email: EMAIL, phone: PHONE });
  const letter = Buffer.from(`หนังสือร้องเรียนของ ${NAME} ${EMAIL} โทร ${PHONE} `.repeat(200), 'utf8');
  return (await station.store.put(letter)).id;
}

async function staffNames(db: PrDeskDb): Promise<string[]> {
  return (await db.table('staff').toArray()).map((row: { firstName: string }) => row.firstName).sort();
}

describe('encrypted local backups (issue 18)', () => {
  it('no file under backups/ holds the name, email or phone, in UTF-8 or UTF-16LE, even gunzipped; restored on the same PC', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-bkenc-'));
    const a = await pc(root, 'pc1', 7);
    const photoId = await seedSomsri(a.db, a);
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    // A second, unchanged backup: parts taken over from the first, no photo copied again.
    await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    expect(readdirSync(a.backups)).toContain('KEY.json');
    expect(plaintextFound(a.backups, NEEDLES)).toEqual([]);
    // The helper does find them where they are plain: this PC's own photo store.
    expect(plaintextFound(join(a.userDataDir, 'blobstore'), NEEDLES).length).toBeGreaterThan(0);

    await staffRepo(a.db).create({ ...SOMCHAI, firstName: 'หลังสำรอง' });
    await a.store.remove(photoId);
    const result = await restoreBackup(a.db, info.name, { keep: 5, main: a.main, storage: memoryStorage() });
    expect(result.photosDamaged).toBe(0);
    expect(await staffNames(a.db)).toEqual([NAME]);
    expect(await a.store.has(photoId)).toBe(true);
  });

  it('a copied folder opens on another PC with the backup passphrase; a wrong one is refused and changes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-bkenc-'));
    const a = await pc(root, 'pc1', 7);
    const photoId = await seedSomsri(a.db, a);
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    a.picked.folder = mkdtempSync(join(root, 'usb-'));
    await expect(a.main.backupExportFolder({ name: info.name })).rejects.toMatchObject({ code: 'backup-needs-passphrase' });
    expect(await a.main.backupSetPassphrase({ passphrase: TEST_PASSPHRASE })).toEqual({ locked: false, passphrase: true, office: false });
    const { path } = await a.main.backupExportFolder({ name: info.name });
    expect(plaintextFound(a.picked.folder, NEEDLES)).toEqual([]);

    const b = await pc(root, 'pc2', 9);
    b.picked.file = join(path!, 'manifest.json');
    await expect(b.main.backupImport()).rejects.toMatchObject({ code: 'backup-locked' });
    await expect(b.main.backupImportUnlock({ passphrase: 'รหัสผ่านที่ผิดแน่นอนครับ' })).rejects.toMatchObject({ code: 'backup-wrong-passphrase' });
    expect(await b.main.backupList()).toEqual([]);
    const { name } = await b.main.backupImportUnlock({ passphrase: TEST_PASSPHRASE });
    expect(plaintextFound(b.backups, NEEDLES)).toEqual([]);
    await restoreBackup(b.db, name!, { keep: 5, main: b.main, storage: memoryStorage() });
    expect(await staffNames(b.db)).toEqual([NAME]);
    expect(await b.store.has(photoId)).toBe(true);
  });

  it('a rescue copy (startup recovery screen, no passphrase can be set) imports on this PC only', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-bkenc-'));
    const a = await pc(root, 'pc1', 7);
    await seedSomsri(a.db, a);
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    a.picked.folder = mkdtempSync(join(root, 'usb-'));
    const { path } = await a.main.backupExportFolder({ name: info.name, thisPcOnly: true });
    expect(plaintextFound(a.picked.folder, NEEDLES)).toEqual([]);

    // Another PC: locked, and no passphrase opens it.
    const b = await pc(root, 'pc2', 9);
    b.picked.file = join(path!, 'manifest.json');
    await expect(b.main.backupImport()).rejects.toMatchObject({ code: 'backup-locked' });
    expect(await b.main.backupList()).toEqual([]);

    // The same PC after a reinstall (same Windows user, empty data folder): it imports and restores.
    const again = await pc(root, 'pc1-reinstalled', 7);
    again.picked.file = join(path!, 'manifest.json');
    const { name } = await again.main.backupImport();
    await restoreBackup(again.db, name!, { keep: 5, main: again.main, storage: memoryStorage() });
    expect(await staffNames(again.db)).toEqual([NAME]);
  });

  it('opens on a replacement PC that joined the office\'s sync folder, by the office key, without a passphrase', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-bkenc-'));
    const folder = join(root, 'share');
    const a = await pc(root, 'pc1', 7);
    await a.createShare(folder);
    const photoId = await seedSomsri(a.db, a);
    const info = await streamBackup(a.db, { reason: 'manual', keep: 5, main: a.main });
    expect(await a.main.backupKeyStatus()).toEqual({ locked: false, passphrase: false, office: true });
    a.picked.folder = mkdtempSync(join(root, 'usb-'));
    const { path } = await a.main.backupExportFolder({ name: info.name });

    const b = await pc(root, 'pc2', 9);
    await b.joinShare(folder);
    b.picked.file = join(path!, 'manifest.json');
    const { name } = await b.main.backupImport();
    await restoreBackup(b.db, name!, { keep: 5, main: b.main, storage: memoryStorage() });
    expect(await staffNames(b.db)).toEqual([NAME]);
    expect(await b.store.has(photoId)).toBe(true);

    // The whole backups folder carried over (the old disk put in the new PC): the office key opens it too.
    const c = await pc(root, 'pc3', 11);
    const { cpSync } = await import('node:fs');
    cpSync(a.backups, c.backups, { recursive: true });
    await expect(c.main.backupList()).rejects.toMatchObject({ code: 'backup-locked' });
    expect(await c.main.backupKeyStatus()).toEqual({ locked: true, passphrase: false, office: true });
    await c.joinShare(folder);
    expect((await c.main.backupList()).map((set) => set.name)).toEqual([info.name]);
  });
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}
