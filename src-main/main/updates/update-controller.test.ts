import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { adaptElectronUpdater, type AutoUpdaterLike } from './electron-updater-adapter';
import { UpdateRefusedError, createUpdateController, type Updater, type UpdaterEvent } from './update-controller';

/** A fake updater: each call is recorded and waits until the test settles it. */
function fakeUpdater() {
  const listeners: ((event: UpdaterEvent) => void)[] = [];
  const calls: string[] = [];
  let settleCheck: { resolve: () => void; reject: (e: Error) => void } | null = null;
  let settleDownload: { resolve: () => void; reject: (e: Error) => void } | null = null;
  let installThrows: Error | null = null;
  const updater: Updater = {
    check: () => {
      calls.push('check');
      return new Promise((resolve, reject) => (settleCheck = { resolve, reject }));
    },
    download: () => {
      calls.push('download');
      return new Promise((resolve, reject) => (settleDownload = { resolve, reject }));
    },
    quitAndInstall: () => {
      calls.push('quitAndInstall');
      if (installThrows) throw installThrows;
    },
    on: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const emit = (event: UpdaterEvent) => listeners.forEach((l) => l(event));
  return {
    updater,
    calls,
    emit,
    finishCheck: () => settleCheck?.resolve(),
    failCheck: (message: string) => settleCheck?.reject(new Error(message)),
    finishDownload: () => settleDownload?.resolve(),
    failDownload: (message: string) => settleDownload?.reject(new Error(message)),
    failInstall: (message: string) => (installThrows = new Error(message)),
  };
}

/** A check that finds version `version` (as electron-updater does: events, then the promise). */
async function checkFinding(fake: ReturnType<typeof fakeUpdater>, controller: ReturnType<typeof createUpdateController>, version = '0.2.0') {
  const done = controller.check();
  fake.emit({ type: 'checking' });
  fake.emit({ type: 'available', version, releaseDate: '2026-12-01T00:00:00.000Z' });
  fake.finishCheck();
  return done;
}

function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof UpdateRefusedError ? error.reason : `other: ${String(error)}`;
  }
}

describe('update controller', () => {
  it('is off without an updater: nothing to check, download or install', async () => {
    const controller = createUpdateController(null);
    expect(controller.status()).toEqual({ state: 'off' });
    expect(await controller.check()).toEqual({ state: 'off' });
    expect(refusal(() => controller.download())).toBe('off');
    expect(refusal(() => controller.install())).toBe('off');
  });

  it('starts idle and does nothing until asked', () => {
    const fake = fakeUpdater();
    expect(createUpdateController(fake.updater).status()).toEqual({ state: 'idle' });
    expect(fake.calls).toEqual([]);
  });

  it('idle → checking → up-to-date', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    const done = controller.check();
    expect(controller.status()).toEqual({ state: 'checking' });
    fake.emit({ type: 'checking' });
    fake.emit({ type: 'not-available' });
    fake.finishCheck();
    expect(await done).toEqual({ state: 'up-to-date' });
    expect(fake.calls).toEqual(['check']);
  });

  it('checking → available, with the version and its date; nothing is downloaded by itself', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    expect(await checkFinding(fake, controller)).toEqual({ state: 'available', version: '0.2.0', releaseDate: '2026-12-01T00:00:00.000Z' });
    expect(fake.calls).toEqual(['check']);
  });

  it('a check that fails (offline) is an error with the message, and can be tried again', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    const done = controller.check();
    fake.emit({ type: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' });
    fake.failCheck('net::ERR_INTERNET_DISCONNECTED');
    expect(await done).toEqual({ state: 'error', during: 'check', message: 'net::ERR_INTERNET_DISCONNECTED' });
    const again = controller.check();
    expect(controller.status()).toEqual({ state: 'checking' });
    fake.emit({ type: 'not-available' });
    fake.finishCheck();
    expect(await again).toEqual({ state: 'up-to-date' });
  });

  it('a rejected check without an error event is an error too; one that answers nothing is not "up to date"', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    const failed = controller.check();
    fake.failCheck('ENOENT app-update.yml');
    expect(await failed).toMatchObject({ state: 'error', during: 'check', message: 'ENOENT app-update.yml' });
    const silent = controller.check();
    fake.finishCheck();
    expect(await silent).toMatchObject({ state: 'error', during: 'check' });
  });

  it('a long error message is cut to one short line', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    const done = controller.check();
    fake.failCheck(`line one\n${'x'.repeat(1000)}`);
    const status = await done;
    expect(status.state === 'error' && status.message.length).toBe(300);
    expect(status.state === 'error' && status.message.includes('\n')).toBe(false);
  });

  it('a second check while checking is ignored (one request to the feed)', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    const first = controller.check();
    const second = controller.check();
    fake.emit({ type: 'not-available' });
    fake.finishCheck();
    expect(await first).toEqual({ state: 'up-to-date' });
    expect(await second).toEqual({ state: 'up-to-date' });
    expect(fake.calls).toEqual(['check']);
  });

  it('refuses to download when nothing is available', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    expect(refusal(() => controller.download())).toBe('nothing-to-download');
    const done = controller.check();
    expect(refusal(() => controller.download())).toBe('nothing-to-download');
    fake.emit({ type: 'not-available' });
    fake.finishCheck();
    await done;
    expect(refusal(() => controller.download())).toBe('nothing-to-download');
    expect(fake.calls).toEqual(['check']);
  });

  it('available → downloading(percent) → ready', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    expect(controller.download()).toEqual({ state: 'downloading', version: '0.2.0', percent: 0 });
    fake.emit({ type: 'progress', percent: 41.6 });
    expect(controller.status()).toEqual({ state: 'downloading', version: '0.2.0', percent: 42 });
    fake.emit({ type: 'progress', percent: 180 });
    expect(controller.status()).toMatchObject({ percent: 100 });
    fake.emit({ type: 'progress', percent: Number.NaN });
    expect(controller.status()).toMatchObject({ percent: 0 });
    fake.emit({ type: 'downloaded', version: '0.2.0' });
    fake.finishDownload();
    expect(controller.status()).toEqual({ state: 'ready', version: '0.2.0' });
    expect(fake.calls).toEqual(['check', 'download']);
  });

  it('a second download, or a check, while downloading is refused or ignored', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    controller.download();
    expect(refusal(() => controller.download())).toBe('nothing-to-download');
    expect(await controller.check()).toMatchObject({ state: 'downloading' });
    expect(fake.calls).toEqual(['check', 'download']);
  });

  it('a failed download (bad signature, checksum, network) is an error; a new check starts again', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    controller.download();
    fake.emit({ type: 'error', message: 'New version 0.2.0 is not signed by the application owner' });
    fake.failDownload('New version 0.2.0 is not signed by the application owner');
    await Promise.resolve();
    expect(controller.status()).toEqual({ state: 'error', during: 'download', message: 'New version 0.2.0 is not signed by the application owner' });
    expect(refusal(() => controller.install())).toBe('not-ready');
    expect(refusal(() => controller.download())).toBe('nothing-to-download');
    await checkFinding(fake, controller);
    expect(controller.status()).toMatchObject({ state: 'available' });
  });

  it('a rejected download without an error event is an error too', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    controller.download();
    fake.failDownload('sha512 checksum mismatch');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.status()).toEqual({ state: 'error', during: 'download', message: 'sha512 checksum mismatch' });
  });

  it('refuses to install unless ready', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    expect(refusal(() => controller.install())).toBe('not-ready');
    await checkFinding(fake, controller);
    expect(refusal(() => controller.install())).toBe('not-ready');
    controller.download();
    fake.emit({ type: 'progress', percent: 99 });
    expect(refusal(() => controller.install())).toBe('not-ready');
    expect(fake.calls).not.toContain('quitAndInstall');
  });

  it('ready → install calls quitAndInstall once; a check once ready is ignored', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    controller.download();
    fake.emit({ type: 'downloaded', version: '0.2.0' });
    expect(await controller.check()).toEqual({ state: 'ready', version: '0.2.0' });
    expect(controller.install()).toEqual({ state: 'ready', version: '0.2.0' });
    expect(fake.calls).toEqual(['check', 'download', 'quitAndInstall']);
  });

  it('an install that fails is an error, during install', async () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    await checkFinding(fake, controller);
    controller.download();
    fake.emit({ type: 'downloaded', version: '0.2.0' });
    fake.failInstall('spawn EACCES');
    expect(controller.install()).toEqual({ state: 'error', during: 'install', message: 'spawn EACCES' });
  });

  it('events out of turn change nothing', () => {
    const fake = fakeUpdater();
    const controller = createUpdateController(fake.updater);
    for (const event of [
      { type: 'checking' },
      { type: 'available', version: '9.9.9', releaseDate: null },
      { type: 'not-available' },
      { type: 'progress', percent: 50 },
      { type: 'downloaded', version: '9.9.9' },
      { type: 'error', message: 'stray' },
    ] satisfies UpdaterEvent[]) {
      fake.emit(event);
      expect(controller.status()).toEqual({ state: 'idle' });
    }
    expect(fake.calls).toEqual([]);
  });
});

describe('electron-updater adapter', () => {
  function fakeAutoUpdater() {
    const emitter = new EventEmitter();
    const calls: unknown[][] = [];
    const auto = {
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowDowngrade: true,
      checkForUpdates: () => {
        calls.push(['checkForUpdates']);
        return Promise.resolve(null);
      },
      downloadUpdate: () => {
        calls.push(['downloadUpdate']);
        return Promise.resolve([]);
      },
      quitAndInstall: (...args: unknown[]) => calls.push(['quitAndInstall', ...args]),
      on: (name: string, fn: (...args: unknown[]) => void) => emitter.on(name, fn),
      off: (name: string, fn: (...args: unknown[]) => void) => emitter.off(name, fn),
    };
    return { auto: auto as unknown as AutoUpdaterLike, emitter, calls };
  }

  it('switches automatic download, install-on-quit and downgrades off', () => {
    const { auto } = fakeAutoUpdater();
    adaptElectronUpdater(auto);
    expect(auto.autoDownload).toBe(false);
    expect(auto.autoInstallOnAppQuit).toBe(false);
    expect(auto.allowDowngrade).toBe(false);
  });

  it("maps electron-updater's events and calls", async () => {
    const { auto, emitter, calls } = fakeAutoUpdater();
    const updater = adaptElectronUpdater(auto);
    const seen: UpdaterEvent[] = [];
    const off = updater.on((event) => seen.push(event));
    emitter.emit('checking-for-update');
    emitter.emit('update-available', { version: '0.2.0', releaseDate: '2026-12-01' });
    emitter.emit('update-not-available', { version: '0.1.0' });
    emitter.emit('download-progress', { percent: 12.5 });
    emitter.emit('update-downloaded', { version: '0.2.0' });
    emitter.emit('error', new Error('offline'));
    off();
    emitter.emit('checking-for-update');
    expect(seen).toEqual([
      { type: 'checking' },
      { type: 'available', version: '0.2.0', releaseDate: '2026-12-01' },
      { type: 'not-available' },
      { type: 'progress', percent: 12.5 },
      { type: 'downloaded', version: '0.2.0' },
      { type: 'error', message: 'offline' },
    ]);
    await updater.check();
    await updater.download();
    updater.quitAndInstall();
    expect(calls).toEqual([['checkForUpdates'], ['downloadUpdate'], ['quitAndInstall', false, true]]);
  });
});
