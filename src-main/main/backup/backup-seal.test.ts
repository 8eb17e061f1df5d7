import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../workspace/sealed-file';
import { nodeBackupFs } from './backup-fs';
import { blobPlace, openBackupFile, openBlobInto, sealBackupFile, sealBlobInto, sealedSizeOf, storedBlobName, type BackupCrypto } from './backup-seal';
import { manifestFileText, parseManifest, type BackupManifest } from './manifest';

const crypto = (): BackupCrypto => ({ key: randomBytes(32), keyId: randomUUID() });
const dir = () => mkdtempSync(join(tmpdir(), 'pr-desk-seal-'));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const MANIFEST: BackupManifest = {
  format: 'pr-desk-backup',
  formatVersion: 3,
  seq: 4,
  reason: 'manual',
  createdAt: '2026-12-05T07:30:00.000Z',
  schemaVersion: 10,
  deviceId: '0190a000-0000-7000-8000-0000000000d1',
  tables: { staff: { rows: 1, parts: [{ file: 'staff.0.sealed', sha256: 'a'.repeat(64), rows: 1, bytes: 80 }] } },
  blobs: { count: 0, bytes: 0, listSha256: 'b'.repeat(64) },
};

describe('sealed backup files', () => {
  it('a part round-trips; flipped, truncated, moved or opened with another key it is damaged-file', () => {
    const k = crypto();
    const gz = Buffer.from('{"firstName":"สมชาย"}\n', 'utf8');
    const sealed = sealBackupFile(k, 'tables/staff.0.sealed', gz);
    expect(sealed.includes(gz)).toBe(false);
    expect(openBackupFile(k, 'tables/staff.0.sealed', sealed)).toEqual(gz);
    const flipped = Buffer.from(sealed);
    flipped[40]! ^= 1;
    expect(() => openBackupFile(k, 'tables/staff.0.sealed', flipped)).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    expect(() => openBackupFile(k, 'tables/staff.0.sealed', sealed.subarray(0, 30))).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    expect(() => openBackupFile(k, 'tables/outbox.0.sealed', sealed)).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    expect(() => openBackupFile(crypto(), 'tables/staff.0.sealed', sealed)).toThrow(expect.objectContaining({ code: 'damaged-file' }));
  });

  it('the manifest is sealed: nothing of it readable, and an altered one is not a manifest', () => {
    const k = crypto();
    const text = manifestFileText(MANIFEST, k);
    expect(text).not.toContain('staff');
    expect(text).not.toContain(MANIFEST.deviceId);
    expect(parseManifest(text, k)).toEqual(MANIFEST);
    const envelope = JSON.parse(text) as { sealed: string };
    const bytes = Buffer.from(envelope.sealed, 'base64');
    bytes[bytes.length - 3]! ^= 0x10;
    expect(parseManifest(JSON.stringify({ ...envelope, sealed: bytes.toString('base64') }), k)).toBeNull();
    expect(parseManifest(text, crypto())).toBeNull();
    // A plain manifest claiming format 3 (sealing stripped) is not accepted either.
    expect(parseManifest(JSON.stringify(MANIFEST), k)).toBeNull();
  });

  it('a photo is sealed and opened streamed, in the same format seal/open use; its name is no SHA-256', async () => {
    const k = crypto();
    const root = dir();
    const photo = randomBytes(3 * 1024 * 1024 + 17);
    const id = sha(photo);
    writeFileSync(join(root, 'plain'), photo);
    const copy = await sealBlobInto(nodeBackupFs, k, id, { path: join(root, 'plain') }, join(root, 'store'), join(root, 'tmp'), { verifyId: true, maxBytes: 25 * 1024 * 1024 });
    expect(copy).toEqual({ bytes: photo.length });
    const name = storedBlobName(k, id);
    expect(name).not.toBe(id);
    const stored = join(root, 'store', name.slice(0, 2), name);
    const sealed = readFileSync(stored);
    expect(sealed.length).toBe(sealedSizeOf(photo.length));
    // The streamed writer and the one-shot `open` agree, and so do `seal` and the streamed reader.
    const opened = open(k.key, blobPlace(k, id), sealed);
    expect(opened.ok && opened.plaintext.equals(photo)).toBe(true);
    writeFileSync(join(root, 'oneshot'), seal(k.key, blobPlace(k, id), photo));
    expect(await openBlobInto(nodeBackupFs, k, id, join(root, 'oneshot'), join(root, 'out1'), join(root, 'tmp'), 25 * 1024 * 1024)).toEqual({ bytes: photo.length });
    expect(readFileSync(join(root, 'out1')).equals(photo)).toBe(true);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('a tampered photo, or one sealed for another id, is damaged and leaves no file behind', async () => {
    const k = crypto();
    const root = dir();
    const photo = randomBytes(200_000);
    const id = sha(photo);
    const other = sha(randomBytes(10));
    writeFileSync(join(root, 'plain'), photo);
    await sealBlobInto(nodeBackupFs, k, id, { path: join(root, 'plain') }, join(root, 'store'), join(root, 'tmp'), { verifyId: true, maxBytes: 1 << 20 });
    const stored = join(root, 'store', storedBlobName(k, id).slice(0, 2), storedBlobName(k, id));
    const bytes = readFileSync(stored);
    bytes[100_000]! ^= 1;
    writeFileSync(join(root, 'flipped'), bytes);
    expect(await openBlobInto(nodeBackupFs, k, id, join(root, 'flipped'), join(root, 'out'), join(root, 'tmp'), 1 << 20)).toBe('damaged');
    // Another photo's file put under this one's name: its AAD names the other id.
    expect(await openBlobInto(nodeBackupFs, k, other, stored, join(root, 'out'), join(root, 'tmp'), 1 << 20)).toBe('damaged');
    expect(await openBlobInto(nodeBackupFs, k, id, stored, join(root, 'out'), join(root, 'tmp'), 1000)).toBe('damaged');
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    // A plain file that does not hash to the id it is sealed under is not kept.
    expect(await sealBlobInto(nodeBackupFs, k, other, { path: join(root, 'plain') }, join(root, 'store'), join(root, 'tmp'), { verifyId: true, maxBytes: 1 << 20 })).toBe('damaged');
    expect(existsSync(join(root, 'store', storedBlobName(k, other).slice(0, 2), storedBlobName(k, other)))).toBe(false);
  });
});
