import type { Agency } from '../../../../src-main/shared/domain/agency';
import { agencyRepo, useDbCommands } from '../../../data';

/**
 * Adds an agency to the shared directory while forwarding a complaint: only what forwarding
 * needs; the directory's own screen fills in the rest later.
 */
export function useAddAgency() {
  return useDbCommands((db) => (values: Pick<Agency, 'name' | 'kind' | 'phone' | 'email'>) => agencyRepo(db).create({ ...values, shortName: '', address: '', contactName: '', active: true }));
}
