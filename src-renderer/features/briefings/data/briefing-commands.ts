import { advanceStatus, startNewVersion, type Briefing } from '../../../../src-main/shared/domain/briefing';
import { isApprovedBriefing } from '../../../../src-main/shared/domain/briefing-workflow';
import { nextStatementNumber, statementId, type PressStatement } from '../../../../src-main/shared/domain/press-conference';
import type { WithEnvelope } from '../../../../src-main/shared/domain/envelope';
import { briefingRepo, briefingVersionRepo, pressStatementRepo, type PrDeskDb } from '../../../data';
import { storedBriefing } from '../model/stored-records';

const CONTENT_KEYS_IGNORED = new Set(['status', 'reviewedBy', 'reviewedAt', 'approvedBy', 'approvedAt', 'approvedById', 'approvedByPosition', 'usedAt', 'version']);

function contentChanged(before: Briefing, after: Briefing): boolean {
  return Object.keys(after).some((key) => !CONTENT_KEYS_IGNORED.has(key) && JSON.stringify(before[key as keyof Briefing]) !== JSON.stringify(after[key as keyof Briefing]));
}

/** Freeze the stored briefing as it is, then make it the next draft version. */
async function beginNewVersion(db: PrDeskDb, id: string, stored: Briefing): Promise<Partial<Briefing>> {
  await briefingVersionRepo(db).create({ briefingId: id, version: stored.version, snapshot: stored });
  return startNewVersion(stored);
}

const businessOf = (record: WithEnvelope<Briefing>): Briefing => storedBriefing(record);

/**
 * Save the editor's draft. An approved (or used) text is never changed in place: editing it
 * keeps the approved version and continues as the next draft, so what the director approved
 * stays on record. Returns whether that happened.
 */
export async function saveBriefing(db: PrDeskDb, id: string, draft: Briefing): Promise<{ newVersion: boolean; saved: Briefing }> {
  return db.transaction('rw', [db.briefings, db.briefingVersions], async () => {
    const record = await briefingRepo(db).get(id);
    if (!record) throw new Error(`No briefing ${id}`);
    const stored = businessOf(record);
    const locked = isApprovedBriefing(stored.status);
    if (locked && contentChanged(stored, draft)) {
      const patch = await beginNewVersion(db, id, stored);
      const saved = await briefingRepo(db).update(id, { ...draft, ...patch });
      return { newVersion: true, saved: businessOf(saved) };
    }
    const saved = await briefingRepo(db).update(id, { ...draft, status: stored.status, version: stored.version });
    return { newVersion: false, saved: businessOf(saved) };
  });
}

/** Save, then move one step on. Refused (nothing written) when the step's rule fails. */
export async function advanceBriefing(
  db: PrDeskDb,
  id: string,
  draft: Briefing,
  actorName: string,
  now: Date,
  approver: { id: string; position: string } = { id: db.writer.getActor(), position: '' },
): Promise<{ ok: true; saved: Briefing } | { ok: false; problems: string[] }> {
  const result = advanceStatus(draft, actorName, now.toISOString(), approver);
  if (!result.ok) return result;
  return db.transaction('rw', [db.briefings, db.briefingVersions], async () => {
    const { saved } = await saveBriefing(db, id, draft);
    const again = advanceStatus(saved, actorName, now.toISOString(), approver);
    if (!again.ok) return again;
    return { ok: true as const, saved: businessOf(await briefingRepo(db).update(id, again.patch)) };
  });
}

export async function newBriefingVersion(db: PrDeskDb, id: string): Promise<Briefing> {
  return db.transaction('rw', [db.briefings, db.briefingVersions], async () => {
    const record = await briefingRepo(db).get(id);
    if (!record) throw new Error(`No briefing ${id}`);
    const patch = await beginNewVersion(db, id, businessOf(record));
    return businessOf(await briefingRepo(db).update(id, patch));
  });
}

/**
 * Issue the event's next statement. Its id comes from event + number (statementId), so the
 * same number issued on another workstation meets this one in sync as one record with a
 * conflict to resolve, never as a silent second "ฉบับที่ n".
 */
export async function issueStatement(db: PrDeskDb, statement: Omit<PressStatement, 'number'>): Promise<PressStatement & { id: string }> {
  return db.transaction('rw', db.pressStatements, async () => {
    const existing = await db.pressStatements.where('conferenceId').equals(statement.conferenceId).toArray();
    const number = nextStatementNumber(existing);
    const id = statementId(statement.conferenceId, number);
    return pressStatementRepo(db).createWithId(id, { ...statement, number });
  });
}
