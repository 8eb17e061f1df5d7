import { erasePerson, internRepo, staffRepo, type PrDeskDb } from '../../../data';

/** The intern's own edits that go with an erasure: marked erased, her sign-in switched off. */
async function internErasureWrites(db: PrDeskDb, internId: string, erasedAt: string): Promise<void> {
  const intern = await db.interns.get(internId);
  await internRepo(db).update(internId, { erasedAt });
  const account = intern?.staffId ? await db.staff.get(intern.staffId) : undefined;
  if (account && account.active) await staffRepo(db).update(account.id, { active: false });
}

/**
 * Erases an intern's personal data at the end of retention (PDPA). The erasure is a synced
 * record: every workstation that receives it scrubs the same fields (data/erasure.ts, declared
 * in shared/pdpa/personal-fields.ts): name, contacts, photo, student id, the work log and the
 * evaluations (removed too), attendance notes, the mission links that copied work-log text, and
 * the intern's own sign-in account. Institution, dates, hours and group stay for statistics.
 * Here the intern is marked erased and the sign-in switched off, as ordinary edits. Returns the
 * files to remove from main's store.
 */
export async function eraseIntern(db: PrDeskDb, internId: string, reason: string, erasedAt: string): Promise<string[]> {
  const outcome = await erasePerson(db, { table: 'interns', recordId: internId, reason, alsoWrite: () => internErasureWrites(db, internId, erasedAt) });
  return outcome.blobIds;
}
