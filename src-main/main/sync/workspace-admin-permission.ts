/**
 * The one place where main decides whether this workstation's user may administer the sync
 * workspace (list its devices, revoke one, change the office passphrase, print a key sheet).
 *
 * Staff sign-in and roles (issue 19) are not built yet, so nobody can be checked as an
 * administrator: today every user of a joined workstation may act, and README "Known limits"
 * says so. Issue 19 enforces its role check here; every workspace-administration handler
 * calls this before it touches the share, so the renderer hiding a button is never the guard.
 */
export type WorkspaceAdminAction = 'list-devices' | 'revoke-device' | 'change-passphrase' | 'export-key-sheet';

export function requireWorkspaceAdmin(action: WorkspaceAdminAction): void {
  // Issue 19: throw new IpcError({ code: 'not-allowed', detail: action }) unless the signed-in
  // staff member holds the administrator role.
  void action;
}
