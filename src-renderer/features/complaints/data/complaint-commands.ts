import { COMPLAINT_SETTINGS_ID, DEFAULT_COMPLAINT_SETTINGS, type Complaint, type ComplaintInput, type ComplaintSettings, type ComplaintStep } from '../../../../src-main/shared/domain/complaint';
import { complaintStatus } from '../../../../src-main/shared/domain/complaint-deadlines';
import { complaintYearOf, nextComplaintSeq } from '../../../../src-main/shared/domain/complaint-number';
import { complaintWorkflow } from '../../../../src-main/shared/domain/complaint-workflow';
import { complaintRepo, complaintSettingsRepo, complaintStepRepo, erasePersonWithEdit, liveRow, type ComplaintRecord, type PrDeskDb } from '../../../data';
import { withoutPersonalDataUnlessConsented } from '../model/complainant-consent';

/**
 * Logs a new complaint: takes the next number of its พ.ศ. year (deleted ones included, so a
 * number is never handed out twice here) and writes the รับเรื่อง step, in one transaction.
 */
export async function createComplaint(db: PrDeskDb, input: ComplaintInput, receivedBy: string | null): Promise<ComplaintRecord> {
  return db.transaction('rw', [db.complaints, db.complaintSteps, db.outbox], async () => {
    const yearBE = complaintYearOf(input.receivedDate);
    const claims = (await db.complaints.where('yearBE').equals(yearBE).toArray()).map((c) => ({ id: c.id, yearBE: c.yearBE, seq: c.seq, createdAt: c.createdAt }));
    const complaint = await complaintRepo(db).create({
      ...withoutPersonalDataUnlessConsented(input),
      yearBE,
      seq: nextComplaintSeq(claims, yearBE),
      attachments: [],
      erasedAt: null,
    });
    await complaintStepRepo(db).create({
      complaintId: complaint.id,
      kind: 'received',
      date: input.receivedDate,
      staffId: receivedBy,
      note: '',
      agencyId: null,
      letterNo: '',
      replyDueDate: null,
    });
    return complaint;
  });
}

/**
 * Edits a complaint. A new date of receipt in another year gives it a number of that year
 * (the number belongs to the year it was received in).
 */
export async function updateComplaint(db: PrDeskDb, id: string, input: ComplaintInput): Promise<void> {
  await db.transaction('rw', [db.complaints, db.complaintSteps, db.outbox], async () => {
    const current = await db.complaints.get(id);
    if (!current) throw new Error(`No complaint ${id}`);
    const yearBE = complaintYearOf(input.receivedDate);
    const patch: Partial<Complaint> = { ...withoutPersonalDataUnlessConsented(input) };
    if (yearBE !== current.yearBE) {
      const claims = (await db.complaints.where('yearBE').equals(yearBE).toArray()).map((c) => ({ id: c.id, yearBE: c.yearBE, seq: c.seq, createdAt: c.createdAt }));
      patch.yearBE = yearBE;
      patch.seq = nextComplaintSeq(claims, yearBE);
    }
    await complaintRepo(db).update(id, patch);
    // The รับเรื่อง step is the receipt itself: a corrected date of receipt moves it too.
    if (input.receivedDate !== current.receivedDate) {
      const received = (await db.complaintSteps.where('complaintId').equals(id).toArray()).filter((s) => s.kind === 'received' && !s.deleted);
      for (const step of received) await complaintStepRepo(db).update(step.id, { date: input.receivedDate });
    }
  });
}

/** Records a step of the handling, as complaintWorkflow allows from where the complaint stands. */
export async function addComplaintStep(db: PrDeskDb, step: ComplaintStep): Promise<void> {
  await db.transaction('rw', db.complaintSteps, async () => {
    const steps = (await db.complaintSteps.where('complaintId').equals(step.complaintId).toArray()).filter((s) => !s.deleted);
    complaintWorkflow.assertMove(complaintStatus(steps), step.kind);
    await complaintStepRepo(db).create(step);
  });
}

export async function readComplaintSettings(db: PrDeskDb): Promise<ComplaintSettings> {
  const stored = await liveRow(db.complaintSettings, COMPLAINT_SETTINGS_ID);
  if (!stored) return DEFAULT_COMPLAINT_SETTINGS;
  return { acknowledgeDays: stored.acknowledgeDays, resultDays: stored.resultDays, warnDays: stored.warnDays };
}

export async function saveComplaintSettings(db: PrDeskDb, settings: ComplaintSettings): Promise<void> {
  const repo = complaintSettingsRepo(db);
  if (await db.complaintSettings.get(COMPLAINT_SETTINGS_ID)) await repo.update(COMPLAINT_SETTINGS_ID, settings);
  else await repo.createWithId(COMPLAINT_SETTINGS_ID, settings);
}

/**
 * PDPA erasure of the complainant, as a synced erasure every workstation carries out
 * (data/erasure.ts; fields declared in shared/pdpa/personal-fields.ts): name, contacts,
 * address, the details and scanned letters, and the notes of the handling steps. The number,
 * dates, subject, category, agencies and steps stay: the office reports them (ITA O27–O29).
 * Returns the files to remove from main's store.
 */
export async function eraseComplainant(db: PrDeskDb, complaintId: string, reason: string, erasedAt: string): Promise<string[]> {
  return erasePersonWithEdit(db, { table: 'complaints', recordId: complaintId, reason }, complaintRepo, { erasedAt });
}
