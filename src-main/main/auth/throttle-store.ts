import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { signInDelayMs } from '../../shared/auth/credential';
import { withRetries, writeFileAtomic } from '../sync/atomic-file';

/**
 * Wrong PINs in a row, per staff member, on this workstation (issue 19). Kept in the app's own
 * folder, not in the renderer's database, so neither closing the app nor clearing browser data
 * resets the growing wait that makes guessing a six-digit PIN impractical.
 */
const FILE_NAME = 'sign-in-throttle.json';

export interface ThrottleEntry {
  failures: number;
  lastFailureAt: Date;
}

/**
 * A list, not an object keyed by staff id: ids come from the renderer, and one named
 * "__proto__" must be a row like any other.
 */
const fileSchema = z.object({
  version: z.literal(1),
  entries: z.array(
    z.object({
      staffId: z.string().min(1).max(64),
      failures: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
      lastFailureAt: z.string().datetime(),
    }),
  ),
});

/**
 * How long this person must still wait before a PIN is looked at. Capped at the full delay,
 * so a clock set back (or a file from the future) cannot lock anyone out for longer.
 */
export function waitLeftMs(entry: ThrottleEntry, now: Date): number {
  const delay = signInDelayMs(entry.failures);
  const left = entry.lastFailureAt.getTime() + delay - now.getTime();
  return Math.max(0, Math.min(delay, Math.ceil(left)));
}

export interface ThrottleStore {
  /**
   * Runs sign-in attempts one after another. The whole attempt (read, check the PIN, write)
   * runs inside, so two quick attempts cannot both read the same count and both be let through.
   */
  serial<T>(task: () => Promise<T>): Promise<T>;
  get(staffId: string): Promise<ThrottleEntry | null>;
  /** One more wrong PIN at `at`; written to disk before it resolves. */
  fail(staffId: string, at: Date): Promise<ThrottleEntry>;
  /** The person signed in: their count starts again. */
  clear(staffId: string): Promise<void>;
}

export function createThrottleStore(userDataDir: string): ThrottleStore {
  const file = join(userDataDir, FILE_NAME);
  let loaded: Promise<Map<string, ThrottleEntry>> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  // Read once: this process is the only writer (one app instance per data folder).
  const entries = () => (loaded ??= load(file));

  async function persist(table: Map<string, ThrottleEntry>): Promise<void> {
    const body = { version: 1, entries: [...table].map(([staffId, e]) => ({ staffId, failures: e.failures, lastFailureAt: e.lastFailureAt.toISOString() })) };
    await mkdir(userDataDir, { recursive: true });
    // Temp, fsync, rename: a power cut leaves the old counts or the new ones, never an empty file.
    await writeFileAtomic(`${file}.${randomUUID()}.tmp`, file, Buffer.from(JSON.stringify(body, null, 2), 'utf8'));
  }

  return {
    serial<T>(task: () => Promise<T>): Promise<T> {
      const run = queue.then(task);
      queue = run.catch(() => undefined);
      return run;
    },
    async get(staffId) {
      return (await entries()).get(staffId) ?? null;
    },
    async fail(staffId, at) {
      const table = await entries();
      const entry = { failures: (table.get(staffId)?.failures ?? 0) + 1, lastFailureAt: at };
      // In memory first: even if the disk refuses the write, this run of the app keeps counting.
      table.set(staffId, entry);
      await persist(table);
      return entry;
    },
    async clear(staffId) {
      const table = await entries();
      if (!table.delete(staffId)) return;
      await persist(table);
    },
  };
}

/**
 * A missing, unreadable or damaged file starts empty rather than stopping everyone signing
 * in; the next write replaces it. (Whoever can edit this file can also edit the app.)
 */
async function load(file: string): Promise<Map<string, ThrottleEntry>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await withRetries(() => readFile(file, 'utf8')));
  } catch {
    return new Map();
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return new Map();
  return new Map(parsed.data.entries.map((e) => [e.staffId, { failures: e.failures, lastFailureAt: new Date(e.lastFailureAt) }]));
}
