import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SecretHash } from '../../shared/auth/credential';
import { createHandlerTable } from '../handlers';
import { FAST_KDF, testMainDeps } from '../handlers/testing/test-main-deps';
import { createDispatcher } from '../ipc/dispatch';
import { createAuthHandlers } from './auth-handlers';
import { scryptDerive } from './secret-hash';
import { createAuthSession } from './session';

// The lowest accepted cost keeps each scrypt run to milliseconds.
const PIN = '482915';
const WRONG = '482916';
const STAFF = 'staff-0001';
const T0 = new Date('2026-03-02T02:00:00.000Z');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-auth-'));
  dirs.push(dir);
  return dir;
}

/** One workstation's auth handlers, with a clock the test moves and a count of scrypt runs. */
function workstation(userDataDir = dataDir()) {
  const clock = { now: T0 };
  const now = () => clock.now;
  const derive = vi.fn(scryptDerive);
  const session = createAuthSession({ userDataDir, now });
  const handlers = createAuthHandlers({ userDataDir, session, now, kdf: FAST_KDF, derive });
  const wait = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { userDataDir, clock, derive, session, handlers, wait };
}
type Workstation = ReturnType<typeof workstation>;

async function credentialFor(ws: Workstation, secret = PIN): Promise<SecretHash> {
  return (await ws.handlers['auth:hash-secret']({ secret })).secret;
}
const signIn = (ws: Workstation, credential: SecretHash, secret: string, staffId = STAFF) => ws.handlers['auth:sign-in']({ staffId, role: 'admin', credential, secret });

describe('auth:hash-secret', () => {
  it.each([
    ['12345', 'too-short'],
    ['111111', 'too-simple'],
    ['123456', 'too-simple'],
    ['9'.repeat(129), 'too-long'],
  ])('refuses %s (%s) without hashing it', async (secret, problem) => {
    const ws = workstation();
    await expect(ws.handlers['auth:hash-secret']({ secret })).rejects.toMatchObject({ name: 'IpcError', code: 'auth-weak-secret', message: problem });
    expect(ws.derive).not.toHaveBeenCalled();
  });

  it('hashes with the cost it was given and a fresh salt', async () => {
    const ws = workstation();
    const a = await credentialFor(ws);
    const b = await credentialFor(ws);
    expect(a).toMatchObject({ kdf: 'scrypt', ...FAST_KDF });
    expect(a.salt).not.toBe(b.salt);
  });
});

describe('auth:sign-in', () => {
  it('the right PIN signs in; the session is what main checks', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    expect(await signIn(ws, credential, PIN)).toEqual({ ok: true, session: { staffId: STAFF, role: 'admin', signedInAt: T0.toISOString() } });
    expect(await ws.handlers['auth:session'](undefined)).toEqual({ session: { staffId: STAFF, role: 'admin', signedInAt: T0.toISOString(), locked: false }, everSignedIn: true });
    expect(ws.session.require('workspace.admin')).toEqual({ staffId: STAFF, role: 'admin' });
  });

  it('wrong PINs wait 0, 2, 4, 8, 16 s; inside the wait the PIN is not looked at nor counted; a restart keeps the wait', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    ws.derive.mockClear();

    const expected = [0, 2000, 4000, 8000, 16000];
    let lastFailureAt = ws.clock.now;
    for (const [i, waitMs] of expected.entries()) {
      expect(await signIn(ws, credential, WRONG)).toEqual({ ok: false, reason: 'wrong-secret', waitMs, failures: i + 1 });
      lastFailureAt = ws.clock.now;
      if (waitMs > 0) {
        // Even the right PIN is not checked while waiting, and waiting is not made longer.
        const runs = ws.derive.mock.calls.length;
        expect(await signIn(ws, credential, PIN)).toEqual({ ok: false, reason: 'wait', waitMs, failures: i + 1 });
        ws.wait(waitMs - 1);
        expect(await signIn(ws, credential, WRONG)).toEqual({ ok: false, reason: 'wait', waitMs: 1, failures: i + 1 });
        expect(ws.derive.mock.calls.length).toBe(runs);
        ws.wait(1);
      }
    }
    expect(ws.derive).toHaveBeenCalledTimes(5);
    expect(ws.session.current()).toBeNull();

    // The app closes and opens again right after the fifth wrong PIN: the wait and the count are still there.
    const restarted = workstation(ws.userDataDir);
    restarted.clock.now = lastFailureAt;
    expect(await signIn(restarted, credential, PIN)).toEqual({ ok: false, reason: 'wait', waitMs: 16000, failures: 5 });
    expect(restarted.derive).not.toHaveBeenCalled();
    restarted.wait(16000);
    expect(await signIn(restarted, credential, PIN)).toMatchObject({ ok: true });
    // Signing in starts the count again.
    expect(await signIn(restarted, credential, WRONG)).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 0, failures: 1 });
  });

  it('counts per person: one person’s wrong PINs do not make another wait', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    await signIn(ws, credential, WRONG);
    await signIn(ws, credential, WRONG);
    expect(await signIn(ws, credential, PIN)).toMatchObject({ reason: 'wait' });
    expect(await signIn(ws, credential, PIN, 'staff-0002')).toMatchObject({ ok: true, session: { staffId: 'staff-0002' } });
  });

  it('attempts sent at once are taken one at a time: the third finds the wait the second caused', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    ws.derive.mockClear();
    const results = await Promise.all([signIn(ws, credential, WRONG), signIn(ws, credential, WRONG), signIn(ws, credential, PIN)]);
    expect(results).toEqual([
      { ok: false, reason: 'wrong-secret', waitMs: 0, failures: 1 },
      { ok: false, reason: 'wrong-secret', waitMs: 2000, failures: 2 },
      { ok: false, reason: 'wait', waitMs: 2000, failures: 2 },
    ]);
    expect(ws.derive).toHaveBeenCalledTimes(2);
  });

  it('a damaged throttle file starts empty', async () => {
    const ws = workstation();
    writeFileSync(join(ws.userDataDir, 'sign-in-throttle.json'), '\u0000\u0000not json');
    const credential = await credentialFor(ws);
    expect(await signIn(ws, credential, WRONG)).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 0, failures: 1 });
    expect(JSON.parse(readFileSync(join(ws.userDataDir, 'sign-in-throttle.json'), 'utf8'))).toMatchObject({ version: 1, entries: [{ staffId: STAFF, failures: 1 }] });
  });

  it('a record with hostile scrypt parameters is a wrong PIN, counted, and scrypt never runs', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    ws.derive.mockClear();
    expect(await signIn(ws, { ...credential, N: 2 ** 30 }, PIN)).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 0, failures: 1 });
    expect(await signIn(ws, { ...credential, r: 1_000_000 }, PIN)).toEqual({ ok: false, reason: 'wrong-secret', waitMs: 2000, failures: 2 });
    expect(ws.derive).not.toHaveBeenCalled();
  });

  it('a Thai password signs in however its marks were typed (NFC)', async () => {
    const ws = workstation();
    // ไม้เอก typed before สระอุ, then the usual order; and the same text in NFD.
    const credential = await credentialFor(ws, 'ล\u0E48\u0E38มน้ำ ปี 69');
    expect(await signIn(ws, credential, 'ล\u0E38\u0E48มน้ำ ปี 69')).toMatchObject({ ok: true });
    expect(await signIn(ws, credential, 'ล\u0E38\u0E48มน้ำ ปี 69'.normalize('NFD'))).toMatchObject({ ok: true });
  });
});

describe('auth:lock, auth:sign-out and auth:session', () => {
  it('lock keeps who it is and refuses everything until the same person signs in again', async () => {
    const ws = workstation();
    const credential = await credentialFor(ws);
    await signIn(ws, credential, PIN);
    expect(await ws.handlers['auth:lock'](undefined)).toEqual({ locked: true });
    expect((await ws.handlers['auth:session'](undefined)).session).toMatchObject({ staffId: STAFF, locked: true });
    expect(() => ws.session.require('workspace.admin')).toThrow(expect.objectContaining({ code: 'not-allowed', message: 'workspace.admin:not-signed-in' }));
    // A wrong PIN at the lock screen does not unlock it.
    await signIn(ws, credential, WRONG);
    expect(ws.session.current()).toMatchObject({ locked: true });
    await signIn(ws, credential, PIN);
    expect(ws.session.require('workspace.admin')).toMatchObject({ staffId: STAFF });
  });

  it('sign-out clears the session; that someone signed in here is remembered across a restart', async () => {
    const ws = workstation();
    expect(await ws.handlers['auth:session'](undefined)).toEqual({ session: null, everSignedIn: false });
    const credential = await credentialFor(ws);
    await signIn(ws, credential, PIN);
    expect(await ws.handlers['auth:sign-out'](undefined)).toEqual({ signedOut: true });
    expect(await ws.handlers['auth:session'](undefined)).toEqual({ session: null, everSignedIn: true });
    expect(await workstation(ws.userDataDir).handlers['auth:session'](undefined)).toEqual({ session: null, everSignedIn: true });
  });
});

describe('through the handler table and the dispatcher', () => {
  const OURS = { url: 'app://prdesk/index.html#/', isMainFrame: true };
  function table(userDataDir: string) {
    const handlers = createHandlerTable(testMainDeps(userDataDir, { now: () => T0 }));
    return createDispatcher({ handlers, isTrustedSender: () => true });
  }

  it('one session per table: signing in through auth:sign-in is what the sync-admin handlers check; a new table keeps the wait', async () => {
    const dir = dataDir();
    const dispatch = table(dir);
    const hashed = await dispatch('auth:hash-secret', { secret: PIN }, OURS);
    expect(hashed).toMatchObject({ ok: true });
    const credential = (hashed as { value: { secret: SecretHash } }).value.secret;
    expect(await dispatch('auth:hash-secret', { secret: '123456' }, OURS)).toEqual({ ok: false, error: { code: 'auth-weak-secret', detail: 'too-simple' } });

    expect(await dispatch('sync:export-key-sheet', undefined, OURS)).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'workspace.admin:not-signed-in' } });
    const request = { staffId: STAFF, role: 'admin', credential, secret: PIN };
    expect(await dispatch('auth:sign-in', request, OURS)).toMatchObject({ ok: true, value: { ok: true } });
    // Past the permission check: this PC simply has no sync folder.
    expect(await dispatch('sync:export-key-sheet', undefined, OURS)).toMatchObject({ ok: false, error: { code: 'sync-folder-missing' } });
    expect(await dispatch('auth:lock', undefined, OURS)).toEqual({ ok: true, value: { locked: true } });
    expect(await dispatch('sync:export-key-sheet', undefined, OURS)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });

    // Two wrong PINs, then the app restarts (a new table on the same folder): still waiting, still locked out.
    await dispatch('auth:sign-in', { ...request, secret: WRONG }, OURS);
    await dispatch('auth:sign-in', { ...request, secret: WRONG }, OURS);
    const restarted = table(dir);
    expect(await restarted('auth:session', undefined, OURS)).toEqual({ ok: true, value: { session: null, everSignedIn: true } });
    expect(await restarted('auth:sign-in', request, OURS)).toEqual({ ok: true, value: { ok: false, reason: 'wait', waitMs: 2000, failures: 2 } });
    // The payload is bounded by the contract: extra keys and unknown roles never reach the handler.
    expect(await restarted('auth:sign-in', { ...request, role: 'root' }, OURS)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await restarted('auth:sign-in', { ...request, locked: false }, OURS)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
