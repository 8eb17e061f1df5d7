import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretHash } from '../../shared/auth/credential';
import { createHandlerTable } from '../handlers';
import { testMainDeps } from '../handlers/testing/test-main-deps';
import { createDispatcher } from '../ipc/dispatch';
import { isKioskOn, mayClose } from './kiosk-guard';
import { KIOSK_FILE, createKioskStore, type KioskStore } from './kiosk-store';

// The lowest accepted scrypt cost keeps each sign-in to milliseconds.
const PIN = '482915';
const WRONG = '000001';
const STAFF = 'staff-0001';
const SURVEY = '0190a000-0000-7000-8000-00000000a001';
const T0 = new Date('2026-03-02T02:00:00.000Z');
const OURS = { url: 'app://prdesk/index.html', isMainFrame: true };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-kiosk-'));
  dirs.push(dir);
  return dir;
}

/**
 * One start of the app: the real handler table behind the dispatcher (payloads checked by the
 * contract), with the kiosk store the window guards read and a recorder for the window.
 */
function appStart(userDataDir: string, clock = { now: T0 }) {
  const kiosk: KioskStore = createKioskStore(userDataDir);
  const window: boolean[] = [];
  const handlers = createHandlerTable(testMainDeps(userDataDir, { now: () => clock.now, kiosk, applyKioskToWindow: (on) => window.push(on) }));
  const dispatch = createDispatcher({ handlers, isTrustedSender: () => true });
  const call = (channel: string, payload?: unknown) => dispatch(channel, payload, OURS);
  return { kiosk, window, call, clock };
}
type AppStart = ReturnType<typeof appStart>;

async function credential(app: AppStart): Promise<SecretHash> {
  const hashed = await app.call('auth:hash-secret', { secret: PIN });
  return (hashed as { ok: true; value: { secret: SecretHash } }).value.secret;
}
const signIn = (app: AppStart, secret: SecretHash, pin: string) => app.call('auth:sign-in', { staffId: STAFF, role: 'officer', credential: secret, secret: pin });

describe('kiosk channels', () => {
  it('start needs someone signed in and not locked', async () => {
    const app = appStart(dataDir());
    expect(await app.call('kiosk:start', { surveyId: SURVEY })).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'kiosk.start:not-signed-in' } });
    const secret = await credential(app);
    await signIn(app, secret, PIN);
    await app.call('auth:lock');
    expect(await app.call('kiosk:start', { surveyId: SURVEY })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await app.call('kiosk:get-state')).toEqual({ ok: true, value: { kiosk: null } });
    expect(app.window).toEqual([]);
  });

  it('checks every payload with the contract', async () => {
    const app = appStart(dataDir());
    expect(await app.call('kiosk:start', {})).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await app.call('kiosk:start', { surveyId: '' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await app.call('kiosk:start', { surveyId: 'x'.repeat(65) })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await app.call('kiosk:start', { surveyId: SURVEY, startedBy: { staffId: 'someone-else', role: 'admin' } })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await app.call('kiosk:leave', { force: true })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await app.call('kiosk:get-state', { surveyId: SURVEY })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('starting keeps kiosk mode on disk, signs the staff member out and locks the window down', async () => {
    const app = appStart(dataDir());
    const secret = await credential(app);
    await signIn(app, secret, PIN);
    const started = await app.call('kiosk:start', { surveyId: SURVEY });
    const state = { surveyId: SURVEY, startedAt: T0.toISOString(), startedBy: { staffId: STAFF, role: 'officer' } };
    expect(started).toEqual({ ok: true, value: { kiosk: state } });
    expect(app.window).toEqual([true]);
    expect(await app.call('auth:session')).toMatchObject({ ok: true, value: { session: null } });
    expect(await app.call('kiosk:get-state')).toEqual({ ok: true, value: { kiosk: state } });
    // The window guards read the same store: closing is refused.
    expect(mayClose(app.kiosk.current(), 'person')).toBe(false);
  });

  it('leaving needs a PIN typed since kiosk mode started, through the throttled sign-in; a restart changes nothing', async () => {
    const dir = dataDir();
    const first = appStart(dir);
    const secret = await credential(first);
    await signIn(first, secret, PIN);
    await first.call('kiosk:start', { surveyId: SURVEY });
    expect(await first.call('kiosk:leave')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'kiosk.leave:not-signed-in' } });

    // The app restarts (a crash, the power): still kiosk, nobody signed in, the window locked down at once.
    const app = appStart(dir, first.clock);
    expect(await app.kiosk.load()).toMatchObject({ surveyId: SURVEY });
    expect(isKioskOn(app.kiosk.current())).toBe(true);
    expect(await app.call('kiosk:get-state')).toMatchObject({ ok: true, value: { kiosk: { surveyId: SURVEY } } });
    expect(await app.call('kiosk:leave')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });

    // Wrong PINs: the second and later wait 2, 4 … seconds; inside the wait even the right PIN is not looked at.
    expect(await signIn(app, secret, WRONG)).toMatchObject({ ok: true, value: { ok: false, reason: 'wrong-secret', waitMs: 0 } });
    expect(await signIn(app, secret, WRONG)).toMatchObject({ ok: true, value: { ok: false, reason: 'wrong-secret', waitMs: 2000 } });
    expect(await signIn(app, secret, PIN)).toMatchObject({ ok: true, value: { ok: false, reason: 'wait' } });
    expect(await app.call('kiosk:leave')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    app.clock.now = new Date(app.clock.now.getTime() + 2000);
    expect(await signIn(app, secret, PIN)).toMatchObject({ ok: true, value: { ok: true } });

    expect(await app.call('kiosk:leave')).toEqual({ ok: true, value: { left: true } });
    expect(app.window).toEqual([false]);
    expect(app.kiosk.current()).toBeNull();
    expect(mayClose(app.kiosk.current(), 'person')).toBe(true);
    // The one who left stays signed in: the staff app opens as them.
    expect(await app.call('auth:session')).toMatchObject({ ok: true, value: { session: { staffId: STAFF } } });
    expect(await appStart(dir).call('kiosk:get-state')).toEqual({ ok: true, value: { kiosk: null } });
  });

  it('a locked session does not leave', async () => {
    const app = appStart(dataDir());
    const secret = await credential(app);
    await signIn(app, secret, PIN);
    await app.call('kiosk:start', { surveyId: SURVEY });
    await signIn(app, secret, PIN);
    await app.call('auth:lock');
    expect(await app.call('kiosk:leave')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('a damaged kiosk file stays kiosk (no survey) until a staff member signs in', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, KIOSK_FILE), '{ damaged');
    const app = appStart(dir);
    expect(await app.call('kiosk:get-state')).toEqual({ ok: true, value: { kiosk: { surveyId: null, startedAt: null, startedBy: null } } });
    expect(await app.call('kiosk:leave')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const secret = await credential(app);
    await signIn(app, secret, PIN);
    expect(await app.call('kiosk:leave')).toEqual({ ok: true, value: { left: true } });
    expect(await app.call('kiosk:get-state')).toEqual({ ok: true, value: { kiosk: null } });
  });

  it('leaving when not in kiosk mode is nothing to do', async () => {
    const app = appStart(dataDir());
    expect(await app.call('kiosk:leave')).toEqual({ ok: true, value: { left: true } });
    expect(app.window).toEqual([]);
  });
});
