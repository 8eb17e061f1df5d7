import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_PART_CHARS } from '../../shared/ipc/channels/sync';
import type { SyncOp } from '../../shared/sync/sync-op';
import { createAuthSession } from '../auth/session';
import { localBlobStore } from '../blobs/blob-store';
import { gunzipSync } from 'node:zlib';
import { FAST_KDF, shareState, TEST_PASSPHRASE } from '../sync/testing/workspace';
import { identityProtector } from '../workspace/local-store';
import { testInflateWorker } from '../workspace/testing/inflate-worker';
import { createDeviceIdentityStore } from './device-identity';
import { createSyncHandlers } from './sync-handlers';
import { randomBytes } from 'node:crypto';
import { createDispatcher, type HandlerTable } from '../ipc/dispatch';
import { CHOSEN_PATH_TTL_MS, createChosenPaths, type ChosenPaths } from '../security/chosen-paths';

const OTHER = '0190a000-0000-7000-8000-0000000000d2';

/** A part as the renderer receives it (gzip), inflated; null stays null. */
const text = (part: { gz: Uint8Array | null }) => (part.gz ? gunzipSync(part.gz).toString('utf8') : null);

/**
 * A workstation's sync handlers over its own data folder (keys stay plain in tests). Its folder
 * dialog answers `picker.folder`; `choose` picks a folder there and answers the token.
 */
async function handlersFor(userDataDir: string, chosenPaths?: ChosenPaths) {
  const identity = createDeviceIdentityStore({ userDataDir, hostname: 'PC' });
  const picker = { folder: null as string | null, asked: 0 };
  const chooseFolder = () => {
    picker.asked += 1;
    return Promise.resolve(picker.folder);
  };
  const handlers = createSyncHandlers({ userDataDir, chooseFolder, protector: identityProtector, createInflateWorker: await testInflateWorker(), kdf: FAST_KDF, identity, session: createAuthSession({ userDataDir }), ...(chosenPaths ? { chosenPaths } : {}) });
  const choose = async (folder: string) => {
    picker.folder = folder;
    const { token } = await handlers['sync:choose-folder'](undefined);
    return token!;
  };
  return { handlers, picker, choose, device: (await identity.get()).deviceId };
}

async function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-snap-'));
  const { handlers, choose, device } = await handlersFor(join(root, 'user'));
  const folder = join(root, 'share');
  await handlers['sync:create-folder']({ token: await choose(folder), passphrase: TEST_PASSPHRASE });
  return { root, folder, handlers, DEVICE: device };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const line = (id: string, text: string) => JSON.stringify({ r: id, s: { w: [], f: { title: ['0001700000000000-0000-x', [], [], text] } } });

describe('snapshots over IPC in NDJSON parts', () => {
  it('writes parts, commits the manifest last, and reads them back verified, Thai intact', async () => {
    const { folder, handlers, DEVICE } = await setUp();
    const snapshotId = crypto.randomUUID();
    const big = Array.from({ length: Math.ceil((SNAPSHOT_PART_CHARS * 0.6) / 60) }, (_, i) => line(`t-${i}`, 'ประชาสัมพันธ์')).join('\n');
    const parts = [
      { table: 'tasks', ndjsonUtf8: utf8(big), rows: big.split('\n').length },
      { table: 'tasks', ndjsonUtf8: utf8(line('t-last', 'งานสุดท้าย')), rows: 1 },
      { table: 'pressReleases', ndjsonUtf8: utf8(line('r-1', 'ข่าวแจก')), rows: 1 },
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
      expect(text(await handlers['sync:read-snapshot-part']({ key: best!.key, index }))).toBe(new TextDecoder().decode(part.ndjsonUtf8));
    }
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
  });

  it('refuses a part whose row count is not its line count, or that is not UTF-8, and writes nothing', async () => {
    const { folder, handlers, DEVICE } = await setUp();
    const snapshotId = crypto.randomUUID();
    const two = utf8(`${line('s-1', 'หนึ่ง')}\n${line('s-2', 'สอง')}\n`);
    await expect(handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index: 0, table: 'staff', rows: 3, ndjsonUtf8: two })).rejects.toMatchObject({ code: 'invalid-payload' });
    const broken = new Uint8Array([...utf8(line('s-1', 'ก')), 0xe0, 0xb8]); // a Thai letter cut in half
    await expect(handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index: 0, table: 'staff', rows: 1, ndjsonUtf8: broken })).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.ndjson.gz'))).toEqual([]);
  });

  it('a damaged part reads as null (the renderer falls back), and a newer snapshot keeps the previous one', async () => {
    const { folder, handlers, DEVICE } = await setUp();
    const ids: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const snapshotId = crypto.randomUUID();
      ids.push(snapshotId);
      await handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index: 0, table: 'staff', rows: 1, ndjsonUtf8: utf8(line('s-1', `รุ่น ${n}`)) });
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

    // A manifest someone replaced (plain JSON, not sealed and signed) is not a candidate at all.
    writeFileSync(join(dir, 'MANIFEST.json'), JSON.stringify({ format: 'pr-desk-snapshot', formatVersion: 3 }));
    expect((await handlers['sync:list-snapshots'](undefined)).map((c) => c.covered)).toEqual([2]);
  });

  it('a snapshot sealed with the office key but not signed by its device is not a candidate; keys that leave the folder are refused', async () => {
    const { root, folder, handlers, DEVICE } = await setUp();
    const snapshotId = crypto.randomUUID();
    await handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId, index: 0, table: 'staff', rows: 1, ndjsonUtf8: utf8(line('s-1', 'จริง')) });
    await handlers['sync:commit-snapshot']({ deviceId: DEVICE, snapshotId, schemaVersion: 10, vector: { [DEVICE]: 1 } });
    // An insider (admitted, with the office key) writes a snapshot into this device's folder.
    const insider = await handlersFor(join(root, 'insider'));
    await insider.handlers['sync:join-folder']({ token: await insider.choose(folder), passphrase: TEST_PASSPHRASE });
    await expect(insider.handlers['sync:write-snapshot-part']({ deviceId: DEVICE, snapshotId: crypto.randomUUID(), index: 0, table: 'staff', rows: 1, ndjsonUtf8: utf8(line('s-1', 'ปลอม')) })).rejects.toMatchObject({ code: 'invalid-payload' });
    // Copying its own signed manifest under this device's name fails the seal (the path is bound).
    const forgedId = crypto.randomUUID();
    await insider.handlers['sync:write-snapshot-part']({ deviceId: insider.device, snapshotId: forgedId, index: 0, table: 'staff', rows: 1, ndjsonUtf8: utf8(line('s-1', 'ปลอม')) });
    await insider.handlers['sync:commit-snapshot']({ deviceId: insider.device, snapshotId: forgedId, schemaVersion: 10, vector: { [DEVICE]: 50, [insider.device]: 0 } });
    const { cpSync } = await import('node:fs');
    cpSync(join(folder, 'snapshots', insider.device, forgedId), join(folder, 'snapshots', DEVICE, forgedId), { recursive: true });
    const list = await handlers['sync:list-snapshots'](undefined);
    expect(list.filter((c) => c.deviceId === DEVICE).map((c) => c.key)).toEqual([`3/${DEVICE}/${snapshotId}`]);

    expect(await handlers['sync:open-snapshot']({ key: '3/../../etc/passwd' })).toBeNull();
    expect(text(await handlers['sync:read-snapshot-part']({ key: `3/${OTHER}/..`, index: 0 }))).toBeNull();
  });
});

describe('blob channels', () => {
  it('upload then fetch between two workstations through the real handlers', async () => {
    const { root, folder, handlers } = await setUp();
    const photo = await localBlobStore(join(root, 'user')).put(new TextEncoder().encode('ภาพกิจกรรม'));
    expect(await handlers['sync:upload-blobs']({ ids: [photo.id] })).toEqual({ uploaded: 1, bytes: photo.size, notHere: [] });
    const { handlers: other, choose } = await handlersFor(join(root, 'other'));
    await other['sync:join-folder']({ token: await choose(folder), passphrase: TEST_PASSPHRASE });
    expect(await other['sync:fetch-blobs']({ ids: [photo.id] })).toEqual({ fetched: [photo.id], missing: [], bytes: photo.size });
    expect(new TextDecoder().decode((await localBlobStore(join(root, 'other')).read(photo.id)))).toBe('ภาพกิจกรรม');
  });
});

function op(deviceId: string, n: number): SyncOp {
  return {
    opId: `op-${n}`,
    table: 'pressReleases',
    recordId: `release-${n}`,
    kind: 'update',
    hlc: `${String(Date.now()).padStart(13, '0')}-0000-${deviceId}`,
    fields: { headline: 'ข่าวปลอมในนามเครื่องอื่น' },
    bases: {},
    actor: 'staff-1',
    deviceId,
    at: new Date().toISOString(),
    schemaVersion: 1,
  };
}

describe("'sync:publish' publishes this workstation's ops only (issue 19)", () => {
  it('another device id, in the request or in one op, is refused and nothing is written to the share', async () => {
    const { folder, handlers, DEVICE } = await setUp();
    const before = shareState(folder);
    const hostile = [
      { deviceId: OTHER, deviceName: 'PC-อื่น', publishedThrough: 0, ops: [{ seq: 1, op: op(OTHER, 1) }] },
      { deviceId: OTHER, deviceName: 'PC-อื่น', publishedThrough: 0, ops: [{ seq: 1, op: op(DEVICE, 2) }] },
      { deviceId: DEVICE, deviceName: 'PC', publishedThrough: 0, ops: [{ seq: 1, op: op(DEVICE, 3) }, { seq: 2, op: op(OTHER, 4) }] },
    ];
    for (const request of hostile) {
      await expect(handlers['sync:publish'](request)).rejects.toMatchObject({ name: 'IpcError', code: 'not-allowed', message: 'publish-other-device' });
    }
    expect(shareState(folder)).toEqual(before);
    expect(existsSync(join(folder, 'devices', OTHER))).toBe(false);
    // Its own ops under its own id still publish.
    await expect(handlers['sync:publish']({ deviceId: DEVICE, deviceName: 'PC', publishedThrough: 0, ops: [{ seq: 1, op: op(DEVICE, 5) }] })).resolves.toMatchObject({ firstSeq: 1, lastSeq: 1 });
    expect(shareState(folder)).not.toEqual(before);
  });
});

describe('create and join act only on a folder picked in main\'s dialog (issue 19)', () => {
  const OURS = { url: 'app://prdesk/index.html', isMainFrame: true };
  /** The real gate (schema, then handler) in front of one workstation's sync handlers. */
  async function gated(chosenPaths?: ChosenPaths) {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-chosen-'));
    const ws = await handlersFor(join(root, 'user'), chosenPaths);
    const dispatch = createDispatcher({ handlers: ws.handlers as unknown as HandlerTable, isTrustedSender: (s) => s.url.startsWith('app://prdesk/') && s.isMainFrame });
    const call = (channel: 'sync:create-folder' | 'sync:join-folder' | 'sync:get-target', payload: unknown) => dispatch(channel, payload, OURS);
    return { root, ...ws, call };
  }
  const madeUpToken = () => randomBytes(32).toString('base64url');
  const refusedAs = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) as unknown });

  it('a path from the renderer, with or without a token, is refused by the schema: no folder is created, nothing is written', async () => {
    const { root, call, picker } = await gated();
    const target = join(root, 'typed-by-the-page');
    const tokenForElsewhere = await (await gated()).choose(join(root, 'elsewhere'));
    for (const payload of [
      { folder: target, passphrase: TEST_PASSPHRASE },
      { folder: target, token: tokenForElsewhere, passphrase: TEST_PASSPHRASE },
      { token: target, passphrase: TEST_PASSPHRASE },
    ]) {
      expect(await call('sync:create-folder', payload)).toEqual(refusedAs('invalid-payload'));
      expect(await call('sync:join-folder', payload)).toEqual(refusedAs('invalid-payload'));
    }
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(root, 'elsewhere'))).toBe(false);
    expect(await call('sync:get-target', undefined)).toEqual({ ok: true, value: null });
    expect(existsSync(join(root, 'user', 'sync-target.json'))).toBe(false);
    expect(picker.asked).toBe(0); // no dialog was opened behind the person's back either
  });

  it('a made-up token is refused with path-not-chosen: an existing share and an empty folder are left byte for byte', async () => {
    const { root, call } = await gated();
    // A real share made by another workstation, and an empty folder someone wants taken over.
    const share = (await setUp()).folder;
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const before = shareState(share);
    const token = madeUpToken();
    expect(await call('sync:create-folder', { token, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(await call('sync:join-folder', { token, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(shareState(share)).toEqual(before);
    expect(readdirSync(empty)).toEqual([]);
    expect(await call('sync:get-target', undefined)).toEqual({ ok: true, value: null });
  });

  it('the token makes the folder picked in the dialog; it is used up by the success, and cannot be used again', async () => {
    const { root, call, choose } = await gated();
    const folder = join(root, 'picked');
    const token = await choose(folder);
    expect(await call('sync:create-folder', { token, passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true, value: { folder } });
    const before = shareState(folder);
    expect(await call('sync:create-folder', { token, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(await call('sync:join-folder', { token, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(shareState(folder)).toEqual(before);
  });

  it('a wrong passphrase keeps the choice: the same token joins once the passphrase is right, then is used up', async () => {
    const { folder } = await setUp();
    const { call, choose, root } = await gated();
    const token = await choose(folder);
    expect(await call('sync:join-folder', { token, passphrase: 'ไม่ใช่รหัสของสำนักงานนี้เลย' })).toEqual(refusedAs('sync-wrong-passphrase'));
    expect(existsSync(join(root, 'user', 'sync-target.json'))).toBe(false);
    expect(await call('sync:join-folder', { token, passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true, value: { folder } });
    expect(await call('sync:join-folder', { token, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
  });

  it('an expired choice is refused and the folder is not created; picking again replaces the earlier token', async () => {
    let now = 1_000;
    const { root, call, choose } = await gated(createChosenPaths({ now: () => now }));
    const first = join(root, 'first');
    const late = await choose(first);
    now += CHOSEN_PATH_TTL_MS + 1;
    expect(await call('sync:create-folder', { token: late, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(existsSync(first)).toBe(false);

    const earlier = await choose(first);
    const second = join(root, 'second');
    const current = await choose(second);
    expect(await call('sync:create-folder', { token: earlier, passphrase: TEST_PASSPHRASE })).toEqual(refusedAs('path-not-chosen'));
    expect(existsSync(first)).toBe(false);
    expect(await call('sync:create-folder', { token: current, passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true, value: { folder: second } });
  });

  it('a cancelled dialog answers neither a folder nor a token', async () => {
    const { handlers, picker } = await gated();
    picker.folder = null;
    expect(await handlers['sync:choose-folder'](undefined)).toEqual({ folder: null, token: null });
  });
});
