import type { OfficeProfileRecord } from '../../data';

/**
 * Printed documents are signed by the director: they wait until the office profile has the
 * office's name and the director's name and title.
 */
export function canSignDocuments(profile: OfficeProfileRecord | null | undefined): profile is OfficeProfileRecord {
  return !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;
}
