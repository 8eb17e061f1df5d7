import type { PressStatement } from '../../../../src-main/shared/domain/press-conference';
import { useDbCommands, useLiveDbQuery, type PressStatementRecord } from '../../../data';
import { issueStatement } from './briefing-commands';

/** A conference's statements (แถลงการณ์ ฉบับที่ 1, 2, …) in number order. */
export function useStatements(conferenceId: string): PressStatementRecord[] | undefined {
  return useLiveDbQuery(
    async (db) => (await db.pressStatements.where('conferenceId').equals(conferenceId).toArray()).filter((s) => !s.deleted).sort((a, b) => a.number - b.number),
    [conferenceId],
  );
}

/** Issue the conference's next statement (numbered by issueStatement). */
export function useIssueStatement() {
  return useDbCommands((db) => (statement: Omit<PressStatement, 'number'>) => issueStatement(db, statement));
}
