import type { OfficeProfile } from '../../../src-main/shared/domain/office-profile';

/** Profile fields a letterhead needs; the dashboard lists the ones still empty. */
export const LETTERHEAD_FIELDS = ['officeName', 'province', 'address', 'phone', 'directorName', 'directorTitle', 'logoBlobId'] as const;

export function missingProfileFields(profile: Partial<OfficeProfile> | undefined): string[] {
  return LETTERHEAD_FIELDS.filter((field) => {
    const value = profile?.[field];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
}
