import { erasePerson, internRepo, staffRepo, type PrDeskDb } from '../../../data';

/** The intern's own edits that go with an erasure: marked erased, her sign-in switched off. */
export async function internErasureWrites(db: PrDeskDb, internId: string, erasedAt: string): Promise<void> {
  const intern = await db.interns.get(internId);
  await internRepo(db).update(internId, { erasedAt });
  const account = intern?.staffId ? await db.staff.get(intern.staffId) : undefined;
  if (account && account.active) await staffRepo(db).update(account.id, { active: false });
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
  const outcome = await erasePerson(db, { table: 'interns', recordId: internId, reason, alsoWrite: () => internErasureWrites(db, internId, erasedAt) });
  // The files go only after the records no longer name them (a failed erasure keeps both).
  await files.eraseBlobs(outcome.blobIds);
  await files.forgetPreviews();
  await files.redactBackups();
}
