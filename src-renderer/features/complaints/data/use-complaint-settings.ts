import type { ComplaintSettings } from '../../../../src-main/shared/domain/complaint';
import { useLiveDbQuery } from '../../../data';
import { readComplaintSettings } from './complaint-commands';

/** The office's time limits (the defaults until someone saves their own); undefined while loading. */
export function useComplaintSettings(): ComplaintSettings | undefined {
  return useLiveDbQuery((db) => readComplaintSettings(db));
}
