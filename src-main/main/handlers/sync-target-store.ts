import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncTargetSchema, type SyncTarget } from '../../shared/sync/transport';

/** Which sync folder this workstation uses; remembered per workstation, never synced. */
export function createSyncTargetStore(userDataDir: string) {
  const file = join(userDataDir, 'sync-target.json');
  return {
    async get(): Promise<SyncTarget | null> {
      try {
        const parsed = syncTargetSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async set(target: SyncTarget): Promise<void> {
      await mkdir(userDataDir, { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify(target, null, 2), 'utf8');
      await rename(`${file}.tmp`, file);
    },
    async clear(): Promise<void> {
      await rm(file, { force: true });
    },
  };
}
