import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Actor } from '../../shared/auth/permissions';
import { STAFF_ROLES } from '../../shared/domain/staff';
import type { KioskState } from '../../shared/ipc/channels/kiosk';
import { nodeShareWriteFs, withRetries, writeFileAtomic, type ShareWriteFs } from '../sync/atomic-file';

/**
 * Whether this workstation is in survey kiosk mode (issue 19), kept in `<userData>/kiosk.json`
 * so a crash, a power cut or a restart comes back in kiosk mode, never in the staff app.
 *
 * The file exists only while kiosk mode is on:
 * - missing: off;
 * - present and valid: on, for that survey;
 * - present but damaged or unreadable: on, with no survey (fails closed). The kiosk screen then
 *   says the survey is not available and offers only the staff exit: a damaged file must not
 *   open the staff app to whoever stands at the kiosk. The file is written atomically (temp,
 *   fsync, rename), so only damage from outside the app leads here.
 */
export const KIOSK_FILE = 'kiosk.json';

const id = z.string().min(1).max(64);
const fileSchema = z
  .object({
    version: z.literal(1),
    surveyId: id,
    startedAt: z.string().datetime(),
    startedBy: z.object({ staffId: id, role: z.enum(STAFF_ROLES) }).strict(),
  })
  .strict();

/** What a damaged or unreadable kiosk.json reads as: kiosk on, nothing to answer, no one to write as. */
export const DAMAGED_KIOSK: KioskState = Object.freeze({ surveyId: null, startedAt: null, startedBy: null });

export interface KioskStore {
  /** Reads kiosk.json the first time; later calls answer what this process knows. null = off. */
  load(): Promise<KioskState | null>;
  /** The state once load() has answered; undefined before (the guards treat that as on). */
  current(): KioskState | null | undefined;
  /** Kiosk on for a survey: written to disk before it counts (a refused write leaves it off). */
  start(input: { surveyId: string; startedBy: Actor; at: Date }): Promise<KioskState>;
  /** Kiosk off: the file is removed before it counts (a refused removal leaves it on). */
  stop(): Promise<void>;
}

/** `writeFs`: node:fs in the app; tests make the disk refuse the write. */
export function createKioskStore(userDataDir: string, writeFs: ShareWriteFs = nodeShareWriteFs): KioskStore {
  const file = join(userDataDir, KIOSK_FILE);
  let state: KioskState | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  let reading: Promise<void> | null = null;

  /** The first call reads the file; every call answers the state as it is now. */
  async function load(): Promise<KioskState | null> {
    await (reading ??= readKioskFile(file).then((read) => {
      // A start or stop that finished first already knows better than the disk did.
      if (state === undefined) state = read;
    }));
    return state ?? null;
  }

  /** One change at a time, after the first read: a start and a stop never interleave their writes. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      await load();
      return task();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    load,
    current: () => state,
    start: ({ surveyId, startedBy, at }) =>
      serial(async () => {
        const next: KioskState = { surveyId, startedAt: at.toISOString(), startedBy: { staffId: startedBy.staffId, role: startedBy.role } };
        const body = { version: 1, ...next };
        await mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(`${file}.${randomUUID()}.tmp`, file, Buffer.from(JSON.stringify(body, null, 2), 'utf8'), writeFs);
        state = next;
        return next;
      }),
    stop: () =>
      serial(async () => {
        await withRetries(() => unlink(file)).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        });
        state = null;
      }),
  };
}

/** Missing: off. Anything else that is not a valid kiosk file: on, with no survey (DAMAGED_KIOSK). */
export async function readKioskFile(file: string): Promise<KioskState | null> {
  let text: string;
  try {
    text = await withRetries(() => readFile(file, 'utf8'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : DAMAGED_KIOSK;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DAMAGED_KIOSK;
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return DAMAGED_KIOSK;
  const { surveyId, startedAt, startedBy } = parsed.data;
  return { surveyId, startedAt, startedBy };
}
