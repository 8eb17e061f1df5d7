import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { erasureRecordSchema, type ErasureRecord } from '../../shared/pdpa/erasure-records';

/**
 * The erasures this computer has carried out, kept in its data folder outside `backups/`
 * (rotation, restore and import never touch it): after a restore, the renderer re-applies
 * every erasure listed here, so a backup from before an erasure (say, one imported from a USB
 * stick that was never rewritten) cannot bring the person back. It holds the erasure records
 * themselves: which person's record, when, by whom, why — never the erased data.
 *
 * Append-only NDJSON: `{"erasure": …}` when an erasure is noted, `{"done": id}` once every
 * backup here is rewritten. A torn last line (power cut) is skipped.
 */
type LedgerErasure = ErasureRecord;

const lineSchema = z.union([z.object({ erasure: erasureRecordSchema }).strict(), z.object({ done: z.uuid() }).strict()]);

export interface ErasureLedger {
  note(erasure: LedgerErasure): Promise<void>;
  markDone(id: string): Promise<void>;
  /** Every erasure noted, once each, with whether this computer's backups are rewritten. */
  list(): Promise<{ erasure: LedgerErasure; done: boolean }[]>;
}

export function erasureLedger(userDataDir: string): ErasureLedger {
  const file = join(userDataDir, 'erasure-ledger.ndjson');
  const append = async (line: unknown) => {
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify(line)}\n`, { encoding: 'utf8', flush: true });
  };
  return {
    note: (erasure) => append({ erasure }),
    markDone: (id) => append({ done: id }),
    async list() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const erasures = new Map<string, LedgerErasure>();
      const done = new Set<string>();
      for (const line of text.split('\n')) {
        if (!line) continue;
        let parsed: z.infer<typeof lineSchema>;
        try {
          parsed = lineSchema.parse(JSON.parse(line));
        } catch {
          continue;
        }
        if ('erasure' in parsed) erasures.set(parsed.erasure.id, parsed.erasure);
        else done.add(parsed.done);
      }
      return [...erasures.values()].map((erasure) => ({ erasure, done: done.has(erasure.id) }));
    },
  };
}
