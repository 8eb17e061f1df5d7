import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { chosenPathTokenSchema } from '../../shared/ipc/chosen-path-token';
import { CHOSEN_PATH_TTL_MS, createChosenPaths, type ChosenPathPurpose } from './chosen-paths';

const SHARE = join(tmpdir(), 'สำนักงาน', 'prdesk-sync');
const OTHER = join(tmpdir(), 'usb', 'prdesk-sync');
const notChosen = (detail: string) => ({ name: 'IpcError', code: 'path-not-chosen', message: detail });

/** A store on a clock the test moves. */
function store(start = 5_000) {
  const clock = { now: start };
  return { clock, paths: createChosenPaths({ now: () => clock.now }) };
}

describe('paths chosen in a dialog of main, behind one-time tokens', () => {
  it('issues unguessable tokens of the shared format, a different one each time', () => {
    const { paths } = store();
    const tokens = Array.from({ length: 200 }, () => paths.issue('sync-folder', SHARE));
    for (const token of tokens) expect(chosenPathTokenSchema.safeParse(token).success).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('answers the path behind the token to the action, and the token is used up once it succeeds', async () => {
    const { paths } = store();
    const token = paths.issue('sync-folder', SHARE);
    await expect(paths.use('sync-folder', token, (path) => Promise.resolve(`ทำที่ ${path}`))).resolves.toBe(`ทำที่ ${SHARE}`);
    let ran = false;
    await expect(
      paths.use('sync-folder', token, () => {
        ran = true;
        return Promise.resolve();
      }),
    ).rejects.toMatchObject(notChosen('unknown or used token'));
    expect(ran).toBe(false);
    expect(paths.size()).toBe(0);
  });

  it('keeps the token when the action fails (a mistyped passphrase), for the same path', async () => {
    const { paths } = store();
    const token = paths.issue('sync-folder', SHARE);
    await expect(paths.use('sync-folder', token, () => Promise.reject(new Error('wrong passphrase')))).rejects.toThrow('wrong passphrase');
    await expect(paths.use('sync-folder', token, (path) => Promise.resolve(path))).resolves.toBe(SHARE);
  });

  it('refuses a token it never issued, without running the action', async () => {
    const { paths } = store();
    paths.issue('sync-folder', SHARE);
    let ran = false;
    const action = () => {
      ran = true;
      return Promise.resolve();
    };
    await expect(paths.use('sync-folder', 'A'.repeat(43), action)).rejects.toMatchObject(notChosen('unknown or used token'));
    await expect(paths.use('sync-folder', '', action)).rejects.toMatchObject(notChosen('unknown or used token'));
    expect(ran).toBe(false);
  });

  it('expires after 15 minutes, and when the clock runs backwards', async () => {
    const { clock, paths } = store();
    const token = paths.issue('sync-folder', SHARE);
    clock.now += CHOSEN_PATH_TTL_MS;
    await expect(paths.use('sync-folder', token, () => Promise.reject(new Error('still good at the limit')))).rejects.toThrow('still good at the limit');
    clock.now += 1;
    await expect(paths.use('sync-folder', token, () => Promise.resolve())).rejects.toMatchObject(notChosen('token expired'));
    expect(paths.size()).toBe(0);

    const back = paths.issue('sync-folder', SHARE);
    clock.now -= 1;
    await expect(paths.use('sync-folder', back, () => Promise.resolve())).rejects.toMatchObject(notChosen('token expired'));
  });

  it('a token opens only its own purpose', async () => {
    const { paths } = store();
    const token = paths.issue('sync-folder', SHARE);
    await expect(paths.use('backup-folder' as ChosenPathPurpose, token, () => Promise.resolve())).rejects.toMatchObject(notChosen('token of another purpose'));
    await expect(paths.use('sync-folder', token, (path) => Promise.resolve(path))).resolves.toBe(SHARE);
  });

  it('picking again drops the earlier choice of that purpose: only the folder on screen can be used', async () => {
    const { paths } = store();
    const first = paths.issue('sync-folder', SHARE);
    const second = paths.issue('sync-folder', OTHER);
    await expect(paths.use('sync-folder', first, () => Promise.resolve())).rejects.toMatchObject(notChosen('unknown or used token'));
    await expect(paths.use('sync-folder', second, (path) => Promise.resolve(path))).resolves.toBe(OTHER);
  });

  it('refuses a second use while the first still runs; a choice replaced meanwhile is dropped when it ends', async () => {
    const { paths } = store();
    const token = paths.issue('sync-folder', SHARE);
    let finish: (ok: boolean) => void = () => undefined;
    const running = paths.use('sync-folder', token, () => new Promise<string>((resolve, reject) => (finish = (ok) => (ok ? resolve('done') : reject(new Error('failed'))))));
    await expect(paths.use('sync-folder', token, () => Promise.resolve('twice'))).rejects.toMatchObject(notChosen('token in use'));
    const replacement = paths.issue('sync-folder', OTHER);
    finish(false);
    await expect(running).rejects.toThrow('failed');
    // It failed, so it would have been kept, but the person picked another folder meanwhile.
    await expect(paths.use('sync-folder', token, () => Promise.resolve())).rejects.toMatchObject(notChosen('unknown or used token'));
    await expect(paths.use('sync-folder', replacement, (path) => Promise.resolve(path))).resolves.toBe(OTHER);
  });

  it('never issues a token for a relative path', () => {
    const { paths } = store();
    expect(() => paths.issue('sync-folder', 'prdesk-sync')).toThrow('absolute');
    expect(() => paths.issue('sync-folder', '../../etc')).toThrow('absolute');
    expect(paths.size()).toBe(0);
  });

  it('never hands out a token still held (drawn again on a collision)', async () => {
    const draws = ['x'.repeat(43), 'x'.repeat(43), 'y'.repeat(43)];
    const paths = createChosenPaths({ randomToken: () => draws.shift() ?? 'z'.repeat(43) });
    const held = paths.issue('sync-folder', SHARE);
    let finish: () => void = () => undefined;
    const running = paths.use('sync-folder', held, () => new Promise<void>((resolve) => (finish = resolve)));
    // `held` is busy, so picking again keeps it until its action ends: the same draw is refused.
    expect(paths.issue('sync-folder', OTHER)).toBe('y'.repeat(43));
    finish();
    await running;
  });
});
