import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretHash } from '../../shared/auth/credential';
import { createHandlerTable } from '../handlers';
import { testMainDeps } from '../handlers/testing/test-main-deps';
import { createDispatcher } from '../ipc/dispatch';
import { createKioskStore } from '../kiosk/kiosk-store';
import type { Updater, UpdaterEvent } from './update-controller';

const PIN = '482915';
const STAFF = 'staff-0001';
const SURVEY = '0190a000-0000-7000-8000-00000000a001';
const OURS = { url: 'app://prdesk/index.html', isMainFrame: true };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An updater that finds 0.2.0 at once and downloads it at once; records its calls. */
function instantUpdater() {
  const listeners: ((event: UpdaterEvent) => void)[] = [];
  const calls: string[] = [];
  const emit = (event: UpdaterEvent) => listeners.forEach((l) => l(event));
  const updater: Updater = {
    check: () => {
      calls.push('check');
      emit({ type: 'checking' });
      emit({ type: 'available', version: '0.2.0', releaseDate: null });
      return Promise.resolve();
    },
    download: () => {
      calls.push('download');
      emit({ type: 'progress', percent: 100 });
      emit({ type: 'downloaded', version: '0.2.0' });
      return Promise.resolve();
    },
    quitAndInstall: () => calls.push('quitAndInstall'),
    on: (listener) => {
      listeners.push(listener);
      return () => undefined;
    },
  };
  return { updater, calls };
}

async function appStart(updater?: Updater) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pr-desk-update-'));
  dirs.push(userDataDir);
  const kiosk = createKioskStore(userDataDir);
  await kiosk.load();
  const handlers = createHandlerTable(
    testMainDeps(userDataDir, { appInfo: { name: 'PR Desk', version: '0.1.0', platform: 'win32' }, kiosk, ...(updater ? { updater } : {}) }),
  );
  const dispatch = createDispatcher({ handlers, isTrustedSender: () => true });
  const call = (channel: string, payload?: unknown) => dispatch(channel, payload, OURS);
  const hashed = (await call('auth:hash-secret', { secret: PIN })) as { ok: true; value: { secret: SecretHash } };
  const signIn = () => call('auth:sign-in', { staffId: STAFF, role: 'officer', credential: hashed.value.secret, secret: PIN });
  return { call, signIn };
}

describe('update channels', () => {
  it("are 'off' without an updater (development, E2E): nothing to download or install", async () => {
    const app = await appStart();
    expect(await app.call('update:status')).toEqual({ ok: true, value: { status: { state: 'off' } } });
    expect(await app.call('update:check')).toEqual({ ok: true, value: { status: { state: 'off' } } });
    await app.signIn();
    expect(await app.call('update:download')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.download:off' } });
    expect(await app.call('update:install')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.install:off' } });
  });

  it('check every payload with the contract (all take none)', async () => {
    const { updater, calls } = instantUpdater();
    const app = await appStart(updater);
    for (const channel of ['update:status', 'update:check', 'update:download', 'update:install']) {
      expect(await app.call(channel, { force: true })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(await app.call(channel, 'x')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(calls).toEqual([]);
  });

  it('a check needs nobody signed in; downloading and installing need someone signed in and not locked', async () => {
    const { updater, calls } = instantUpdater();
    const app = await appStart(updater);
    expect(await app.call('update:check')).toEqual({ ok: true, value: { status: { state: 'available', version: '0.2.0', releaseDate: null } } });
    expect(await app.call('update:download')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.download:not-signed-in' } });
    await app.signIn();
    await app.call('auth:lock');
    expect(await app.call('update:download')).toMatchObject({ ok: false, error: { code: 'not-allowed', detail: 'update.download:not-signed-in' } });
    await app.signIn();
    expect(await app.call('update:install')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.install:not-ready' } });
    expect(await app.call('update:download')).toEqual({ ok: true, value: { status: { state: 'ready', version: '0.2.0' } } });
    await app.call('auth:sign-out');
    expect(await app.call('update:install')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.install:not-signed-in' } });
    await app.signIn();
    expect(await app.call('update:install')).toEqual({ ok: true, value: { status: { state: 'ready', version: '0.2.0' } } });
    expect(calls).toEqual(['check', 'download', 'quitAndInstall']);
  });

  it('installing is refused in kiosk mode', async () => {
    const { updater, calls } = instantUpdater();
    const app = await appStart(updater);
    await app.signIn();
    await app.call('update:check');
    await app.call('update:download');
    await app.call('kiosk:start', { surveyId: SURVEY });
    await app.signIn(); // a staff member typed their PIN at the kiosk, and has not left it yet
    expect(await app.call('update:install')).toEqual({ ok: false, error: { code: 'not-allowed', detail: 'update.install:kiosk' } });
    expect(calls).not.toContain('quitAndInstall');
  });
});
