import { staffCredentialSchema, type SecretHash, type StaffCredential } from '../../src-main/shared/auth/credential';
import { staffSchema, type Staff } from '../../src-main/shared/domain/staff';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';
import type { StaffCredentialRecord, StaffRecord } from './types';

export function credentialRepo(db: PrDeskDb) {
  return createRepository<StaffCredential>(db, 'staffCredentials', staffCredentialSchema);
}

/** The live sign-in secret of a staff member (one row per person, id = staff id). */
export async function credentialOf(db: PrDeskDb, staffId: string): Promise<StaffCredentialRecord | undefined> {
  const row = await db.staffCredentials.get(staffId);
  return row && !row.deleted ? row : undefined;
}

/** Whether anyone can sign in here yet: none means the first run (or a workstation about to join). */
export async function hasAnyCredential(db: PrDeskDb): Promise<boolean> {
  return (await db.staffCredentials.filter((row) => !row.deleted).count()) > 0;
}

/** Active staff who have a PIN: the names on the sign-in screen. */
export async function signInCandidates(db: PrDeskDb): Promise<StaffRecord[]> {
  const withPin = new Set((await db.staffCredentials.toArray()).filter((c) => !c.deleted).map((c) => c.staffId));
  return (await db.staff.toArray()).filter((s) => !s.deleted && s.active && withPin.has(s.id));
}

/**
 * Sets a person's secret (hashed by main). Checked by the write rules: one's own change, or an
 * administrator's setting or reset (recorded as such, with who did it and when).
 */
export async function saveCredential(db: PrDeskDb, staffId: string, secret: SecretHash, reason: StaffCredential['reason']): Promise<void> {
  const row: StaffCredential = { staffId, secret, reason, setBy: db.writer.getActor(), setAt: db.writer.now().toISOString() };
  await db.transaction('rw', db.staffCredentials, async () => {
    if (await db.staffCredentials.get(staffId)) await credentialRepo(db).update(staffId, row);
    else await credentialRepo(db).createWithId(staffId, row);
  });
}

export class OfficeAlreadySetUpError extends Error {
  constructor() {
    super('This workstation already has staff who can sign in');
    this.name = 'OfficeAlreadySetUpError';
  }
}

/**
 * First run: the office administrator and their secret, in one transaction that refuses when
 * anyone can already sign in (so the first-run screen can never add a second, unchecked
 * administrator). The caller sets the new person as the one acting before calling.
 */
export async function createFirstAdministrator(db: PrDeskDb, staffId: string, staff: Staff, secret: SecretHash): Promise<void> {
  const parsed = staffSchema.parse({ ...staff, role: 'admin', active: true });
  await db.transaction('rw', db.staff, db.staffCredentials, async () => {
    if (await hasAnyCredential(db)) throw new OfficeAlreadySetUpError();
    await createRepository<Staff>(db, 'staff', staffSchema).createWithId(staffId, parsed);
    await credentialRepo(db).createWithId(staffId, { staffId, secret, reason: 'created', setBy: staffId, setAt: db.writer.now().toISOString() });
  });
}
