import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAMAGED_KIOSK, KIOSK_FILE, createKioskStore } from './kiosk-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-kiosk-'));
  dirs.push(dir);
  return dir;
}

const SURVEY = '0190a000-0000-7000-8000-00000000a001';
const ADMIN = { staffId: 'staff-0001', role: 'admin' as const };
const AT = new Date('2026-03-02T02:00:00.000Z');

describe('kiosk store', () => {
  it('is off on a workstation that never used kiosk mode', async () => {
    const store = createKioskStore(dataDir());
    expect(store.current()).toBeUndefined(); // not read yet: the guards treat it as on
    expect(await store.load()).toBeNull();
    expect(store.current()).toBeNull();
  });

  it('keeps kiosk mode across a restart (a new store on the same folder) until it is stopped', async () => {
    const dir = dataDir();
    const first = createKioskStore(dir);
    const started = await first.start({ surveyId: SURVEY, startedBy: ADMIN, at: AT });
    expect(started).toEqual({ surveyId: SURVEY, startedAt: AT.toISOString(), startedBy: ADMIN });
    expect(first.current()).toEqual(started);
    expect(JSON.parse(readFileSync(join(dir, KIOSK_FILE), 'utf8'))).toEqual({ version: 1, ...started });

    const afterRestart = createKioskStore(dir);
    expect(await afterRestart.load()).toEqual(started);

    await afterRestart.stop();
    expect(afterRestart.current()).toBeNull();
    expect(existsSync(join(dir, KIOSK_FILE))).toBe(false);
    expect(await createKioskStore(dir).load()).toBeNull();
    // No temp files left behind.
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version":1,"surveyId":'],
    ['empty', ''],
    ['a wrong version', JSON.stringify({ version: 2, surveyId: SURVEY, startedAt: AT.toISOString(), startedBy: ADMIN })],
    ['no survey', JSON.stringify({ version: 1, startedAt: AT.toISOString(), startedBy: ADMIN })],
    ['an unknown role', JSON.stringify({ version: 1, surveyId: SURVEY, startedAt: AT.toISOString(), startedBy: { staffId: 's', role: 'guest' } })],
    ['extra fields', JSON.stringify({ version: 1, surveyId: SURVEY, startedAt: AT.toISOString(), startedBy: ADMIN, off: true })],
    ['null', 'null'],
  ])('fails closed on a damaged file (%s): kiosk on, with no survey and no one to write as', async (_what, text) => {
    const dir = dataDir();
    writeFileSync(join(dir, KIOSK_FILE), text);
    expect(await createKioskStore(dir).load()).toEqual(DAMAGED_KIOSK);
  });

  it('fails closed on a kiosk file it cannot read (a folder in its place)', async () => {
    const dir = dataDir();
    // EISDIR on read: present, unreadable.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, KIOSK_FILE));
    expect(await createKioskStore(dir).load()).toEqual(DAMAGED_KIOSK);
  });

  it('a damaged kiosk is left like any other: stopping removes the file', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, KIOSK_FILE), 'garbage');
    const store = createKioskStore(dir);
    await store.stop();
    expect(store.current()).toBeNull();
    expect(await createKioskStore(dir).load()).toBeNull();
  });

  it('does not start when the state cannot be kept on disk (a restart would leave kiosk mode)', async () => {
    const dir = dataDir();
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const store = createKioskStore(dir, { open: () => Promise.reject(full), rename: () => Promise.reject(full), unlink: () => Promise.resolve() });
    await expect(store.start({ surveyId: SURVEY, startedBy: ADMIN, at: AT })).rejects.toThrow('ENOSPC');
    expect(store.current()).toBeNull();
    expect(await createKioskStore(dir).load()).toBeNull();
  });

  it('does not stop when the file cannot be removed: kiosk stays on', async () => {
    const dir = dataDir();
    // A non-empty folder named kiosk.json: read fails (on, damaged) and unlink fails (EISDIR/EPERM).
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, KIOSK_FILE));
    writeFileSync(join(dir, KIOSK_FILE, 'x'), 'x');
    const store = createKioskStore(dir);
    await expect(store.stop()).rejects.toThrow();
    expect(store.current()).toEqual(DAMAGED_KIOSK);
  });

  it('runs a start and a stop one after the other, in the order asked', async () => {
    const dir = dataDir();
    const store = createKioskStore(dir);
    const started = store.start({ surveyId: SURVEY, startedBy: ADMIN, at: AT });
    const stopped = store.stop();
    await Promise.all([started, stopped]);
    expect(store.current()).toBeNull();
    expect(await createKioskStore(dir).load()).toBeNull();
  });
});
