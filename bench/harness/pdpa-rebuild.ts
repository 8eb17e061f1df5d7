/**
 * Harness functions for the pdpa-erasure case: on a ten-year office, one erasure as the erase
 * button runs it (erasePerson), the rewrite of every kept backup without the person
 * (redactBackups), and the rebuild of the database files (clearDatabaseFiles, then
 * rebuildFromBackup into a new database), each timed.
 */
import { clearDatabaseFiles, erasePerson, findMentions, rebuildFromBackup, redactBackups, streamBackup, type PrDeskDb } from '../../src-renderer/data';
import { mainProcess } from '../../src-renderer/platform';

export function pdpaRebuildApi(appDb: () => Promise<PrDeskDb>, closeAppDb: () => void) {
  return {
    /** `count` backups, as a workstation keeps them (the first reads every table, the rest reuse parts). */
    async backups(count: number): Promise<string[]> {
      const db = await appDb();
      const names: string[] = [];
      for (let i = 0; i < count; i++) names.push((await streamBackup(db, { reason: 'manual', keep: count + 2 })).name);
      return names;
    },
    /**
     * The erase dialog's look for free text naming the person, at its worst: a name found
     * nowhere, so every record of every table is read and searched.
     */
    async mentionsScan(): Promise<{ ms: number; found: number }> {
      const db = await appDb();
      const started = performance.now();
      const { mentions } = await findMentions(db, ['นางสาวไม่มีชื่อนี้ ในสำนักงาน'], new Set(), 20);
      return { ms: performance.now() - started, found: mentions.length };
    },
    /** Erases the intern with the most work logs, then rewrites this PC's backups without her. */
    async eraseOneIntern(): Promise<{ eraseMs: number; redactMs: number; records: number; redacted: string }> {
      const db = await appDb();
      const interns = await db.interns.limit(50).toArray();
      let chosen = interns[0];
      let most = -1;
      for (const intern of interns) {
        const logs = await db.internWorkLogs.where('internId').equals(intern.id).count();
        if (logs > most) [chosen, most] = [intern, logs];
      }
      if (!chosen) throw new Error('no intern seeded');
      let started = performance.now();
      const outcome = await erasePerson(db, { table: 'interns', recordId: chosen.id, reason: 'ครบกำหนดระยะเวลาเก็บรักษา (bench)' });
      const eraseMs = performance.now() - started;
      started = performance.now();
      const redacted = await redactBackups(db, mainProcess());
      return { eraseMs, redactMs: performance.now() - started, records: outcome.records, redacted };
    },
    /** The rebuild of the database files, phase by phase, and the rows it wrote back. */
    async rebuild(): Promise<{ backupMs: number; clearMs: number; refillMs: number; totalMs: number; rows: number }> {
      const db = await appDb();
      const main = mainProcess();
      const started = performance.now();
      let backupDone = 0;
      const backup = await clearDatabaseFiles(db, main, 7, (p) => {
        if (p.phase === 'clear') backupDone = performance.now();
      });
      const cleared = performance.now();
      if (!backup) throw new Error('nothing to rebuild');
      closeAppDb();
      const fresh = await appDb();
      let rows = 0;
      await rebuildFromBackup(fresh, main, backup, (p) => (rows = p.done));
      const end = performance.now();
      return { backupMs: backupDone - started, clearMs: cleared - backupDone, refillMs: end - cleared, totalMs: end - started, rows };
    },
  };
}
