import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncOp } from '../../src-main/shared/sync/sync-op';
import type { PullResult, SequencedOp, SyncTarget } from '../../src-main/shared/sync/transport';
import { encodeLogFile, logFileName } from '../../src-main/main/sync/log-file';
import { sealSigned } from '../../src-main/main/sync/share-files';
import { registryPath } from '../../src-main/main/sync/share-registry';
import { TEST_PASSPHRASE, testDevice, testWorkspace, type TestDevice } from '../../src-main/main/sync/testing/workspace';
import { signRevocation } from '../../src-main/main/workspace/registry';
import { seal } from '../../src-main/main/workspace/sealed-file';
import { joinSyncFolder } from '../../src-main/main/sync/folder-transport';

/**
 * Issue 18: an attacker who can write to the share (and in some cases holds the office key, as
 * any insider does) tries to get a forged change applied, or to stop the office syncing. Every
 * case ends with no forged change applied, the honest workstation's change still arriving, and
 * the case named in the pull's quarantine list (what the Thai sync report shows).
 */
const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const FORGED = 'ข้อความปลอมจากผู้บุกรุก';

let root: string;
let folder: string;
let target: SyncTarget;
let a: TestDevice; // the honest author whose id the attacker abuses
let b: TestDevice; // another honest workstation: its edits must keep arriving
let reader: TestDevice; // the workstation that pulls and must not be hurt
let seq = 0;

function op(device: string, fields: Record<string, unknown>, extra: Partial<SyncOp> = {}): SyncOp {
  seq += 1;
  return {
    opId: `op-${seq}`,
    table: 'pressReleases',
    recordId: `release-${seq}`,
    kind: 'update',
    hlc: `${String(Date.now()).padStart(13, '0')}-0000-${device}`,
    fields,
    bases: {},
    actor: 'staff-1',
    deviceId: device,
    at: new Date().toISOString(),
    schemaVersion: 1,
    ...extra,
  };
}

async function publish(device: TestDevice, ops: SyncOp[], from = 1): Promise<void> {
  await device.transport.publish(target, { deviceId: device.deviceId, deviceName: device.deviceName, publishedThrough: from - 1, ops: ops.map((o, i) => ({ seq: from + i, op: o })) });
}

/** Writes a file as an attacker would, under a device's log folder. */
function plant(deviceId: string, name: string, bytes: Uint8Array): string {
  const dir = join(folder, 'devices', deviceId, 'log');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
  return `devices/${deviceId}/log/${name}`;
}

async function pullAll(): Promise<PullResult> {
  return reader.transport.pull(target, { deviceId: reader.deviceId, cursor: {}, maxOps: 20000 });
}

function applied(result: PullResult): SequencedOp[] {
  return result.batches.flatMap((batch) => batch.ops);
}

/** The common end of every case: nothing forged applied, B's honest edit arrived, the case reported. */
function expectContained(result: PullResult, reason: string, file?: string): void {
  expect(JSON.stringify(applied(result))).not.toContain(FORGED);
  expect(applied(result).some((o) => o.op.deviceId === b.deviceId && o.op.fields.headline === 'ข่าวจริงจากเครื่อง B')).toBe(true);
  expect(result.quarantined).toContainEqual(expect.objectContaining({ reason, ...(file ? { file } : {}) }));
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'pr-desk-hostile-'));
  folder = join(root, 'share');
  [a, b, reader] = [await testDevice(uuid(1), 'เครื่อง A'), await testDevice(uuid(2), 'เครื่อง B'), await testDevice(uuid(3), 'เครื่องผู้อ่าน')];
  target = await testWorkspace(folder, [a, b, reader]);
  await publish(b, [op(b.deviceId, { headline: 'ข่าวจริงจากเครื่อง B' })]);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a hostile share: forged files are set aside, the office keeps syncing', () => {
  it('an unsigned, unsealed file (plain gzip, as the old format wrote)', async () => {
    const path = plant(a.deviceId, logFileName(1, 1), encodeLogFile(a.deviceId, [{ seq: 1, op: op(a.deviceId, { headline: FORGED }) }], new Date()));
    expectContained(await pullAll(), 'not-ours', path);
  });

  it('a file signed by a device the office never admitted (it holds the office key)', async () => {
    const outsider = await testDevice(uuid(9), 'ผู้บุกรุก');
    await outsider.secrets.saveOfficeKey(target.workspaceId, (await a.context(target)).officeKey);
    const ctx = await outsider.secrets.context(target, outsider);
    const path = `devices/${outsider.deviceId}/log/${logFileName(1, 1)}`;
    plant(outsider.deviceId, logFileName(1, 1), sealSigned(ctx, 'op', path, encodeLogFile(outsider.deviceId, [{ seq: 1, op: op(outsider.deviceId, { headline: FORGED }) }], new Date()), 1));
    expectContained(await pullAll(), 'unknown-device');
  });

  it('a file signed by a revoked device, published after its revocation', async () => {
    await publish(a, [op(a.deviceId, { headline: 'ข่าวก่อนถูกเพิกถอน' })]);
    const revoker = await b.context(target);
    const revocation = signRevocation(revoker.deviceKey, { workspaceId: target.workspaceId, deviceId: a.deviceId, revokedAt: new Date().toISOString(), revokedBy: b.deviceId, reason: 'เครื่องหาย', acceptUpToSeq: 1 });
    mkdirSync(join(folder, 'registry', 'revoked'), { recursive: true });
    writeFileSync(join(folder, 'registry', 'revoked', a.deviceId), seal(revoker.officeKey, { workspaceId: target.workspaceId, kind: 'revocation', path: `registry/revoked/${a.deviceId}` }, Buffer.from(JSON.stringify(revocation))));
    // The lost PC's own sync now stops: it is told it was revoked.
    await expect(publish(a, [op(a.deviceId, { headline: FORGED })], 2)).rejects.toMatchObject({ code: 'sync-device-revoked' });
    // Whoever holds it still has its key, and writes the file by hand.
    const stolen = await a.context(target);
    const path = `devices/${a.deviceId}/log/${logFileName(2, 2)}`;
    plant(a.deviceId, logFileName(2, 2), sealSigned(stolen, 'op', path, encodeLogFile(a.deviceId, [{ seq: 2, op: op(a.deviceId, { headline: FORGED }) }], new Date()), 2));
    const result = await pullAll();
    expect(applied(result).some((o) => o.op.fields.headline === 'ข่าวก่อนถูกเพิกถอน')).toBe(true); // what the office had already merged stays valid
    expectContained(result, 'revoked');
  });

  it("a forged op under a real device's id, sealed by an insider with the office key", async () => {
    const insider = await testDevice(uuid(8), 'คนใน');
    await joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, insider.secrets, insider);
    const ctx = { ...(await insider.secrets.context(target, insider)), deviceId: a.deviceId };
    const path = `devices/${a.deviceId}/log/${logFileName(1, 1)}`;
    plant(a.deviceId, logFileName(1, 1), sealSigned(ctx, 'op', path, encodeLogFile(a.deviceId, [{ seq: 1, op: op(a.deviceId, { headline: FORGED, approvedBy: 'director' }) }], new Date()), 1));
    expectContained(await pullAll(), 'bad-signature', path);
  });

  it("an insider replaces a device's registry entry with a key of their own: workstations that knew the device refuse it", async () => {
    await pullAll(); // the reader has seen A's real key
    const insider = await testDevice(a.deviceId, 'ผู้ปลอมตัว');
    await insider.secrets.saveOfficeKey(target.workspaceId, (await a.context(target)).officeKey);
    const ctx = await insider.secrets.context(target, insider);
    rmSync(join(folder, registryPath(a.deviceId)));
    await joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, insider.secrets, insider);
    const path = `devices/${a.deviceId}/log/${logFileName(1, 1)}`;
    plant(a.deviceId, logFileName(1, 1), sealSigned(ctx, 'op', path, encodeLogFile(a.deviceId, [{ seq: 1, op: op(a.deviceId, { headline: FORGED }) }], new Date()), 1));
    const result = await pullAll();
    expectContained(result, 'key-changed');
  });

  it.each([
    ['an unknown table', { table: 'salaries' }, { headline: FORGED }, 'unknown-table'],
    ['an unknown field', {}, { headline: 'ข่าว', isAdmin: FORGED }, 'unknown-field'],
    ['a __proto__ key', {}, JSON.parse(`{"__proto__": {"polluted": "${FORGED}"}}`) as Record<string, unknown>, 'forbidden-key'],
    ['a constructor key', {}, { constructor: FORGED }, 'forbidden-key'],
    ['a toString key', {}, { toString: FORGED }, 'forbidden-key'],
    ['a wrong value type', {}, { headline: { text: FORGED } }, 'bad-value'],
  ])('an admitted device publishes an op with %s: that op is set aside, the rest of its file applies', async (_name, extra, fields, reason) => {
    await publish(a, [op(a.deviceId, fields, extra), op(a.deviceId, { headline: 'ข่าวถัดไปของ A' })]);
    const result = await pullAll();
    expectContained(result, reason);
    expect(applied(result).some((o) => o.op.fields.headline === 'ข่าวถัดไปของ A')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a gzip bomb inside a properly signed file is cut off at the cap, off the main thread', async () => {
    const ctx = await a.context(target);
    const chunks: Buffer[] = [];
    const zeros = Buffer.alloc(1024 * 1024);
    let left = 300; // 300 MiB of zeros: more than any op file may inflate to
    await pipeline(new Readable({ read() { this.push(left-- > 0 ? zeros : null); } }), createGzip({ level: 9 }), async function* (input: AsyncIterable<Buffer>) {
      for await (const chunk of input) chunks.push(chunk);
      yield* [];
    });
    const path = `devices/${a.deviceId}/log/${logFileName(1, 1)}`;
    plant(a.deviceId, logFileName(1, 1), sealSigned(ctx, 'op', path, Buffer.concat(chunks), 1));
    expectContained(await pullAll(), 'too-large', path);
  }, 60_000);

  it('an oversized file is refused before it is read', async () => {
    const path = plant(a.deviceId, logFileName(1, 1), new Uint8Array(0));
    truncateSync(join(folder, path), 200 * 1024 * 1024); // sparse: no disk used
    expectContained(await pullAll(), 'too-large', path);
  });

  it('a symlink out of the folder is not followed', async () => {
    const secret = join(root, 'outside.txt');
    writeFileSync(secret, FORGED);
    const dir = join(folder, 'devices', a.deviceId, 'log');
    mkdirSync(dir, { recursive: true });
    symlinkSync(secret, join(dir, logFileName(1, 1)));
    expectContained(await pullAll(), 'symlink');
  });

  it('a FIFO does not hang the sync', async () => {
    const dir = join(folder, 'devices', a.deviceId, 'log');
    mkdirSync(dir, { recursive: true });
    execFileSync('mkfifo', [join(dir, logFileName(1, 1))]);
    expectContained(await pullAll(), 'not-a-file');
  });

  it("a real file copied into another device's folder", async () => {
    await publish(a, [op(a.deviceId, { headline: 'ข่าวของ A' })]);
    const own = join(folder, 'devices', a.deviceId, 'log', logFileName(1, 1));
    const victim = await testDevice(uuid(7), 'เครื่อง C');
    await joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, victim.secrets, victim);
    const path = plant(victim.deviceId, logFileName(1, 1), readFileSync(own));
    const result = await pullAll();
    expectContained(result, 'tampered-or-wrong-place', path);
    expect(applied(result).filter((o) => o.op.fields.headline === 'ข่าวของ A')).toHaveLength(1); // once, from A
  });

  it('a folder under devices/ that no admitted device owns', async () => {
    plant('0190a000-0000-7000-8000-00000000dead', logFileName(1, 1), gzipSync('x'));
    expectContained(await pullAll(), 'unknown-device');
  });
});

describe('the share holds no plain personal data', () => {
  it('a Thai name, an email and a phone number are nowhere on the share (ops, snapshot, attachment), even after decompression', async () => {
    const secret = 'สมศรี ใจดี somsri@example.go.th 081-234-5678';
    await publish(a, [op(a.deviceId, { headline: secret })]);
    // A snapshot part and its signed manifest.
    const snapshotId = '0190b000-0000-7000-8000-000000000001';
    const written = await a.transport.writeSnapshotPart(target, { deviceId: a.deviceId, snapshotId, index: 0, table: 'pressReleases', rows: 1, ndjsonUtf8: new TextEncoder().encode(JSON.stringify({ r: 'release-1', s: { w: [], f: { headline: ['x', [], [], secret] } } })) });
    await a.transport.commitSnapshot(target, { deviceId: a.deviceId, snapshotId, schemaVersion: 11, vector: { [a.deviceId]: 1 }, parts: [{ index: 0, table: 'pressReleases', rows: 1, ...written }] });
    // An attachment (a scanned letter naming her) through the blob upload.
    const letter = Buffer.from(`หนังสือร้องเรียนของ ${secret}`, 'utf8');
    const id = createHash('sha256').update(letter).digest('hex');
    const local = { sizeOf: () => Promise.resolve(letter.length), read: () => Promise.resolve(letter), put: () => Promise.resolve({ id, size: letter.length }) };
    const known = { has: () => Promise.resolve(false), add: () => Promise.resolve() };
    expect((await a.transport.uploadBlobs(target, [id], local, known)).uploaded).toBe(1);
    expect(readdirSync(join(folder, 'snapshots', a.deviceId, snapshotId)).length).toBe(2);
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const file of files) {
      const bytes = readFileSync(join(file.parentPath, file.name));
      let inflated = Buffer.alloc(0);
      try {
        inflated = gunzipSync(bytes);
      } catch {
        // not gzip at all: sealed bytes
      }
      for (const needle of ['สมศรี', 'somsri@example.go.th', '081-234-5678']) {
        expect(bytes.includes(Buffer.from(needle))).toBe(false);
        expect(inflated.includes(Buffer.from(needle))).toBe(false);
      }
    }
  });
});

describe('a damaged or old FORMAT.json', () => {
  it.each([
    ['text that is not JSON', 'not json {', 'sync-folder-foreign'],
    ['JSON of another shape', '{"format":"pr-desk-sync","version":2}', 'sync-folder-foreign'],
    ['the old plaintext format', '{"format":"pr-desk-sync","formatVersion":1,"workspaceId":"0190a000-0000-7000-8000-00000000aaaa","createdAt":"2025-01-01T00:00:00Z"}', 'sync-folder-old-format'],
  ])('%s: joining and syncing are refused with a code the UI says in Thai, nothing is written', async (_name, text, code) => {
    writeFileSync(join(folder, 'FORMAT.json'), text);
    const late = await testDevice(uuid(6), 'เครื่องใหม่');
    await expect(joinSyncFolder(folder, { passphrase: TEST_PASSPHRASE }, late.secrets, late)).rejects.toMatchObject({ code });
    await expect(pullAll()).rejects.toMatchObject({ code });
    expect(readdirSync(join(folder, 'registry')).includes(late.deviceId)).toBe(false);
  });
});
