import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeReadFile, shareRelativeParts } from './safe-read';

let base: string;
let share: string;
const posix = process.platform !== 'win32';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'share-'));
  share = join(base, 'share');
  await mkdir(join(share, 'devices', 'dev-a', 'log'), { recursive: true });
  await writeFile(join(share, 'devices', 'dev-a', 'log', 'ok.bin'), 'hello');
  await writeFile(join(base, 'secret.txt'), 'outside');
  await mkdir(join(base, 'elsewhere'));
  await writeFile(join(base, 'elsewhere', 'x.bin'), 'outside');
  if (posix) {
    await symlink(join(base, 'secret.txt'), join(share, 'devices', 'dev-a', 'log', 'link.bin'));
    await symlink(join(base, 'elsewhere'), join(share, 'devices', 'dev-b'));
    execFileSync('mkfifo', [join(share, 'devices', 'dev-a', 'log', 'fifo.bin')]);
  }
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('safe reads from the share', () => {
  it('reads a regular file inside the share', async () => {
    const result = await safeReadFile(share, 'devices/dev-a/log/ok.bin', 100);
    expect(result.ok && result.bytes.toString()).toBe('hello');
  });

  it('refuses paths that step outside', async () => {
    for (const path of ['../secret.txt', 'devices/../../secret.txt', '/etc/passwd', 'C:\\x', '', 'a//b', './x', 'a\0b']) {
      expect(shareRelativeParts(path)).toBeNull();
      expect(await safeReadFile(share, path, 100)).toEqual({ ok: false, reason: 'bad-path' });
    }
  });

  it('refuses oversized files, directories and missing files', async () => {
    expect(await safeReadFile(share, 'devices/dev-a/log/ok.bin', 4)).toEqual({ ok: false, reason: 'too-large' });
    expect(await safeReadFile(share, 'devices/dev-a/log', 100)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(await safeReadFile(share, 'devices/dev-a/log/none.bin', 100)).toEqual({ ok: false, reason: 'missing' });
  });

  it.runIf(posix)('refuses a symlinked file and a symlinked directory', async () => {
    expect(await safeReadFile(share, 'devices/dev-a/log/link.bin', 100)).toEqual({ ok: false, reason: 'symlink' });
    expect(await safeReadFile(share, 'devices/dev-b/x.bin', 100)).toEqual({ ok: false, reason: 'symlink' });
  });

  it.runIf(posix)('refuses a FIFO at once, never blocking on it', async () => {
    const started = performance.now();
    expect(await safeReadFile(share, 'devices/dev-a/log/fifo.bin', 100)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.runIf(posix)('refuses a device', async () => {
    expect(await safeReadFile('/dev', 'zero', 100)).toEqual({ ok: false, reason: 'not-a-file' });
  });
});
