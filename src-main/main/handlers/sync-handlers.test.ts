import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_PART_CHARS } from '../../shared/ipc/channels/sync';
import { localBlobStore } from '../blobs/blob-store';
import { gunzipSync } from 'node:zlib';
import { encodeSnapshot } from '../sync/snapshot-file';
import { FAST_KDF, TEST_PASSPHRASE } from '../sync/testing/workspace';
import { identityProtector } from '../workspace/local-store';
import { testInflateWorker } from '../workspace/testing/inflate-worker';
import { createSyncHandlers } from './sync-handlers';

const DEVICE = '0190a000-0000-7000-8000-0000000000d1';
const OTHER = '0190a000-0000-7000-8000-0000000000d2';

/** A part as the renderer receives it (gzip), inflated; null stays null. */
const text = (part: { gz: Uint8Array | null }) => (part.gz ? gunzipSync(part.gz).toString('utf8') : null);

/** A workstation's sync handlers over its own data folder (keys stay plain in tests). */
async function handlersFor(userDataDir: string) {
  return createSyncHandlers({ userDataDir, chooseFolder: () => Promise.resolve(null), protector: identityProtector, createInflateWorker: await testInflateWorker(), kdf: FAST_KDF });
}

async function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-snap-'));
  const handlers = await handlersFor(join(root, 'user'));
  const folder = join(root, 'share');
  await handlers['sync:create-folder']({ folder, passphrase: TEST_PASSPHRASE });
  return { root, folder, handlers };
}

const line = (id: string, text: string) => JSON.stringify({ r: id, s: { w: [], f: { title: ['0001700000000000-0000-x', [], [], text] } } });

describe('snapshots over IPC in NDJSON parts', () => {
  it('writes parts, commits the manifest last, and reads them back verified, Thai intact', async () => {
    const { folder, handlers } = await setUp();
    const snapshotId = crypto.randomUUID();
    const big = Array.from({ length: Math.ceil((SNAPSHOT_PART_CHARS * 0.9) / 60) }, (_, i) => line(`t-${i}`, 'ประชาสัมพันธ์')).join('\n');
    const parts = [
      { table: 'tasks', ndjson: big, rows: big.split('\n').length },
      { table: 'tasks', ndjson: line('t-last', 'งานสุดท้าย'), rows: 1 },
      { table: 'pressReleases', ndjson: line('r-1', 'ข่าวแจก'), rows: 1 },
    ];
    for (const [index, part] of parts.entries()) await handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index, ...part });
    // Not visible before the manifest.
    expect(await handlers['sync:list-snapshots'](undefined)).toEqual([]);
    expect(await handlers['sync:commit-snapshot']({ deviceId: DEVICE, snapshotId, schemaVersion: 10, vector: { [DEVICE]: 7, [OTHER]: 5 } })).toEqual({ covered: 12 });

    const [best] = await handlers['sync:list-snapshots'](undefined);
    expect(best).toEqual({ key: `3/${DEVICE}/${snapshotId}`, deviceId: DEVICE, covered: 12 });
    const opened = await handlers['sync:open-snapshot']({ key: best!.key });
    expect(opened).toMatchObject({ deviceId: DEVICE, schemaVersion: 10, vector: { [DEVICE]: 7, [OTHER]: 5 } });
    expect(opened!.parts).toEqual(parts.map(({ table, rows }) => ({ table, rows })));
    for (const [index, part] of parts.entries()) {
      expect(text(await handlers['sync:read-snapshot-part']({ key: best!.key, index }))).toBe(part.ndjson);
    }
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
  });

  it('a damaged part reads as null (the renderer falls back), and a newer snapshot keeps the previous one', async () => {
    const { folder, handlers } = await setUp();
    const ids: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const snapshotId = crypto.randomUUID();
      ids.push(snapshotId);
      await handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index: 0, table: 'staff', rows: 1, ndjson: line('s-1', `รุ่น ${n}`) });
      await handlers['sync:commit-snapshot']({ deviceId: DEVICE, snapshotId, schemaVersion: 10, vector: { [DEVICE]: n } });
    }
    // The newest and the one before it remain; the oldest is gone.
    expect(readdirSync(join(folder, 'snapshots', DEVICE)).sort()).toEqual(ids.slice(1).sort());
    const list = await handlers['sync:list-snapshots'](undefined);
    expect(list.map((c) => c.covered)).toEqual([3, 2]);

    const dir = join(folder, 'snapshots', DEVICE, ids[2]!);
    const partFile = readdirSync(dir).find((name) => name.endsWith('.ndjson.gz'))!;
    const bytes = readFileSync(join(dir, partFile));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(join(dir, partFile), bytes);
    expect(text(await handlers['sync:read-snapshot-part']({ key: list[0]!.key, index: 0 }))).toBeNull();
    expect(text(await handlers['sync:read-snapshot-part']({ key: list[1]!.key, index: 0 }))).toBe(line('s-1', 'รุ่น 2'));

    // A manifest someone edited (unknown format) is not a candidate at all.
    writeFileSync(join(dir, 'MANIFEST.json'), JSON.stringify({ format: 'pr-desk-snapshot', formatVersion: 99 }));
    expect((await handlers['sync:list-snapshots'](undefined)).map((c) => c.covered)).toEqual([2]);
  });

  it('reads an older single-file snapshot (formats 1 and 2) as parts, and refuses keys that leave the folder', async () => {
    const { folder, handlers } = await setUp();
    const state = {
      fields: {
        firstName: {
          value: 'วิไลวรรณ',
          clock: '0001700000000000-0000-x',
          heads: { '0001700000000000-0000-x': { value: 'วิไลวรรณ', opId: 'o1', actor: 'a', deviceId: OTHER, at: '2025-01-01T00:00:00.000Z', sawDeleted: '' } },
          superseded: [],
        },
      },
    };
    const json = JSON.stringify({ formatVersion: 1, schemaVersion: 1, deviceId: OTHER, vector: { [OTHER]: 4 }, records: [{ table: 'staff', recordId: 's-9', state }] });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'snapshots'), { recursive: true });
    writeFileSync(join(folder, 'snapshots', `${OTHER}.json.gz`), encodeSnapshot({ formatVersion: 1, deviceId: OTHER, createdAt: '2025-01-01T00:00:00.000Z', covered: 4 }, json));
    const [legacy] = await handlers['sync:list-snapshots'](undefined);
    expect(legacy).toEqual({ key: `1/${OTHER}`, deviceId: OTHER, covered: 4 });
    const opened = await handlers['sync:open-snapshot']({ key: legacy!.key });
    expect(opened).toMatchObject({ deviceId: OTHER, schemaVersion: 1, vector: { [OTHER]: 4 }, parts: [{ table: 'staff', rows: 1 }] });
    const parsed = JSON.parse(text(await handlers['sync:read-snapshot-part']({ key: legacy!.key, index: 0 }))!) as { r: string; s: { f: Record<string, unknown[]> } };
    expect(parsed.r).toBe('s-9');
    expect(parsed.s.f.firstName?.[0]).toBe('0001700000000000-0000-x');

    expect(await handlers['sync:open-snapshot']({ key: '3/../../etc/passwd' })).toBeNull();
    expect(text(await handlers['sync:read-snapshot-part']({ key: `3/${OTHER}/..`, index: 0 }))).toBeNull();
  });
});

describe('blob channels', () => {
  it('upload then fetch between two workstations through the real handlers', async () => {
    const { root, folder, handlers } = await setUp();
    const photo = await localBlobStore(join(root, 'user')).put(new TextEncoder().encode('ภาพกิจกรรม'));
    expect(await handlers['sync:upload-blobs']({ ids: [photo.id] })).toEqual({ uploaded: 1, bytes: photo.size, notHere: [] });
    const other = await handlersFor(join(root, 'other'));
    await other['sync:join-folder']({ folder, passphrase: TEST_PASSPHRASE });
    expect(await other['sync:fetch-blobs']({ ids: [photo.id] })).toEqual({ fetched: [photo.id], missing: [], bytes: photo.size });
    expect(new TextDecoder().decode((await localBlobStore(join(root, 'other')).read(photo.id)))).toBe('ภาพกิจกรรม');
  });
});
