import type { SyncTarget } from '../../shared/sync/transport';
import type { AuthSession } from '../auth/session';
import type { HandlerTable } from '../ipc/dispatch';
import type { ScryptParams } from '../workspace/keys';
import { changeOfficePassphrase, keySheetOf, listWorkspaceDevices, revokeDevice } from '../sync/workspace-admin';
import { requireWorkspaceAdmin } from '../sync/workspace-admin-permission';
import type { WorkspaceContext } from '../sync/workspace-context';

type SyncAdminChannels = 'sync:list-devices' | 'sync:revoke-device' | 'sync:change-passphrase' | 'sync:export-key-sheet';

export interface SyncAdminDeps {
  /** This workstation's sync folder; 'sync-folder-missing' when none is set up. */
  target: () => Promise<SyncTarget>;
  /** Its keys for that folder; 'sync-folder-missing' when it never joined. */
  context: (target: SyncTarget) => Promise<WorkspaceContext>;
  now: () => Date;
  /** scrypt cost of the re-wrapped passphrase (tests lower it). */
  kdf?: ScryptParams | undefined;
  /** Who is signed in (issue 19): only an administrator may act, checked before the share is touched. */
  session: AuthSession;
}

/** จัดการพื้นที่ซิงค์ (issue 18): payloads are parsed by the contract (channels/sync-admin.ts) before these run. */
export function createSyncAdminHandlers(deps: SyncAdminDeps): Pick<HandlerTable, SyncAdminChannels> {
  const joined = async () => {
    const target = await deps.target();
    return { target, ctx: await deps.context(target) };
  };
  return {
    'sync:list-devices': async ({ seen }) => {
      requireWorkspaceAdmin(deps.session, 'list-devices');
      const { target, ctx } = await joined();
      return { workspaceId: target.workspaceId, folder: target.folder, devices: await listWorkspaceDevices(target, ctx, seen) };
    },
    'sync:revoke-device': async (request) => {
      requireWorkspaceAdmin(deps.session, 'revoke-device');
      const { target, ctx } = await joined();
      return revokeDevice(target, ctx, request, deps.now());
    },
    'sync:change-passphrase': async (change) => {
      requireWorkspaceAdmin(deps.session, 'change-passphrase');
      const { target, ctx } = await joined();
      await changeOfficePassphrase(target, ctx, change, deps.kdf);
      return { changed: true as const };
    },
    'sync:export-key-sheet': async () => {
      requireWorkspaceAdmin(deps.session, 'export-key-sheet');
      const { target, ctx } = await joined();
      return keySheetOf(target, ctx);
    },
  };
}
