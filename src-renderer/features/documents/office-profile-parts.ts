import type { OfficeProfile } from '../../../src-main/shared/domain/office-profile';
import type { DocumentImage, Letterhead } from '../../../src-main/shared/pdf/document-parts';
import { getBlob, type OfficeProfileRecord, type PrDeskDb, withoutEnvelope } from '../../data';

/** The office profile without its envelope, as document builders take it. */
export function officeProfileParts(record: OfficeProfileRecord): OfficeProfile {
  return withoutEnvelope(record);
}

/** Letterheads print PNG and JPEG logos (what ImagePicker accepts). */
function isDocumentImageMime(mime: string): mime is DocumentImage['mime'] {
  return mime === 'image/png' || mime === 'image/jpeg';
}

/** The office logo's bytes for a printed document, or null when there is none. */
export async function loadDocumentLogo(db: PrDeskDb, profile: OfficeProfileRecord): Promise<DocumentImage | null> {
  const blob = profile.logoBlobId ? await getBlob(db, profile.logoBlobId) : undefined;
  return blob && isDocumentImageMime(blob.mime) ? { mime: blob.mime, bytes: new Uint8Array(blob.data) } : null;
}

/** The letterhead every document of the office prints. */
export async function loadLetterhead(db: PrDeskDb, profile: OfficeProfileRecord): Promise<Letterhead> {
  const { officeName, province, address, phone, email } = profile;
  return { officeName, province, address, phone, email, logo: await loadDocumentLogo(db, profile) };
}
