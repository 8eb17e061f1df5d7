import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_NAME } from '../../shared/ipc/channels/backup';
import type { DatabasePurgeStatus } from '../../shared/ipc/channels/database';
import { withRetries, writeFileAtomic } from '../sync/atomic-file';

const FILE = 'database-purge.json';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
const markerSchema = z.object({ wanted: z.boolean(), rebuildFrom: z.string().regex(BACKUP_NAME).nullable() });

/**
 * Where the rebuild of the database files stands, kept by main outside IndexedDB: the one place
 * that survives the files being deleted. Written before the files are cleared, so a crash after
 * it finds the backup to write back from at the next start.
 */
export function purgeMarker(userDataDir: string) {
  const file = join(userDataDir, FILE);
  return {
    async read(): Promise<DatabasePurgeStatus> {
      let text: string;
      try {
        text = await withRetries(() => readFile(file, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { wanted: false, rebuildFrom: null };
        throw error;
      }
      const parsed = markerSchema.safeParse(parseJson(text));
      // Unreadable: a rebuild may have been under way, but from which backup is unknown; the
      // files are rebuilt again (the renderer backs up what it has first), nothing is lost.
      return parsed.success ? parsed.data : { wanted: true, rebuildFrom: null };
    },
    async write(status: DatabasePurgeStatus): Promise<DatabasePurgeStatus> {
      await mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(`${file}.${randomUUID()}.tmp`, file, Buffer.from(JSON.stringify(status), 'utf8'));
      return status;
    },
  };
}
