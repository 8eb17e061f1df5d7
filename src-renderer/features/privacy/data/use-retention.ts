import type { OfficeProfile } from '../../../../src-main/shared/domain/office-profile';
import type { DueRecord, RetentionCandidate } from '../../../../src-main/shared/pdpa/retention';
import { officeProfileRepo, useDbCommands, useLiveDbQuery } from '../../../data';
import { erasureFollowUp } from '../../../data';
import { eraseDueRecords, retentionCandidates } from './retention';

/** Every record about a person whose retention can run out (retentionCandidates), live. */
export function useRetentionCandidates(): RetentionCandidate[] | undefined {
  return useLiveDbQuery((db) => retentionCandidates(db));
}

/** The office's retention periods, kept in its profile. */
export function useSaveRetentionYears(): (years: OfficeProfile['retentionYears']) => Promise<void> {
  return useDbCommands((db) => async (years: OfficeProfile['retentionYears']) => {
    await officeProfileRepo(db).save({ retentionYears: years });
  });
}

/** Erases the approved list (eraseDueRecords), then its files, previews, backups and database files. */
export function useEraseDueRecords(): (due: readonly DueRecord[], reason: string, onProgress?: (done: number) => void) => Promise<number> {
  return useDbCommands((db) => (due: readonly DueRecord[], reason: string, onProgress?: (done: number) => void) => eraseDueRecords(db, due, reason, erasureFollowUp(db), onProgress));
}
