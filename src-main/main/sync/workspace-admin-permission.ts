import type { Actor } from '../../shared/auth/permissions';
import type { AuthSession } from '../auth/session';

/**
 * The one place where main decides whether this workstation's user may administer the sync
 * workspace (list its devices, revoke one, change the office passphrase, print a key sheet).
 *
 * Issue 19 (done): the signed-in, unlocked staff member must hold 'workspace.admin'
 * (shared/auth/permissions.ts: the administrator role). Every workspace-administration handler
 * calls this before it touches the share, so the renderer hiding a button is never the guard.
 * A refusal is IpcError 'not-allowed' with detail `workspace.admin:<reason>` (not-signed-in, role).
 */
export type WorkspaceAdminAction = 'list-devices' | 'revoke-device' | 'change-passphrase' | 'export-key-sheet';

/**
 * `action` names the handler asking; all four need the same right today, and the name keeps
 * each call site readable should one of them ever need another.
 */
export function requireWorkspaceAdmin(session: AuthSession, action: WorkspaceAdminAction): Actor {
  void action;
  return session.require('workspace.admin');
}
