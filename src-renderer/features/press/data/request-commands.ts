import { pressRequestRepo, useDbCommands, type PressRequestRecord } from '../../../data';
import type { PressRequest } from '../../../../src-main/shared/domain/press';
import { updateRequest } from './request-actions';

/** Writes to service requests (คำขอรับบริการ). */
export function useRequestCommands() {
  return useDbCommands((db) => ({
    create: (values: PressRequest): Promise<PressRequestRecord> => pressRequestRepo(db).create(values),
    update: (id: string, patch: Partial<PressRequest>) => updateRequest(db, id, patch),
  }));
}
