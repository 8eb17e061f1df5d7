import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { can, canSeeComplainant, type Action } from '../../shared/auth/permissions';
import { REGISTER_ROW } from '../../shared/domain/complaint-register.sample';
import { STAFF_ROLES, WORK_GROUPS, type StaffRole, type WorkGroup } from '../../shared/domain/staff';
import { IpcError } from '../../shared/ipc/errors';
import { createAuthSession } from '../auth/session';
import { createExportHandlers } from '../exports/handlers';
import { identityProtector } from '../workspace/local-store';
import { createBackupHandlers } from './backup-handlers';
import { createSyncAdminHandlers } from './sync-admin-handlers';

/**
 * Issue 19: what main does itself is checked by main, whatever the renderer sends. Every role,
 * every work group, through the real handlers: allowed exactly when the permission table says so,
 * refused otherwise with `not-allowed` and nothing written.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-desk-main-checks-'));
  dirs.push(dir);
  return dir;
}

async function signedIn(role: StaffRole, workGroup: WorkGroup = 'public-relations') {
  const userDataDir = dataDir();
  const session = createAuthSession({ userDataDir });
  await session.signIn({ staffId: `staff-${role}`, role, workGroup });
  return { userDataDir, session };
}

/** 'allowed' when the call got past the check (it may then fail for its own reasons). */
async function outcome(call: () => unknown): Promise<'allowed' | 'refused'> {
  try {
    await call();
    return 'allowed';
  } catch (error) {
    return error instanceof IpcError && error.code === 'not-allowed' ? 'refused' : 'allowed';
  }
}

const expected = (role: StaffRole, action: Action) => (can({ staffId: 'x', role }, action).allowed ? 'allowed' : 'refused');

describe("main's own checks, role by role", () => {
  it.each(STAFF_ROLES)('workspace administration (sync:list-devices) as %s', async (role) => {
    const { session } = await signedIn(role);
    const handlers = createSyncAdminHandlers({
      session,
      now: () => new Date(),
      target: () => Promise.reject(new IpcError({ code: 'sync-folder-missing' })),
      context: () => Promise.reject(new IpcError({ code: 'sync-folder-missing' })),
    });
    expect(await outcome(() => handlers['sync:list-devices']({ seen: {} }))).toBe(expected(role, 'workspace.admin'));
  });

  it.each(STAFF_ROLES)('starting a restore (backup:restore-blobs) as %s', async (role) => {
    const { userDataDir, session } = await signedIn(role);
    const handlers = createBackupHandlers({ userDataDir, session, protector: identityProtector, chooseFolder: () => Promise.resolve(null), chooseOpenFile: () => Promise.resolve(null) });
    expect(await outcome(() => handlers['backup:restore-blobs']({ name: '000001-manual', maxFiles: 10 }))).toBe(expected(role, 'backup.restore'));
  });

  it.each(STAFF_ROLES)('the PDPA export (export:json-file) as %s: nothing written unless allowed', async (role) => {
    const { session } = await signedIn(role);
    const written: string[] = [];
    const handlers = createExportHandlers({
      session,
      chooseExportPath: (name) => Promise.resolve(`/docs/${name}`),
      writeFile: (path) => (written.push(path), Promise.resolve()),
      readBlob: () => Promise.resolve(null),
    });
    const result = await outcome(() => handlers['export:json-file']({ json: '{"ชื่อ":"กนกวรรณ"}', suggestedFileName: 'ข้อมูลส่วนบุคคล' }));
    expect(result).toBe(expected(role, 'pdpa.export'));
    expect(written).toHaveLength(result === 'allowed' ? 1 : 0);
  });

  const combos = STAFF_ROLES.flatMap((role) => WORK_GROUPS.map((group) => [role, group] as const));
  it.each(combos)('complainants in the register export as %s of %s', async (role, workGroup) => {
    const { session } = await signedIn(role, workGroup);
    const written: Uint8Array[] = [];
    const handlers = createExportHandlers({
      session,
      chooseExportPath: (name) => Promise.resolve(`/docs/${name}`),
      writeFile: (_path, bytes) => (written.push(bytes), Promise.resolve()),
      readBlob: () => Promise.resolve(null),
    });
    await handlers['export:complaint-register']({ rows: [REGISTER_ROW], format: 'csv', suggestedFileName: 'ทะเบียน' });
    const named = new TextDecoder().decode(written[0]).includes(REGISTER_ROW.complainantName);
    expect(named).toBe(canSeeComplainant({ staffId: 'x', role, workGroup }));
  });

  it('a locked session is refused everything, and nobody signed in is refused too', async () => {
    const { userDataDir, session } = await signedIn('admin');
    session.lock();
    const backup = createBackupHandlers({ userDataDir, session, protector: identityProtector, chooseFolder: () => Promise.resolve(null), chooseOpenFile: () => Promise.resolve(null) });
    expect(await outcome(() => backup['backup:restore-blobs']({ name: '000001-manual', maxFiles: 10 }))).toBe('refused');
    expect(readdirSync(userDataDir)).not.toContain('restore-authorised.json');
    session.signOut();
    expect(session.maySeeComplainant()).toBe(false);
  });
});
