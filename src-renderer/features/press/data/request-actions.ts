import type { PressRequest } from '../../../../src-main/shared/domain/press';
import { pressRequestWorkflow } from '../../../../src-main/shared/domain/press-request-workflow';
import { pressRequestRepo, type PrDeskDb, type PressRequestRecord } from '../../../data';

/**
 * Saves an edited service request. A new status must be a move pressRequestWorkflow declares
 * from the stored one; the same status again is no move.
 */
export async function updateRequest(db: PrDeskDb, id: string, patch: Partial<PressRequest>): Promise<PressRequestRecord> {
  return db.transaction('rw', db.pressRequests, async () => {
    const current = await db.pressRequests.get(id);
    if (current && patch.status !== undefined && patch.status !== current.status) pressRequestWorkflow.assertMove(current.status, patch.status);
    return pressRequestRepo(db).update(id, patch);
  });
}
