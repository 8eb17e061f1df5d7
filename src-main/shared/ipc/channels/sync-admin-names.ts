/** Administering the sync workspace (issue 18): its devices, revocation, the passphrase, the key sheet. */
export const SYNC_ADMIN_CHANNELS = ['sync:list-devices', 'sync:revoke-device', 'sync:change-passphrase', 'sync:export-key-sheet'] as const;
