import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretHash } from '../../src-main/shared/auth/credential';
import { UNKNOWN_ACTOR } from '../../src-main/shared/domain/envelope';
import type { StaffRole } from '../../src-main/shared/domain/staff';
import {
  createFirstAdministrator,
  hasAnyCredential,
  missionRepo,
  openPrDeskDb,
  readSyncMeta,
  seedStandardMissions,
  signInCandidates,
  staffRepo,
} from '../../src-renderer/data';
import { SOMCHAI } from '../../src-renderer/data/test-db';
import { createRelease, moveRelease } from '../../src-renderer/features/press/data/release-actions';
import { releaseContent } from '../../src-renderer/features/press/model/release-fixtures';
import { runSync } from '../../src-renderer/features/sync/data/sync-engine';
import { workstation } from './workstation';

/**
 * Issue 19: ops from other workstations are judged by their author before they are merged.
 * Workstations here run the real main handlers over a real folder. An honest workstation opens
 * its database with the signed-in person (`acting`), as the app does, so its own writes are
 * checked and incoming ops are judged; the forger's opens it 'not-checked' — an admitted device
 * whose app no longer checks anything — and writes as whoever it likes.
 */

const SECRET: SecretHash = { kdf: 'scrypt', N: 16384, r: 8, p: 1, salt: `${'A'.repeat(22)}==`, hash: `${'B'.repeat(43)}=` };

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'pr-desk-incoming-'));
  roots.push(root);
  return root;
}

/** A workstation whose signed-in person can change (`as`); 'forger' writes unchecked. */
async function pc(root: string, label: string, kind: 'honest' | 'forger' = 'honest') {
  const ws = await workstation(root, label);
  const deviceId = ws.db.writer.deviceId;
  ws.db.close();
  const who: { actor: string; role: StaffRole | null } = { actor: UNKNOWN_ACTOR, role: null };
  const db = await openPrDeskDb({
    name: `incoming-${label}-${Date.now()}`,
    deviceId,
    getActor: () => who.actor,
    acting: kind === 'honest' ? () => (who.role ? { staffId: who.actor, role: who.role } : null) : 'not-checked',
  });
  const as = (staffId: string, role: StaffRole | null) => {
    who.actor = staffId;
    who.role = role;
  };
  const sync = () => runSync(db, ws.main, { downloadFiles: false });
  return { ...ws, db, as, sync, deviceId };
}

const ADMIN = uuidv7();
const DIRECTOR = uuidv7();
const OFFICER = uuidv7();

/** First start of the office's first workstation: the missions, the administrator, two staff. */
async function startOffice(a: Awaited<ReturnType<typeof pc>>, folder: string) {
  await seedStandardMissions(a.db); // before anyone can sign in: written by 'unknown'
  a.as(ADMIN, 'admin');
  await createFirstAdministrator(a.db, ADMIN, { ...SOMCHAI, firstName: 'ผู้ดูแล', workGroup: 'administration', role: 'admin' }, SECRET);
  await staffRepo(a.db).createWithId(DIRECTOR, { ...SOMCHAI, title: 'นาง', firstName: 'อำนวย', lastName: 'การดี', role: 'director' });
  await staffRepo(a.db).createWithId(OFFICER, { ...SOMCHAI, role: 'officer' });
  await a.createShare(folder);
}

async function releaseInReview(ws: Awaited<ReturnType<typeof pc>>, author: string, role: StaffRole, headline: string): Promise<string> {
  ws.as(author, role);
  const release = await createRelease(ws.db, releaseContent({ headline }));
  await moveRelease(ws.db, release.id, 'review');
  return release.id;
}

/** A (honest, where the office started), B (honest, fresh), C (forger): all in one folder. */
async function office() {
  const root = tempRoot();
  const folder = join(root, 'share');
  const a = await pc(root, 'pc-a');
  const b = await pc(root, 'pc-b');
  const c = await pc(root, 'pc-c', 'forger');
  await startOffice(a, folder);
  await b.joinShare(folder);
  await c.joinShare(folder);
  return { root, folder, a, b, c };
}

describe('ops from other workstations are judged by their author (issue 19)', () => {
  it('applies the first administrator, their PIN and the seeded missions on a fresh workstation', async () => {
    const { a, b } = await office();
    await a.sync();
    expect(await hasAnyCredential(b.db)).toBe(false);
    const summary = await b.sync();
    expect(summary.notPermitted.total).toBe(0);
    expect(summary.held).toBe(0);
    expect(await b.db.syncHeld.count()).toBe(0);
    expect(await missionRepo(b.db).list()).toHaveLength(10);
    expect(await hasAnyCredential(b.db)).toBe(true);
    expect((await signInCandidates(b.db)).map((s) => s.id)).toEqual([ADMIN]);
    expect((await staffRepo(b.db).list()).map((s) => s.role).sort()).toEqual(['admin', 'director', 'officer']);
    expect((await readSyncMeta(b.db)).signedInEra).toEqual({ [a.deviceId]: true });
  });

  it("holds a forged approval (an officer's, of their own release) as not permitted, lists it in the summary, and applies everything else", async () => {
    const { a, b, c } = await office();
    const releaseId = await releaseInReview(a, OFFICER, 'officer', 'ข่าวที่เจ้าหน้าที่เขียน');
    await a.sync();
    await b.sync(); // B knows the staff (else C's log, if read before A's, waits for them: see below)
    await c.sync();
    // The forger approves in the officer's name (approvedBy = the officer), and edits a headline.
    c.as(OFFICER, 'officer');
    await moveRelease(c.db, releaseId, 'approved');
    const other = await releaseInReview(c, OFFICER, 'officer', 'ข่าวอีกเรื่องหนึ่ง');
    expect((await c.db.pressReleases.get(releaseId))?.status).toBe('approved');
    await c.sync();

    const before = await b.db.outbox.count();
    const summary = await b.sync();
    expect(await b.db.pressReleases.get(releaseId)).toMatchObject({ status: 'review', approvedBy: null, number: null });
    expect((await b.db.pressReleases.get(other))?.status).toBe('review'); // the rest of C's log applied
    expect(await b.db.outbox.count()).toBe(before); // nothing was logged as B's own
    const held = await b.db.syncHeld.toArray();
    expect(held).toMatchObject([{ deviceId: c.deviceId, reason: 'not-permitted', item: { op: { table: 'pressReleases', recordId: releaseId, actor: OFFICER } } }]);
    expect(held[0]?.item.op.fields).toMatchObject({ status: 'approved', approvedBy: OFFICER });
    expect(summary.held).toBe(0);
    expect(summary.notPermitted.total).toBe(1);
    const deviceName = (await c.main.deviceGetIdentity()).deviceName;
    expect(summary.notPermitted.shown).toEqual([
      expect.objectContaining({ device: deviceName, actor: OFFICER, author: 'นายสมชาย ใจดี', table: 'pressReleases', recordId: releaseId }),
    ]);
    expect(summary.notPermitted.shown[0]?.fields).toEqual(expect.arrayContaining(['approvedBy', 'status']));
    expect(summary.notPermitted.shown[0]?.values).toMatchObject({ headline: 'ข่าวที่เจ้าหน้าที่เขียน' });

    // Offered again at the next sync: still refused, still listed once. The honest A refuses it too.
    const next = await b.sync();
    expect(next.notPermitted.total).toBe(1);
    expect((await b.db.pressReleases.get(releaseId))?.status).toBe('review');
    expect((await a.sync()).notPermitted.total).toBe(1);
    expect((await a.db.pressReleases.get(releaseId))?.status).toBe('review');
  });

  it("applies the director's approval of an officer's release, and holds the director's (forged) approval of their own", async () => {
    const { a, b, c } = await office();
    const officers = await releaseInReview(a, OFFICER, 'officer', 'ข่าวที่เจ้าหน้าที่เขียน');
    const directors = await releaseInReview(a, DIRECTOR, 'director', 'ข่าวที่ผู้อำนวยการเขียนเอง');
    a.as(DIRECTOR, 'director');
    await moveRelease(a.db, officers, 'approved');
    // A's own rules refuse the director approving their own release; only a forger can send it.
    await expect(moveRelease(a.db, directors, 'approved')).rejects.toMatchObject({ name: 'PermissionDeniedError', decision: { reason: 'own-work' } });
    await a.sync();
    await b.sync();
    await c.sync();
    c.as(DIRECTOR, 'director');
    await moveRelease(c.db, directors, 'approved');
    await c.sync();

    const summary = await b.sync();
    expect(summary.notPermitted.total).toBe(1);
    expect(await b.db.pressReleases.get(officers)).toMatchObject({ status: 'approved', approvedBy: DIRECTOR });
    expect((await b.db.pressReleases.get(directors))?.status).toBe('review');
    expect(summary.notPermitted.shown.map((e) => [e.recordId, e.actor])).toEqual([[directors, DIRECTOR]]);
  });

  it("holds an op whose author's staff record arrives later from another workstation's log, and applies it at the next sync", async () => {
    const root = tempRoot();
    const folder = join(root, 'share');
    const first = await pc(root, 'pc-1');
    const second = await pc(root, 'pc-2');
    // Pulls read the workstations' logs in device id order: the newcomer's workstation is the one
    // read first, so B meets the newcomer's release before the staff record that names them.
    const [newcomersPc, adminsPc] = [first, second].sort((x, y) => x.deviceId.localeCompare(y.deviceId));
    if (!newcomersPc || !adminsPc) throw new Error('two workstations');
    const b = await pc(root, 'pc-b');
    await startOffice(adminsPc, folder);
    const NEWCOMER = uuidv7();
    adminsPc.as(ADMIN, 'admin');
    await staffRepo(adminsPc.db).createWithId(NEWCOMER, { ...SOMCHAI, firstName: 'มาใหม่', role: 'officer' });
    await adminsPc.sync();
    await newcomersPc.joinShare(folder);
    await newcomersPc.sync();
    const releaseId = await releaseInReview(newcomersPc, NEWCOMER, 'officer', 'ข่าวของเจ้าหน้าที่ใหม่');
    await newcomersPc.sync();

    await b.joinShare(folder);
    const firstSync = await b.sync();
    expect(await b.db.pressReleases.get(releaseId)).toBeUndefined();
    expect(firstSync.notPermitted.total).toBeGreaterThan(0);
    expect(new Set(firstSync.notPermitted.shown.map((e) => e.actor))).toEqual(new Set([NEWCOMER]));
    expect((await staffRepo(b.db).get(NEWCOMER))?.firstName).toBe('มาใหม่'); // arrived in the same sync, after

    const secondSync = await b.sync();
    expect(secondSync.notPermitted.total).toBe(0);
    expect(await b.db.syncHeld.count()).toBe(0);
    expect(await b.db.pressReleases.get(releaseId)).toMatchObject({ headline: 'ข่าวของเจ้าหน้าที่ใหม่', status: 'review', createdBy: NEWCOMER });
  });

  it('applies ops written before sign-in (version 11) unchecked, and holds a version-11 op sent after the same workstation sent version 12', async () => {
    const { a, b, c } = await office();
    const first = await releaseInReview(a, OFFICER, 'officer', 'ข่าวเรื่องแรก');
    const second = await releaseInReview(a, OFFICER, 'officer', 'ข่าวเรื่องที่สอง');
    await a.sync();
    await b.sync();
    await c.sync();
    const asVersion11 = () => c.db.outbox.where('published').equals(0).modify((op) => {
      op.schemaVersion = 11;
    });

    // An app from before sign-in: its author was picked from a list; its approval is history.
    c.as(OFFICER, null);
    await moveRelease(c.db, first, 'approved');
    await asVersion11();
    await c.sync();
    const legacy = await b.sync();
    expect(legacy.notPermitted.total).toBe(0);
    expect(await b.db.pressReleases.get(first)).toMatchObject({ status: 'approved', approvedBy: OFFICER });
    expect((await readSyncMeta(b.db)).signedInEra[c.deviceId]).toBeUndefined();

    // The same workstation then writes as version 12 (a permitted edit) ...
    await moveRelease(c.db, second, 'draft', 'ขอแก้ไข');
    await c.sync();
    expect((await b.sync()).notPermitted.total).toBe(0);
    expect((await b.db.pressReleases.get(second))?.status).toBe('draft');
    expect((await readSyncMeta(b.db)).signedInEra[c.deviceId]).toBe(true);

    // ... and then claims version 11 again: a downgrade, held.
    await moveRelease(c.db, second, 'review');
    await asVersion11();
    await c.sync();
    const downgrade = await b.sync();
    expect(downgrade.notPermitted.shown.map((e) => [e.recordId, e.actor])).toEqual([[second, OFFICER]]);
    expect((await b.db.pressReleases.get(second))?.status).toBe('draft');
  });
});
