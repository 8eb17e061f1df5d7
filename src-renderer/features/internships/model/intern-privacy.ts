import { erasePerson, internRepo, staffRepo, type PrDeskDb } from '../../../data';

/** Everything the office holds about one intern, as the intern may ask for it (PDPA s.30–31). */
export async function exportInternData(db: PrDeskDb, internId: string): Promise<Record<string, unknown>> {
  const intern = await db.interns.get(internId);
  if (!intern) throw new Error(`No intern ${internId}`);
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  return {
    format: 'pr-desk-intern-data',
    exportedAt: new Date().toISOString(),
    intern,
    institution: (await db.institutions.get(intern.institutionId)) ?? null,
    attendance: live(await db.internAttendance.where('internId').equals(internId).toArray()),
    workLog: live(await db.internWorkLogs.where('internId').equals(internId).toArray()),
    evaluations: live(await db.internEvaluations.where('internId').equals(internId).toArray()),
  };
}

/** What main does for an erasure once the records are scrubbed (platform; a recorder in tests). */
export interface ErasureFiles {
  /** Removes these files from main's blob store. */
  eraseBlobs(ids: readonly string[]): Promise<void>;
  /** Removes every temporary preview PDF (their names and pages may name the person). */
  forgetPreviews(): Promise<void>;
  /** Rewrites this computer's backups without the person (platform; see data/backup-redaction.ts). */
  redactBackups(): Promise<void>;
}

/**
 * Erases an intern's personal data at the end of retention (PDPA). The erasure is a synced
 * record: every workstation that receives it scrubs the same fields (data/erasure.ts, declared
 * in shared/pdpa/personal-fields.ts): name, contacts, photo, student id, the work log and the
 * evaluations (removed too), attendance notes, the mission links that copied work-log text, and
 * the intern's own sign-in account. Institution, dates, hours and group stay for statistics.
 * Here the intern is marked erased and the sign-in switched off, as ordinary edits.
 */
export async function eraseInternPersonalData(db: PrDeskDb, internId: string, reason: string, erasedAt: string, files: ErasureFiles): Promise<void> {
  const outcome = await erasePerson(db, {
    table: 'interns',
    recordId: internId,
    reason,
    alsoWrite: async () => {
      const intern = await db.interns.get(internId);
      await internRepo(db).update(internId, { erasedAt });
      const account = intern?.staffId ? await db.staff.get(intern.staffId) : undefined;
      if (account && account.active) await staffRepo(db).update(account.id, { active: false });
    },
  });
  // The files go only after the records no longer name them (a failed erasure keeps both).
  await files.eraseBlobs(outcome.blobIds);
  await files.forgetPreviews();
  await files.redactBackups();
}
