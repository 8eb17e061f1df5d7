import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createSyncTargetStore } from '../handlers/sync-target-store';
import { createSecretStore, type Protector } from '../workspace/local-store';
import type { OfficeKey } from './backup-keyring';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The office keys this workstation holds (`<userData>/workspaces/<id>/office-key.bin`, as
 * sync/workspace-context.ts keeps them), the workspace it syncs with now first: the backup
 * key gets a wrap for that one, and a folder exported by any office PC opens with any of them.
 * A key that does not unprotect (another Windows user's) is skipped.
 */
export function officeKeysOf(userDataDir: string, protector: Protector): () => Promise<OfficeKey[]> {
  const targets = createSyncTargetStore(userDataDir);
  return async () => {
    let ids: string[];
    try {
      ids = (await readdir(join(userDataDir, 'workspaces'))).filter((name) => UUID.test(name));
    } catch {
      return [];
    }
    const current = (await targets.get())?.workspaceId;
    ids.sort((a, b) => (a === current ? -1 : b === current ? 1 : a.localeCompare(b)));
    const keys: OfficeKey[] = [];
    for (const workspaceId of ids) {
      const key = await createSecretStore(join(userDataDir, 'workspaces', workspaceId), protector)
        .load('office-key')
        .catch(() => null);
      if (key?.length === 32) keys.push({ workspaceId, key, ...(workspaceId === current ? { current: true } : {}) });
    }
    return keys;
  };
}
