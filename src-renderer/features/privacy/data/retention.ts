import { complaintStatus, orderSteps } from '../../../../src-main/shared/domain/complaint-deadlines';
import { formatComplaintNumber } from '../../../../src-main/shared/domain/complaint-number';
import { ERASED_TEXT } from '../../../../src-main/shared/pdpa/personal-fields';
import type { DueRecord, RetentionCandidate } from '../../../../src-main/shared/pdpa/retention';
import { formatThaiDateShort } from '../../../../src-main/shared/text/thai-date';
import type { ErasureFiles, PrDeskDb } from '../../../data';
// The modules' own erasures, from their data/ entries.
import { eraseComplainant } from '../../complaints/data';
import { eraseIntern } from '../../internships/data';
import { eraseMediaContact } from '../../press/data';
import { recordName } from '../model/record-names';

/**
 * Every record about a person whose retention can run out, with the day it counts from:
 * interns from the end of their internship, complainants (who gave consent) from the day the
 * complaint was closed, media contacts from their last check. Soft-deleted records count too:
 * they still hold the data. Records already erased are left out.
 */
export async function retentionCandidates(db: PrDeskDb): Promise<RetentionCandidate[]> {
  const out: RetentionCandidate[] = [];
  const institutions = new Map((await db.institutions.toArray()).map((i) => [i.id, i.name]));
  for (const intern of await db.interns.toArray()) {
    if (intern.erasedAt) continue;
    const period = `${formatThaiDateShort(intern.startDate)} – ${formatThaiDateShort(intern.endDate)}`;
    out.push({ kind: 'interns', recordId: intern.id, name: recordName('interns', intern), reference: `${institutions.get(intern.institutionId) ?? ''} ฝึกงาน ${period}`.trim(), from: intern.endDate });
  }
  const steps = await db.complaintSteps.toArray();
  for (const complaint of await db.complaints.toArray()) {
    if (complaint.erasedAt || !complaint.consent) continue;
    const own = steps.filter((s) => s.complaintId === complaint.id && !s.deleted);
    const closed = complaintStatus(own) === 'closed' ? (orderSteps(own).find((s) => s.kind === 'closed')?.date ?? null) : null;
    out.push({
      kind: 'complaints',
      recordId: complaint.id,
      name: complaint.complainantName,
      reference: `เรื่องร้องเรียนเลขที่ ${formatComplaintNumber(complaint.seq, complaint.yearBE)} ${complaint.subject}`,
      from: closed,
    });
  }
  const outlets = new Map((await db.mediaOutlets.toArray()).map((o) => [o.id, o.name]));
  for (const contact of await db.mediaContacts.toArray()) {
    if (contact.firstName === ERASED_TEXT) continue;
    out.push({ kind: 'mediaContacts', recordId: contact.id, name: recordName('mediaContacts', contact), reference: outlets.get(contact.outletId ?? '') ?? 'สื่อมวลชน', from: contact.lastVerifiedAt ?? contact.createdAt.slice(0, 10) });
  }
  return out;
}

/** Each kind's own erasure (the shared scrub plus the record's own edits); each returns the files it freed. */
function eraseOne(db: PrDeskDb, record: DueRecord, reason: string, erasedAt: string): Promise<string[]> {
  switch (record.kind) {
    case 'interns':
      return eraseIntern(db, record.recordId, reason, erasedAt);
    case 'complaints':
      return eraseComplainant(db, record.recordId, reason, erasedAt);
    case 'mediaContacts':
      return eraseMediaContact(db, record.recordId, reason);
  }
}

/**
 * Erases the approved records the same way a single erasure does (a synced erasure record each,
 * scrubbed on every workstation), then removes their files, the temp previews and rewrites the
 * backups once for all of them. Returns how many were erased; stops at the first failure, so
 * what was erased stays erased and the rest stays listed.
 */
export async function eraseDueRecords(db: PrDeskDb, due: readonly DueRecord[], reason: string, files: ErasureFiles, onProgress?: (done: number) => void): Promise<number> {
  const erasedAt = new Date().toISOString();
  const blobIds: string[] = [];
  let done = 0;
  try {
    for (const record of due) {
      blobIds.push(...(await eraseOne(db, record, reason, erasedAt)));
      done += 1;
      onProgress?.(done);
    }
  } finally {
    if (done > 0) {
      await files.eraseBlobs(blobIds);
      await files.forgetPreviews();
      await files.redactBackups();
      await files.wantDatabaseRebuild();
    }
  }
  return done;
}
