import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPassphrase, createWorkspace, DEFAULT_SCRYPT, exportKeyFile, importKeyFile, parseFormatFile, unwrapOfficeKey, WorkspaceKeyError, wrapOfficeKey } from './keys';
import { createSecretStore, identityProtector } from './local-store';

// Tests use the lowest accepted cost; one test measures the real default.
const FAST = { N: 2 ** 14, r: 8, p: 1 };
const PASS = 'ประชาสัมพันธ์จังหวัด 2569';

async function code(promise: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return error instanceof WorkspaceKeyError ? error.code : `untyped: ${String(error)}`;
  }
  return undefined;
}

describe('workspace keys', () => {
  it('creates a workspace and joins it with the passphrase (NFC-normalised)', async () => {
    const { workspaceId, officeKey, format } = await createWorkspace(PASS, FAST);
    expect(officeKey).toHaveLength(32);
    const text = JSON.stringify(format);
    expect(text).not.toContain(officeKey.toString('base64'));
    const joined = await unwrapOfficeKey(parseFormatFile(text), PASS.normalize('NFD'));
    expect(joined.equals(officeKey)).toBe(true);
    expect(format.workspaceId).toBe(workspaceId);
  });

  it('says wrong-passphrase for a wrong passphrase, never crashes', async () => {
    const { format } = await createWorkspace(PASS, FAST);
    expect(await code(unwrapOfficeKey(format, 'ประชาสัมพันธ์จังหวัด 2568'))).toBe('wrong-passphrase');
  });

  it('a FORMAT.json whose workspace id was edited no longer unwraps', async () => {
    const { format } = await createWorkspace(PASS, FAST);
    expect(await code(unwrapOfficeKey({ ...format, workspaceId: '0190a1b2-0000-7000-8000-000000000009' }, PASS))).toBe('wrong-passphrase');
  });

  it('refuses damaged or hostile FORMAT.json files with a typed error', async () => {
    const { format } = await createWorkspace(PASS, FAST);
    expect(await code(() => parseFormatFile('not json'))).toBe('bad-format-file');
    expect(await code(() => parseFormatFile(JSON.stringify({ ...format, version: 1 })))).toBe('bad-format-file');
    // A KDF memory bomb is refused before running.
    expect(await code(() => parseFormatFile(JSON.stringify({ ...format, kdf: { ...format.kdf, N: 2 ** 30 } })))).toBe('bad-format-file');
    expect(await code(() => parseFormatFile(JSON.stringify({ ...format, wrappedKey: { ...format.wrappedKey, tag: 'AAAA' } })))).toBe('bad-format-file');
  });

  it('enforces passphrase rules', async () => {
    expect(await code(() => checkPassphrase(''))).toBe('weak-passphrase');
    expect(await code(() => checkPassphrase('              '))).toBe('weak-passphrase');
    expect(await code(() => checkPassphrase('short'))).toBe('weak-passphrase');
    expect(await code(() => checkPassphrase('รหัสผ่านยาวพอแล้วนะ'))).toBeUndefined();
  });

  it('changing the passphrase keeps the office key', async () => {
    const { workspaceId, officeKey } = await createWorkspace(PASS, FAST);
    const again = await wrapOfficeKey(officeKey, workspaceId, 'another long passphrase', FAST);
    expect((await unwrapOfficeKey(again, 'another long passphrase')).equals(officeKey)).toBe(true);
  });

  it('the default KDF costs at least 64 MiB and a noticeable time', async () => {
    expect(128 * DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    const started = performance.now();
    const { format, officeKey } = await createWorkspace(PASS);
    expect((await unwrapOfficeKey(format, PASS)).equals(officeKey)).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(100);
  }, 20_000);

  it('exports a key file and joins by it; a mistyped key is caught', () => {
    const id = '0190a1b2-0000-7000-8000-000000000001';
    const key = randomBytes(32);
    const file = exportKeyFile(id, key);
    expect(file.key).toMatch(/^([A-Z2-7]{4}-)+[A-Z2-7]{1,4}$/);
    expect(importKeyFile(JSON.stringify(file), id).equals(key)).toBe(true);
    expect(importKeyFile(file.key.toLowerCase().replace(/-/g, ' '), id).equals(key)).toBe(true);
    const typo = file.key.slice(0, 5) + (file.key[5] === 'A' ? 'B' : 'A') + file.key.slice(6);
    expect(() => importKeyFile(typo, id)).toThrow(expect.objectContaining({ code: 'key-checksum' }));
    expect(() => importKeyFile(file, '0190a1b2-0000-7000-8000-000000000002')).toThrow(expect.objectContaining({ code: 'other-workspace' }));
    expect(() => importKeyFile('{nope', id)).toThrow(expect.objectContaining({ code: 'bad-key-file' }));
  });

  it('stores the office key locally through the protector', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'keys-'));
    try {
      const xor = { protect: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)), unprotect: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)) };
      const store = createSecretStore(dir, xor);
      expect(await store.load('office-key')).toBeNull();
      const key = randomBytes(32);
      await store.save('office-key', key);
      expect((await readFile(join(dir, 'office-key.bin'))).equals(key)).toBe(false);
      expect((await store.load('office-key'))!.equals(key)).toBe(true);
      expect((await createSecretStore(dir, identityProtector).load('office-key'))!.equals(key)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
