import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/staff';
import { ipcContract } from '../../shared/ipc/contract';
import { createAuthSession } from '../auth/session';
import type { SyncOp } from '../../shared/sync/sync-op';
import type { PullResult } from '../../shared/sync/transport';
import { encodeLogFile, logFileName } from '../sync/log-file';
import { sealSigned } from '../sync/share-files';
import { FAST_KDF, shareState, TEST_PASSPHRASE } from '../sync/testing/workspace';
import { createWorkspaceSecrets } from '../sync/workspace-context';
import { identityProtector } from '../workspace/local-store';
import { testInflateWorker } from '../workspace/testing/inflate-worker';
import { createDeviceIdentityStore } from './device-identity';
import { createSyncHandlers } from './sync-handlers';

/**
 * จัดการพื้นที่ซิงค์ (issue 18) through the real handlers of several workstations, each with
 * its own data folder, over one real shared folder on disk.
 */
const NEW_PASSPHRASE = 'รหัสใหม่ของสำนักงาน ปี 2570';
const REASON = 'เครื่องสูญหาย';
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Each workstation has an administrator signed in (issue 19) unless `signedIn` says otherwise. */
async function workstation(userDataDir: string, hostname: string, signedIn: StaffRole | null = 'admin') {
  const identity = createDeviceIdentityStore({ userDataDir, hostname });
  const session = createAuthSession({ userDataDir });
  if (signedIn) await session.signIn({ staffId: `staff-${hostname}`, role: signedIn });
  const picked: { folder: string | null } = { folder: null };
  const handlers = createSyncHandlers({ userDataDir, chooseFolder: () => Promise.resolve(picked.folder), protector: identityProtector, createInflateWorker: await testInflateWorker(), kdf: FAST_KDF, identity, session });
  const { deviceId, deviceName } = await identity.get();
  /** The folder picked in main's dialog, as the person does: create and join take its token. */
  const choose = async (folder: string) => {
    picked.folder = folder;
    return (await handlers['sync:choose-folder'](undefined)).token!;
  };
  const createShare = async (folder: string, passphrase: string) => handlers['sync:create-folder']({ token: await choose(folder), passphrase });
  const joinShare = async (folder: string, secret: { passphrase: string } | { officeKey: string }) => handlers['sync:join-folder']({ token: await choose(folder), ...secret });
  return { handlers, deviceId, deviceName, userDataDir, session, createShare, joinShare };
}
type Workstation = Awaited<ReturnType<typeof workstation>>;

let opCount = 0;
function op(deviceId: string, headline: string): SyncOp {
  opCount += 1;
  return {
    opId: `op-${opCount}`,
    table: 'pressReleases',
    recordId: `release-${opCount}`,
    kind: 'update',
    hlc: `${String(Date.now()).padStart(13, '0')}-0000-${deviceId}`,
    fields: { headline },
    bases: {},
    actor: 'staff-1',
    deviceId,
    at: new Date().toISOString(),
    schemaVersion: 1,
  };
}

const publish = (ws: Workstation, seq: number, headline: string) =>
  ws.handlers['sync:publish']({ deviceId: ws.deviceId, deviceName: ws.deviceName, publishedThrough: seq - 1, ops: [{ seq, op: op(ws.deviceId, headline) }] });
const pull = (ws: Workstation, cursor: Record<string, number>) => ws.handlers['sync:pull']({ deviceId: ws.deviceId, cursor, maxOps: 10_000 });
const headlines = (result: PullResult, deviceId: string) => result.batches.filter((b) => b.deviceId === deviceId).flatMap((b) => b.ops.map((o) => o.op.fields.headline));

async function office(names: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-wsadmin-'));
  roots.push(root);
  const folder = join(root, 'share');
  const all: Workstation[] = [];
  for (const name of names) all.push(await workstation(join(root, name), name));
  const [first, ...others] = all;
  await first!.createShare(folder, TEST_PASSPHRASE);
  for (const ws of others) await ws.joinShare(folder, { passphrase: TEST_PASSPHRASE });
  return { root, folder, all };
}

describe('revoking a workstation', () => {
  it("B's files after the revocation are refused at A and C, its earlier ones still count, and its own sync is told it was revoked", async () => {
    const { folder, all } = await office(['A', 'B', 'C']);
    const [a, b, c] = all as [Workstation, Workstation, Workstation];
    await publish(b, 1, 'ข่าวก่อนเพิกถอน');
    // A has taken in B's first file; C has not synced yet.
    expect(headlines(await pull(a, {}), b.deviceId)).toEqual(['ข่าวก่อนเพิกถอน']);

    const before = await a.handlers['sync:list-devices']({ seen: { [b.deviceId]: 1, [a.deviceId]: 0 } });
    expect(before.devices.map((d) => [d.deviceName, d.thisDevice, d.revoked])).toEqual([
      ['A', true, null],
      ['B', false, null],
      ['C', false, null],
    ]);
    const rowB = before.devices.find((d) => d.deviceId === b.deviceId)!;
    expect(rowB.lastSeen?.seq).toBe(1);
    expect(Date.parse(rowB.lastSeen!.at!)).toBeGreaterThan(Date.now() - 60_000);
    expect(before.devices.find((d) => d.deviceId === c.deviceId)!.lastSeen).toBeNull();

    expect(await a.handlers['sync:revoke-device']({ deviceId: b.deviceId, reason: `  ${REASON} `, consumedSeq: 1 })).toMatchObject({ deviceId: b.deviceId, acceptUpToSeq: 1 });
    expect(readdirSync(join(folder, 'registry', 'revoked'))).toEqual([b.deviceId]);
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);

    // B's own sync stops, in its own words: when it has something to send, and when it has not.
    await expect(publish(b, 2, 'ข่าวหลังเพิกถอน')).rejects.toMatchObject({ code: 'sync-device-revoked' });
    await expect(pull(b, {})).rejects.toMatchObject({ code: 'sync-device-revoked' });
    // Whoever holds B still has its keys and writes the next file by hand.
    const target = { folder, workspaceId: before.workspaceId };
    const stolen = await createWorkspaceSecrets(b.userDataDir, identityProtector).context(target, b);
    const path = `devices/${b.deviceId}/log/${logFileName(2, 2)}`;
    mkdirSync(join(folder, 'devices', b.deviceId, 'log'), { recursive: true });
    writeFileSync(join(folder, path), sealSigned(stolen, 'op', path, encodeLogFile(b.deviceId, [{ seq: 2, op: op(b.deviceId, 'ข่าวปลอมหลังเพิกถอน') }], new Date()), 2));

    const atA = await pull(a, { [b.deviceId]: 1 });
    expect(headlines(atA, b.deviceId)).toEqual([]);
    expect(atA.quarantined).toContainEqual(expect.objectContaining({ deviceId: b.deviceId, file: path, reason: 'revoked' }));
    // C never took in B's first file: it still counts there, the later one does not.
    const atC = await pull(c, {});
    expect(headlines(atC, b.deviceId)).toEqual(['ข่าวก่อนเพิกถอน']);
    expect(atC.quarantined).toContainEqual(expect.objectContaining({ deviceId: b.deviceId, file: path, reason: 'revoked' }));

    // Every workstation's list says who revoked B, when and why.
    const atCList = await c.handlers['sync:list-devices']({ seen: {} });
    expect(atCList.devices.find((d) => d.deviceId === b.deviceId)!.revoked).toMatchObject({ byDeviceId: a.deviceId, byDeviceName: 'A', reason: REASON, acceptUpToSeq: 1 });
  });

  it('refuses revoking oneself, an unknown device, a device twice, a blank reason, and any revocation by a revoked device', async () => {
    const { folder, all } = await office(['A', 'B', 'C']);
    const [a, b, c] = all as [Workstation, Workstation, Workstation];
    await expect(a.handlers['sync:revoke-device']({ deviceId: a.deviceId, reason: REASON, consumedSeq: 0 })).rejects.toMatchObject({ code: 'sync-revoke-self' });
    await expect(a.handlers['sync:revoke-device']({ deviceId: '0190a000-0000-7000-8000-00000000beef', reason: REASON, consumedSeq: 0 })).rejects.toMatchObject({ code: 'sync-device-unknown' });
    await expect(a.handlers['sync:revoke-device']({ deviceId: b.deviceId, reason: ' \u200b ', consumedSeq: 0 })).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(readdirSync(join(folder, 'registry')).includes('revoked')).toBe(false);

    // A cursor above what the device has on the share is not believed: C published nothing.
    expect(await a.handlers['sync:revoke-device']({ deviceId: c.deviceId, reason: 'เลิกใช้งาน', consumedSeq: 999 })).toMatchObject({ acceptUpToSeq: 0 });
    await expect(a.handlers['sync:revoke-device']({ deviceId: c.deviceId, reason: REASON, consumedSeq: 0 })).rejects.toMatchObject({ code: 'sync-device-already-revoked' });
    // C, revoked, can neither revoke nor administer the passphrase or hand out a key sheet.
    await expect(c.handlers['sync:revoke-device']({ deviceId: a.deviceId, reason: REASON, consumedSeq: 0 })).rejects.toMatchObject({ code: 'sync-device-revoked' });
    await expect(c.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'sync-device-revoked' });
    await expect(c.handlers['sync:export-key-sheet'](undefined)).rejects.toMatchObject({ code: 'sync-device-revoked' });
    expect(readdirSync(join(folder, 'registry', 'revoked'))).toEqual([c.deviceId]);
    // A and B are untouched: B still publishes.
    await expect(publish(b, 1, 'ยังซิงค์ได้')).resolves.toMatchObject({ lastSeq: 1 });
  });

  it('a workstation that has not set up a sync folder has nothing to administer', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-wsadmin-'));
    roots.push(root);
    const lone = await workstation(join(root, 'lone'), 'lone');
    await expect(lone.handlers['sync:list-devices']({ seen: {} })).rejects.toMatchObject({ code: 'sync-folder-missing' });
    await expect(lone.handlers['sync:export-key-sheet'](undefined)).rejects.toMatchObject({ code: 'sync-folder-missing' });
  });
});

describe('changing the office passphrase', () => {
  it('re-wraps the same key: the old passphrase no longer joins, the new one does, and no temp file is left', async () => {
    const { root, folder, all } = await office(['A', 'B']);
    const [a, b] = all as [Workstation, Workstation];
    const formatBefore = readFileSync(join(folder, 'FORMAT.json'));

    await expect(a.handlers['sync:change-passphrase']({ currentPassphrase: 'ไม่ใช่รหัสผ่านของสำนักงาน', newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'sync-wrong-current-passphrase' });
    await expect(a.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'สั้นไป' })).rejects.toMatchObject({ code: 'sync-weak-passphrase' });
    expect(readFileSync(join(folder, 'FORMAT.json'))).toEqual(formatBefore);

    expect(await a.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).toEqual({ changed: true });
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
    const after = JSON.parse(readFileSync(join(folder, 'FORMAT.json'), 'utf8')) as { workspaceId: string };
    expect(after.workspaceId).toBe((JSON.parse(formatBefore.toString('utf8')) as { workspaceId: string }).workspaceId);

    const late = await workstation(join(root, 'late'), 'late');
    await expect(late.joinShare(folder, { passphrase: TEST_PASSPHRASE })).rejects.toMatchObject({ code: 'sync-wrong-passphrase' });
    await expect(late.handlers['sync:get-target'](undefined)).resolves.toBeNull();
    await expect(late.joinShare(folder, { passphrase: NEW_PASSPHRASE })).resolves.toMatchObject({ folder });
    // Every sealed file is as it was: B, joined before, and the newcomer both still sync.
    await publish(b, 1, 'หลังเปลี่ยนรหัสผ่าน');
    expect(headlines(await pull(late, {}), b.deviceId)).toEqual(['หลังเปลี่ยนรหัสผ่าน']);
  });

  it('a FORMAT.json edited after the change still opens for no one', async () => {
    const { root, folder, all } = await office(['A']);
    await all[0]!.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const file = join(folder, 'FORMAT.json');
    const format = JSON.parse(readFileSync(file, 'utf8')) as { kdf: { salt: string }; wrappedKey: { ciphertext: string } };
    const good = readFileSync(file);
    const flipped = Buffer.from(format.wrappedKey.ciphertext, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    const late = await workstation(join(root, 'late'), 'late');
    // Another salt, then a flipped byte of the wrapped key: neither the new nor the old passphrase opens it.
    for (const edit of [
      { ...format, kdf: { ...format.kdf, salt: Buffer.alloc(16, 7).toString('base64') } },
      { ...format, wrappedKey: { ...format.wrappedKey, ciphertext: flipped.toString('base64') } },
    ]) {
      writeFileSync(file, JSON.stringify(edit));
      for (const passphrase of [NEW_PASSPHRASE, TEST_PASSPHRASE]) await expect(late.joinShare(folder, { passphrase })).rejects.toMatchObject({ code: 'sync-wrong-passphrase' });
    }
    writeFileSync(file, good);
    await expect(late.joinShare(folder, { passphrase: NEW_PASSPHRASE })).resolves.toMatchObject({ folder });
  });

  it('without the current passphrase (it was lost) a joined workstation re-wraps the key it holds; a FORMAT.json of another key is refused', async () => {
    const { root, folder, all } = await office(['A', 'B']);
    const [, b] = all as [Workstation, Workstation];
    // B joined with the passphrase; nobody remembers it now.
    expect(await b.handlers['sync:change-passphrase']({ newPassphrase: NEW_PASSPHRASE })).toEqual({ changed: true });
    const late = await workstation(join(root, 'late'), 'late');
    await expect(late.joinShare(folder, { passphrase: NEW_PASSPHRASE })).resolves.toMatchObject({ folder });

    // Someone put another folder's FORMAT.json (same id, another key) in place: typing its passphrase does not make it ours.
    const otherRoot = mkdtempSync(join(tmpdir(), 'pr-desk-wsadmin-other-'));
    roots.push(otherRoot);
    const stranger = await workstation(join(otherRoot, 'S'), 'S');
    await stranger.createShare(join(otherRoot, 'share'), TEST_PASSPHRASE);
    const foreign = JSON.parse(readFileSync(join(otherRoot, 'share', 'FORMAT.json'), 'utf8')) as Record<string, unknown>;
    const ours = JSON.parse(readFileSync(join(folder, 'FORMAT.json'), 'utf8')) as { workspaceId: string };
    writeFileSync(join(folder, 'FORMAT.json'), JSON.stringify({ ...foreign, workspaceId: ours.workspaceId }));
    // (Its wrapped key is bound to the other id, so no passphrase opens it here.)
    await expect(b.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'sync-wrong-current-passphrase' });
    // A different folder's FORMAT.json whole (another id) is another workspace.
    writeFileSync(join(folder, 'FORMAT.json'), JSON.stringify(foreign));
    await expect(b.handlers['sync:change-passphrase']({ newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject({ code: 'sync-folder-foreign' });
    expect(readdirSync(join(folder, 'tmp'))).toEqual([]);
  });
});

describe('a new key sheet', () => {
  it('from a workstation that joined with the passphrase, and it joins a new workstation', async () => {
    const { root, folder, all } = await office(['A', 'B']);
    const sheet = await all[1]!.handlers['sync:export-key-sheet'](undefined);
    expect(sheet.folder).toBe(folder);
    expect(sheet.key).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4})+$/);
    const late = await workstation(join(root, 'late'), 'late');
    await expect(late.joinShare(folder, { officeKey: sheet.key })).resolves.toMatchObject({ folder, workspaceId: sheet.workspaceId });
  });
});

describe('only a signed-in administrator administers the workspace (issue 19)', () => {
  const refusals: [string, (session: Workstation['session']) => Promise<void>, string][] = [
    ['nobody is signed in', (session) => Promise.resolve(session.signOut()), 'workspace.admin:not-signed-in'],
    ['an officer is signed in', async (session) => void (await session.signIn({ staffId: 'staff-officer', role: 'officer' })), 'workspace.admin:role'],
    ["the administrator's screen is locked", (session) => Promise.resolve(session.lock()), 'workspace.admin:not-signed-in'],
  ];

  it.each(refusals)('when %s, every administration channel is refused and the share is untouched', async (_label, arrange, detail) => {
    const { folder, all } = await office(['A', 'B']);
    const [a, b] = all as [Workstation, Workstation];
    await publish(b, 1, 'ข่าวของ B');
    await arrange(a.session);
    const before = shareState(folder);

    const refused = { code: 'not-allowed', message: detail };
    await expect(a.handlers['sync:list-devices']({ seen: {} })).rejects.toMatchObject(refused);
    await expect(a.handlers['sync:revoke-device']({ deviceId: b.deviceId, reason: REASON, consumedSeq: 1 })).rejects.toMatchObject(refused);
    await expect(a.handlers['sync:change-passphrase']({ currentPassphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject(refused);
    await expect(a.handlers['sync:change-passphrase']({ newPassphrase: NEW_PASSPHRASE })).rejects.toMatchObject(refused);
    await expect(a.handlers['sync:export-key-sheet'](undefined)).rejects.toMatchObject(refused);

    expect(shareState(folder)).toEqual(before);
    // B was not revoked: it still publishes, and the old passphrase still joins.
    await expect(publish(b, 2, 'ยังซิงค์ได้')).resolves.toMatchObject({ lastSeq: 2 });
    const late = await workstation(join(folder, '..', 'late'), 'late');
    await expect(late.joinShare(folder, { passphrase: TEST_PASSPHRASE })).resolves.toMatchObject({ folder });

    // Once the administrator signs in again (unlocking the screen), A may act.
    await a.session.signIn({ staffId: 'staff-A', role: 'admin' });
    await expect(a.handlers['sync:list-devices']({ seen: {} })).resolves.toMatchObject({ folder });
  });

  it('is checked before anything else: a workstation without a sync folder is refused, not told it has none', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-wsadmin-'));
    roots.push(root);
    const lone = await workstation(join(root, 'lone'), 'lone', null);
    await expect(lone.handlers['sync:list-devices']({ seen: {} })).rejects.toMatchObject({ code: 'not-allowed', message: 'workspace.admin:not-signed-in' });
    await expect(lone.handlers['sync:export-key-sheet'](undefined)).rejects.toMatchObject({ code: 'not-allowed' });
  });
});

describe('the payloads main accepts', () => {
  it('refuses a malformed device id, a negative or fractional sequence, a blank or huge reason, and extra keys', () => {
    const revoke = ipcContract['sync:revoke-device'].input;
    const good = { deviceId: '0190a000-0000-7000-8000-0000000000d2', reason: REASON, consumedSeq: 3 };
    expect(revoke.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, deviceId: '../../registry' },
      { ...good, consumedSeq: -1 },
      { ...good, consumedSeq: 1.5 },
      { ...good, reason: '   ' },
      { ...good, reason: 'ก'.repeat(401) },
      { ...good, revokedBy: good.deviceId },
    ]) {
      expect(revoke.safeParse(bad).success).toBe(false);
    }
    const change = ipcContract['sync:change-passphrase'].input;
    expect(change.safeParse({ newPassphrase: NEW_PASSPHRASE }).success).toBe(true);
    expect(change.safeParse({ currentPassphrase: '', newPassphrase: NEW_PASSPHRASE }).success).toBe(false);
    expect(change.safeParse({ newPassphrase: 'x'.repeat(1025) }).success).toBe(false);
    expect(ipcContract['sync:list-devices'].input.safeParse({ seen: { 'not-a-device': 1 } }).success).toBe(false);
  });
});
