import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FAST_KDF, TEST_PASSPHRASE } from '../sync/testing/workspace';
import type { Protector } from '../workspace/local-store';
import {
  exportableKeyFile,
  newBackupKeyFile,
  parseBackupKeyFile,
  serializeBackupKeyFile,
  unwrapLocal,
  unwrapOffice,
  unwrapPassphrase,
  withLocalWrap,
  withOfficeWrap,
  withPassphraseWrap,
} from './backup-key';

/** A stand-in for safeStorage: only the PC holding `secret` unprotects (XOR is enough for a test). */
function pcProtector(secret: number): Protector {
  return {
    protect: (plain) => Buffer.concat([Buffer.from([secret]), plain.map((b) => b ^ secret)]),
    unprotect: (wrapped) => {
      if (wrapped[0] !== secret) throw new Error('another user\'s secret');
      return Buffer.from(wrapped.subarray(1).map((b) => b ^ secret));
    },
  };
}

const WORKSPACE = '0190a000-0000-7000-8000-00000000aaaa';

async function fullKeyFile() {
  const { file, crypto } = newBackupKeyFile();
  const officeKey = randomBytes(32);
  let next = await withLocalWrap(file, crypto, pcProtector(7));
  next = withOfficeWrap(next, crypto, WORKSPACE, officeKey);
  next = await withPassphraseWrap(next, crypto, TEST_PASSPHRASE, FAST_KDF);
  // What is read back is what was written: through the text form, as on disk.
  return { file: parseBackupKeyFile(serializeBackupKeyFile(next)), crypto, officeKey };
}

describe('KEY.json: the backup key wrapped three ways', () => {
  it('opens by this PC\'s protector, by the office key and by the passphrase, each giving the same key', async () => {
    const { file, crypto, officeKey } = await fullKeyFile();
    expect(serializeBackupKeyFile(file)).not.toContain(crypto.key.toString('base64'));
    expect((await unwrapLocal(file, pcProtector(7)))?.key).toEqual(crypto.key);
    expect(unwrapOffice(file, [{ workspaceId: WORKSPACE, key: officeKey }])?.key).toEqual(crypto.key);
    expect((await unwrapPassphrase(file, TEST_PASSPHRASE)).key).toEqual(crypto.key);
    expect((await unwrapPassphrase(file, TEST_PASSPHRASE.normalize('NFD'))).keyId).toBe(crypto.keyId);
  });

  it('another PC\'s protector, another workspace\'s office key: not opened (null), so the next way is tried', async () => {
    const { file } = await fullKeyFile();
    expect(await unwrapLocal(file, pcProtector(9))).toBeNull();
    expect(unwrapOffice(file, [{ workspaceId: '0190a000-0000-7000-8000-00000000bbbb', key: randomBytes(32) }])).toBeNull();
    expect(await unwrapLocal(exportableKeyFile(file), pcProtector(7))).toBeNull();
    expect(exportableKeyFile(file).local).toBeUndefined();
  });

  it('a wrong passphrase is refused with backup-wrong-passphrase; a short one cannot be set', async () => {
    const { file, crypto } = await fullKeyFile();
    await expect(unwrapPassphrase(file, 'ไม่ใช่รหัสผ่านนี้แน่นอน')).rejects.toMatchObject({ code: 'backup-wrong-passphrase' });
    await expect(unwrapPassphrase(exportableKeyFile({ ...file, passphrase: undefined }), TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'backup-wrong-passphrase' });
    await expect(withPassphraseWrap(file, crypto, 'สั้นไป', FAST_KDF)).rejects.toMatchObject({ code: 'backup-weak-passphrase' });
  });

  it('a tampered KEY.json is refused with damaged-file, never used', async () => {
    const { file, officeKey } = await fullKeyFile();
    // The local wrap swapped for another key (the identity-protected form of 32 random bytes).
    const swapped = { ...file, local: Buffer.concat([Buffer.from([7]), randomBytes(32)]).toString('base64') };
    await expect(unwrapLocal(swapped, pcProtector(7))).rejects.toMatchObject({ code: 'damaged-file' });
    // A flipped bit in the office entry.
    const entry = file.office![0]!;
    const bytes = Buffer.from(entry.sealed, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    const flipped = { ...file, office: [{ ...entry, sealed: bytes.toString('base64') }] };
    expect(() => unwrapOffice(flipped, [{ workspaceId: WORKSPACE, key: officeKey }])).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    // The passphrase entry of another KEY.json pasted in.
    const other = await withPassphraseWrap(newBackupKeyFile().file, newBackupKeyFile().crypto, TEST_PASSPHRASE, FAST_KDF);
    expect(() => parseBackupKeyFile(serializeBackupKeyFile({ ...file, passphrase: other.passphrase! }))).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    // Not JSON, another shape, a changed check.
    expect(() => parseBackupKeyFile('{ not json')).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    expect(() => parseBackupKeyFile('{"format":"pr-desk-backup-key","version":2}')).toThrow(expect.objectContaining({ code: 'damaged-file' }));
    const rechecked = { ...file, check: 'f'.repeat(64) };
    await expect(unwrapPassphrase(rechecked, TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'damaged-file' });
  });
});
