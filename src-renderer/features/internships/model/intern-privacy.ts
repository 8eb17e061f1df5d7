import type { Intern } from '../../../../src-main/shared/domain/internship';
import { dataErasureRepo, markErasureWrite, internEvaluationRepo, internRepo, workLogRepo, type PrDeskDb } from '../../../data';

/** Fields that identify the person. Institution, dates, group and hours stay for statistics. */
export const PERSONAL_FIELDS = [
  'title',
  'firstName',
  'lastName',
  'firstNameEn',
  'lastNameEn',
  'studentId',
  'phone',
  'email',
  'emergencyContact',
  'photoBlobId',
] as const satisfies readonly (keyof Intern)[];

const ERASED_TEXT = 'ลบข้อมูลส่วนบุคคลแล้ว';

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

function scrub(values: Record<string, unknown> | undefined, fields: readonly string[]): Record<string, unknown> | undefined {
  if (!values) return values;
  const copy = { ...values };
  for (const field of fields) if (field in copy) copy[field] = null;
  return copy;
}

/**
 * Erases an intern's personal data at the end of retention: the identifying fields are
 * overwritten (the change syncs, so every workstation erases too), the work log and evaluation
 * are removed, this workstation's change history loses the old values, and the erasure itself
 * is recorded (who, when, which fields, why).
 */
export async function eraseInternPersonalData(
  db: PrDeskDb,
  internId: string,
  reason: string,
  erasedAt: string,
  /** Removes files from main's blob store (platform eraseBlobs; a recorder in tests). */
  eraseFile: (ids: readonly string[]) => Promise<void>,
): Promise<void> {
  const photoBlobId = (await db.interns.get(internId))?.photoBlobId ?? null;
  await db.transaction('rw', [db.interns, db.internWorkLogs, db.internEvaluations, db.dataErasures, db.outbox], async (tx) => {
    // Judged as an erasure (the administrator's right), not as edits to the mentor's records.
    markErasureWrite(tx.idbtrans);
    const intern = await db.interns.get(internId);
    if (!intern) throw new Error(`No intern ${internId}`);
    await internRepo(db).update(internId, {
      title: '',
      firstName: ERASED_TEXT,
      lastName: '-',
      firstNameEn: '',
      lastNameEn: '',
      studentId: `ERASED-${internId.slice(-8)}`,
      phone: '',
      email: '',
      emergencyContact: '',
      photoBlobId: null,
      erasedAt,
    });
    const logs = await db.internWorkLogs.where('internId').equals(internId).toArray();
    for (const log of logs) if (!log.deleted) await workLogRepo(db).remove(log.id);
    const evaluations = await db.internEvaluations.where('internId').equals(internId).toArray();
    for (const evaluation of evaluations) if (!evaluation.deleted) await internEvaluationRepo(db).remove(evaluation.id);

    // The history (outbox) keeps every old value; blank them for this person's records.
    const scrubbed: [string, string, readonly string[]][] = [
      ['interns', internId, PERSONAL_FIELDS],
      ...logs.map((l): [string, string, readonly string[]] => ['internWorkLogs', l.id, ['text']]),
      ...evaluations.map((e): [string, string, readonly string[]] => ['internEvaluations', e.id, ['scores', 'overallComment']]),
    ];
    for (const [table, recordId, fields] of scrubbed) {
      await db.outbox
        .where('[table+recordId]')
        .equals([table, recordId])
        .modify((op) => {
          op.fields = scrub(op.fields, fields) ?? {};
          op.before = scrub(op.before, fields) ?? {};
        });
    }
    await dataErasureRepo(db).create({ table: 'interns', recordId: internId, fields: [...PERSONAL_FIELDS, 'workLog', 'evaluation'], reason });
  });
  // The photo file goes only after the record no longer names it (a failed erasure keeps both).
  if (photoBlobId) await eraseFile([photoBlobId]);
}
