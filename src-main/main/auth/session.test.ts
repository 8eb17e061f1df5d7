import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthSession } from './session';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-session-'));
  dirs.push(dir);
  return dir;
}
const T0 = new Date('2026-03-02T02:00:00.000Z');
const ADMIN = { staffId: 'staff-admin', role: 'admin' } as const;

describe("main's signed-in session", () => {
  it('nobody is signed in at first: every guarded action is refused', async () => {
    const session = createAuthSession({ userDataDir: dataDir() });
    expect(session.current()).toBeNull();
    expect(await session.everSignedIn()).toBe(false);
    expect(() => session.require('workspace.admin')).toThrow(expect.objectContaining({ name: 'IpcError', code: 'not-allowed', message: 'workspace.admin:not-signed-in' }));
  });

  it("allows what the signed-in person's role holds and refuses the rest with the reason", async () => {
    const session = createAuthSession({ userDataDir: dataDir(), now: () => T0 });
    expect(await session.signIn(ADMIN)).toEqual({ ...ADMIN, signedInAt: T0.toISOString(), locked: false });
    expect(session.require('workspace.admin')).toEqual(ADMIN);
    expect(() => session.require('release.approve')).toThrow(expect.objectContaining({ code: 'not-allowed', message: 'release.approve:role' }));
    // Someone else signing in replaces the session.
    await session.signIn({ staffId: 'staff-director', role: 'director' });
    expect(session.require('release.approve')).toEqual({ staffId: 'staff-director', role: 'director' });
    expect(() => session.require('workspace.admin')).toThrow(expect.objectContaining({ message: 'workspace.admin:role' }));
  });

  it('a locked screen keeps who it is but allows nothing until they sign in again', async () => {
    const session = createAuthSession({ userDataDir: dataDir(), now: () => T0 });
    await session.signIn(ADMIN);
    session.lock();
    expect(session.current()).toEqual({ ...ADMIN, signedInAt: T0.toISOString(), locked: true });
    expect(() => session.require('workspace.admin')).toThrow(expect.objectContaining({ code: 'not-allowed', message: 'workspace.admin:not-signed-in' }));
    await session.signIn(ADMIN);
    expect(session.require('workspace.admin')).toEqual(ADMIN);
  });

  it('signing out clears the session; locking with nobody signed in does nothing', async () => {
    const session = createAuthSession({ userDataDir: dataDir() });
    await session.signIn(ADMIN);
    session.signOut();
    expect(session.current()).toBeNull();
    session.lock();
    expect(session.current()).toBeNull();
    expect(() => session.require('workspace.admin')).toThrow(expect.objectContaining({ message: 'workspace.admin:not-signed-in' }));
  });

  it('a copy of the session cannot be edited into another role', async () => {
    const session = createAuthSession({ userDataDir: dataDir() });
    const copy = await session.signIn({ staffId: 'staff-1', role: 'officer' });
    copy.role = 'admin';
    session.current()!.role = 'admin';
    expect(() => session.require('workspace.admin')).toThrow(expect.objectContaining({ message: 'workspace.admin:role' }));
  });

  it('remembers on disk that someone signed in here, across a restart and a sign-out', async () => {
    const dir = dataDir();
    const session = createAuthSession({ userDataDir: dir });
    await session.signIn(ADMIN);
    session.signOut();
    expect(await session.everSignedIn()).toBe(true);
    const restarted = createAuthSession({ userDataDir: dir });
    expect(restarted.current()).toBeNull();
    expect(await restarted.everSignedIn()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'auth-state.json'), 'utf8'))).toEqual({ everSignedIn: true });
  });

  it('a damaged state file does not make a used PC look fresh', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'auth-state.json'), '{"everSigned');
    expect(await createAuthSession({ userDataDir: dir }).everSignedIn()).toBe(true);
  });
});
