import type { OfficeProfile } from '../../../src-main/shared/domain/office-profile';
import { type OfficeProfileRecord, withoutEnvelope } from '../../data';

/** The office profile without its envelope, as document builders take it. */
export function officeProfileParts(record: OfficeProfileRecord): OfficeProfile {
  return withoutEnvelope(record);
}
