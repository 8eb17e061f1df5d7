import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AuthSession } from '../auth/session';
import { withRetries, writeFileAtomic } from '../sync/atomic-file';

/** How long a restore an administrator started may be carried on without them (an interrupted restore re-run at the next start). */
export const RESTORE_RESUME_MS = 24 * 60 * 60 * 1000;
const FILE = 'restore-authorised.json';
const savedSchema = z.object({ name: z.string(), at: z.string().datetime(), by: z.string() });

export interface RestoreGate {
  /** Throws IpcError 'not-allowed' unless this restore may go on (see createRestoreGate). */
  check(name: string): Promise<void>;
}

/**
 * Restoring replaces every record on the workstation, so main lets it start only for an
 * administrator signed in there (`backup.restore`, issue 19), checked on the first channel a
 * restore uses before any record is replaced ('backup:restore-blobs').
 *
 * Two cases need no one signed in:
 * - a fresh PC (nobody ever signed in), being set up from a backup at its first run;
 * - a restore that an administrator started and that was cut off (power, crash): the app re-runs
 *   it at the next start, before anyone can sign in. Main remembers which backup was authorised,
 *   by whom and when, and lets that one backup be restored again for a day.
 */
export function createRestoreGate({ userDataDir, session, now = () => new Date() }: { userDataDir: string; session: Pick<AuthSession, 'require' | 'everSignedIn'>; now?: () => Date }): RestoreGate {
  const file = join(userDataDir, FILE);

  async function remembered(): Promise<z.infer<typeof savedSchema> | null> {
    try {
      const parsed = savedSchema.safeParse(JSON.parse(await withRetries(() => readFile(file, 'utf8'))));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    async check(name) {
      if (!(await session.everSignedIn())) return;
      let by: string;
      try {
        by = session.require('backup.restore').staffId;
      } catch (refused) {
        const saved = await remembered();
        const at = saved ? Date.parse(saved.at) : NaN;
        if (saved?.name === name && now().getTime() - at >= 0 && now().getTime() - at < RESTORE_RESUME_MS) return;
        throw refused;
      }
      await mkdir(userDataDir, { recursive: true });
      const record = { name, at: now().toISOString(), by };
      await writeFileAtomic(`${file}.${randomUUID()}.tmp`, file, Buffer.from(JSON.stringify(record, null, 2), 'utf8'));
    },
  };
}
