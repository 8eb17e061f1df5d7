import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthSession } from '../auth/session';
import { RESTORE_RESUME_MS, createRestoreGate } from './restore-gate';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-restore-gate-'));
  dirs.push(dir);
  return dir;
}

const BACKUP = '000012-manual';

describe('who may start a restore (issue 19)', () => {
  it('a fresh PC restores before anyone has signed in (its first run)', async () => {
    const userDataDir = dataDir();
    await expect(createRestoreGate({ userDataDir, session: createAuthSession({ userDataDir }) }).check(BACKUP)).resolves.toBeUndefined();
  });

  it('on a PC in use: only an administrator signed in, and unlocked', async () => {
    const userDataDir = dataDir();
    const session = createAuthSession({ userDataDir });
    const gate = createRestoreGate({ userDataDir, session });
    await session.signIn({ staffId: 'staff-officer', role: 'officer' });
    await expect(gate.check(BACKUP)).rejects.toMatchObject({ code: 'not-allowed', message: 'backup.restore:role' });
    session.signOut();
    await expect(gate.check(BACKUP)).rejects.toMatchObject({ code: 'not-allowed', message: 'backup.restore:not-signed-in' });
    await session.signIn({ staffId: 'staff-admin', role: 'admin' });
    session.lock();
    await expect(gate.check(BACKUP)).rejects.toMatchObject({ code: 'not-allowed' });
    await session.signIn({ staffId: 'staff-admin', role: 'admin' });
    await expect(gate.check(BACKUP)).resolves.toBeUndefined();
  });

  it('a restore the administrator started and that was cut off is re-run at the next start, that backup only, for a day', async () => {
    const userDataDir = dataDir();
    let now = new Date('2026-12-06T03:00:00Z');
    const first = createAuthSession({ userDataDir });
    await first.signIn({ staffId: 'staff-admin', role: 'admin' });
    await createRestoreGate({ userDataDir, session: first, now: () => now }).check(BACKUP);
    // The app restarts: nobody is signed in.
    const gate = createRestoreGate({ userDataDir, session: createAuthSession({ userDataDir }), now: () => now });
    await expect(gate.check(BACKUP)).resolves.toBeUndefined();
    await expect(gate.check('000013-daily')).rejects.toMatchObject({ code: 'not-allowed' });
    now = new Date(now.getTime() + RESTORE_RESUME_MS);
    await expect(gate.check(BACKUP)).rejects.toMatchObject({ code: 'not-allowed' });
  });
});
