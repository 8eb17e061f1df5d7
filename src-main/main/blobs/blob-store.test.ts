import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlobStore } from './blob-store';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `blob-${name}-`));

describe('content-addressed blob store', () => {
  it('stores bytes once under their SHA-256, in a two-hex-digit folder', async () => {
    const store = createBlobStore(fresh('put'));
    const bytes = new TextEncoder().encode('ภาพพิธีเปิดงานกาชาด');
    const first = await store.put(bytes);
    const second = await store.put(bytes);
    expect(first).toEqual({ id: sha(bytes), size: bytes.byteLength });
    expect(second).toEqual(first);
    expect(readdirSync(join(store.dir, first.id.slice(0, 2)))).toEqual([first.id]);
    expect(readdirSync(join(store.dir, 'tmp'))).toEqual([]);
    expect(new Uint8Array((await store.read(first.id)) ?? [])).toEqual(bytes);
  });

  it('treats a damaged file as absent and removes it, so a good copy can be fetched again', async () => {
    const store = createBlobStore(fresh('damaged'));
    const { id } = await store.put(new Uint8Array([1, 2, 3, 4]));
    writeFileSync(store.pathOf(id), new Uint8Array([1, 2, 3, 0]));
    expect(await store.read(id)).toBeNull();
    expect(await store.has(id)).toBe(false);
  });

  it('ignores symlinks and FIFOs planted in the store', async () => {
    const store = createBlobStore(fresh('planted'));
    const target = join(fresh('outside'), 'secret.txt');
    writeFileSync(target, 'not ours');
    const linkId = sha(new TextEncoder().encode('not ours'));
    mkdirSync(join(store.dir, linkId.slice(0, 2)), { recursive: true });
    symlinkSync(target, store.pathOf(linkId));
    const fifoId = 'f'.repeat(64);
    mkdirSync(join(store.dir, 'ff'), { recursive: true });
    execFileSync('mkfifo', [store.pathOf(fifoId)]);
    expect(await store.has(linkId)).toBe(false);
    expect(await store.read(linkId)).toBeNull();
    expect(await store.read(fifoId)).toBeNull(); // never blocks on the FIFO
    const listed: string[] = [];
    for await (const blob of store.list()) listed.push(blob.id);
    expect(listed).toEqual([]);
  });

  it('imports a file only when its bytes hash to the id, and copies out with the kernel', async () => {
    const store = createBlobStore(fresh('import'));
    const source = join(fresh('src'), 'photo.jpg');
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    writeFileSync(source, bytes);
    expect(await store.importVerified(source, 'a'.repeat(64))).toBe('damaged');
    expect(await store.has('a'.repeat(64))).toBe(false);
    expect(await store.importVerified(source, sha(bytes))).toBe('copied');
    expect(await store.importVerified(source, sha(bytes))).toBe('present');
    const out = fresh('out');
    expect(await store.copyOut(sha(bytes), join(out, 'ab', 'x'), join(out, 'tmp'))).toBe(bytes.byteLength);
    expect(existsSync(join(out, 'ab', 'x'))).toBe(true);
    expect(readdirSync(join(out, 'tmp'))).toEqual([]);
    expect(readdirSync(join(store.dir, 'tmp'))).toEqual([]);
  });

  it('refuses ids that are not SHA-256 hex (no paths out of the store)', async () => {
    const store = createBlobStore(fresh('ids'));
    expect(() => store.pathOf('../../etc/passwd')).toThrow(RangeError);
    await expect(store.has('A'.repeat(64))).rejects.toThrow(RangeError);
  });

  it('lists every blob folder by folder with sizes', async () => {
    const store = createBlobStore(fresh('list'));
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push((await store.put(new Uint8Array([i, i + 1]))).id);
    const listed = [];
    for await (const blob of store.list()) listed.push(blob);
    expect(listed.map((b) => b.id).sort()).toEqual(ids.sort());
    expect(listed.every((b) => b.size === 2)).toBe(true);
  });

  it('refuses a blob larger than the cap', async () => {
    const store = createBlobStore(fresh('cap'), { maxBytes: 10 });
    await expect(store.put(new Uint8Array(11))).rejects.toThrow(RangeError);
  });
});
