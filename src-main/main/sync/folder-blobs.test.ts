import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../blobs/blob-store';
import { fetchBlobsFromFolder, uploadBlobsToFolder } from './folder-blobs';
import { createKnownBlobs } from './known-blobs';
import { createDevicePins } from './device-pins';
import type { WorkspaceContext } from './workspace-context';
import { generateDeviceKey } from '../workspace/device-keys';
import { blobShareName } from '../workspace/sealed-file';

const WORKSPACE = '0190a000-0000-7000-8000-00000000aaaa';
/** The keys a workstation holds for the workspace (only the office key matters for blobs). */
const ctx: WorkspaceContext = {
  workspaceId: WORKSPACE,
  officeKey: randomBytes(32),
  deviceId: '0190a000-0000-7000-8000-0000000000d1',
  deviceName: 'PC',
  deviceKey: generateDeviceKey(),
  pins: createDevicePins(join(tmpdir(), `pins-${randomUUID()}.json`)),
};
/** Where a blob sits on the share: its name is an HMAC of its id, never the id. */
const onShareOf = (folder: string, id: string) => {
  const name = blobShareName(ctx.officeKey, id);
  return join(folder, 'blobs', name.slice(0, 2), name);
};
const bytesOf = (n: number, size = 64) => new Uint8Array(Array.from({ length: size }, (_, i) => (i * 7 + n) % 256));
const idOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-blobs-'));
  const folder = join(root, 'share');
  mkdirSync(join(folder, 'blobs'), { recursive: true });
  mkdirSync(join(folder, 'tmp'), { recursive: true });
  const a = createBlobStore(join(root, 'a', 'blobstore'));
  const b = createBlobStore(join(root, 'b', 'blobstore'));
  return { root, folder, a, b, knownA: createKnownBlobs(join(root, 'a', 'known'), WORKSPACE), knownB: createKnownBlobs(join(root, 'b', 'known'), WORKSPACE) };
}

describe('blob files between a workstation and the share folder', () => {
  it('uploads what the share lacks, skips what it has, names what nobody has, and B fetches them verified', async () => {
    const { folder, a, b, knownA, knownB } = setUp();
    const one = await a.put(bytesOf(1));
    const two = await a.put(bytesOf(2));
    const nobody = idOf(bytesOf(3));

    const first = await uploadBlobsToFolder(folder, ctx, [one.id, two.id, nobody, one.id], a, knownA);
    expect(first).toEqual({ uploaded: 2, bytes: 128, notHere: [nobody] });
    expect(existsSync(onShareOf(folder, one.id))).toBe(true);
    expect(existsSync(join(folder, 'blobs', one.id.slice(0, 2), one.id))).toBe(false); // the hash is not visible
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
    const again = await uploadBlobsToFolder(folder, ctx, [one.id, two.id], a, knownA);
    expect(again).toEqual({ uploaded: 0, bytes: 0, notHere: [] });

    const fetched = await fetchBlobsFromFolder(folder, ctx, [one.id, two.id, nobody], b, knownB);
    expect(fetched.fetched.sort()).toEqual([one.id, two.id].sort());
    expect(fetched.missing).toEqual([nobody]);
    expect(fetched.bytes).toBe(128);
    expect(Buffer.from((await b.read(one.id))!)).toEqual(Buffer.from(bytesOf(1)));
    // Already here: answered without touching the share.
    rmSync(join(folder, 'blobs'), { recursive: true });
    expect((await fetchBlobsFromFolder(folder, ctx, [one.id], b, knownB)).fetched).toEqual([one.id]);
  });

  it('never accepts a damaged or half-copied share blob: it is missing, and nothing is left in the store', async () => {
    const { folder, a, b, knownA, knownB } = setUp();
    const good = await a.put(bytesOf(4, 4096));
    await uploadBlobsToFolder(folder, ctx, [good.id], a, knownA);
    const onShare = onShareOf(folder, good.id);
    writeFileSync(onShare, bytesOf(5, 4096 + 50)); // same size, other bytes (tampered)
    expect(await fetchBlobsFromFolder(folder, ctx, [good.id], b, knownB)).toEqual({ fetched: [], missing: [good.id], bytes: 0 });
    writeFileSync(onShare, bytesOf(4, 1000)); // cut short (another PC still copying)
    expect((await fetchBlobsFromFolder(folder, ctx, [good.id], b, knownB)).missing).toEqual([good.id]);
    expect(await b.has(good.id)).toBe(false);
    const storeTmp = join(b.dir, 'tmp');
    expect(existsSync(storeTmp) ? readdirSync(storeTmp) : []).toEqual([]);
  });

  it('replaces a half-copied file another workstation left on the share', async () => {
    const { folder, a, b, knownA, knownB } = setUp();
    const photo = await a.put(bytesOf(6, 5000));
    const onShare = onShareOf(folder, photo.id);
    mkdirSync(join(onShare, '..'), { recursive: true });
    writeFileSync(onShare, bytesOf(6, 100));
    expect((await uploadBlobsToFolder(folder, ctx, [photo.id], a, knownA)).uploaded).toBe(1);
    expect((await fetchBlobsFromFolder(folder, ctx, [photo.id], b, knownB)).fetched).toEqual([photo.id]);
  });

  it('remembers what the share holds, so a second sync does not look at the share at all', async () => {
    const { root, folder, a, knownA } = setUp();
    const ids = [];
    for (let n = 0; n < 20; n++) ids.push((await a.put(bytesOf(10 + n))).id);
    await uploadBlobsToFolder(folder, ctx, ids, a, knownA);
    // The share unplugged: the known set answers for every id, so nothing fails and nothing is copied.
    rmSync(join(folder, 'blobs'), { recursive: true });
    const reloaded = createKnownBlobs(join(root, 'a', 'known'), WORKSPACE);
    expect(await uploadBlobsToFolder(folder, ctx, ids, a, reloaded)).toEqual({ uploaded: 0, bytes: 0, notHere: [] });
    // A torn last line (power cut while appending) loses only that id.
    const file = join(root, 'a', 'known', `${WORKSPACE}.txt`);
    writeFileSync(file, `${ids.slice(0, 19).join('\n')}\n${ids[19]!.slice(0, 30)}`);
    const torn = createKnownBlobs(join(root, 'a', 'known'), WORKSPACE);
    expect(await torn.has(ids[0]!)).toBe(true);
    expect(await torn.has(ids[19]!)).toBe(false);
    await torn.add([ids[19]!]);
    expect(await createKnownBlobs(join(root, 'a', 'known'), WORKSPACE).has(ids[19]!)).toBe(true);
  });
});

/**
 * A real full disk: a tiny tmpfs (needs root, as the CI container runs; skipped elsewhere).
 * Both directions must fail with 'disk-full' and leave no temp file behind.
 */
const small = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
})();
afterAll(() => {
  if (small) execFileSync('umount', [small]);
});

describe.skipIf(small === null)('a full disk', () => {
  it("upload to a full share fails as 'disk-full' and leaves no temp file", async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-blobs-'));
    const a = createBlobStore(join(root, 'a'));
    const big = await a.put(bytesOf(1, 600 * 1024));
    const folder = join(small!, 'share');
    mkdirSync(join(folder, 'tmp'), { recursive: true });
    await expect(uploadBlobsToFolder(folder, ctx, [big.id], a, createKnownBlobs(join(root, 'known'), WORKSPACE))).rejects.toMatchObject({ code: 'disk-full' });
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
    expect(await stat(onShareOf(folder, big.id)).catch(() => null)).toBeNull();
  });

  it("fetch into a full store fails as 'disk-full' and leaves no temp file", async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-blobs-'));
    const folder = join(root, 'share');
    const a = createBlobStore(join(root, 'a'));
    const big = await a.put(bytesOf(2, 600 * 1024));
    await uploadBlobsToFolder(folder, ctx, [big.id], a, createKnownBlobs(join(root, 'known-a'), WORKSPACE));
    const b = createBlobStore(join(small!, 'b'));
    await expect(fetchBlobsFromFolder(folder, ctx, [big.id], b, createKnownBlobs(join(root, 'known-b'), WORKSPACE))).rejects.toMatchObject({ code: 'disk-full' });
    expect(readdirSync(join(small!, 'b', 'tmp'))).toEqual([]);
    expect(await b.has(big.id)).toBe(false);
  });
});
