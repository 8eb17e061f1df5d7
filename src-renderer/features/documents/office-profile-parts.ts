import { ENVELOPE_KEYS } from '../../../src-main/shared/domain/envelope';
import type { OfficeProfile } from '../../../src-main/shared/domain/office-profile';
import type { OfficeProfileRecord } from '../../data';

/** The office profile without its envelope, as document builders take it. */
export function officeProfileParts(record: OfficeProfileRecord): OfficeProfile {
  const copy: Record<string, unknown> = { ...record };
  for (const key of ENVELOPE_KEYS) delete copy[key];
  return copy as OfficeProfile;
}
