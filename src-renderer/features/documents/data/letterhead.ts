import type { DocumentImage, Letterhead } from '../../../../src-main/shared/pdf/document-parts';
import type { OfficeProfileRecord } from '../../../data';
import { readBlobBytes } from '../../../platform';
import { checkImageHeader } from '../../../../src-main/shared/blobs/image-header';

/** Letterheads print PNG and JPEG logos (what ImagePicker accepts), judged by their bytes. */
function isDocumentImageMime(mime: string | null): mime is DocumentImage['mime'] {
  return mime === 'image/png' || mime === 'image/jpeg';
}

/** The office logo's bytes for a printed document, or null when there is none (or not here yet). */
export async function loadDocumentLogo(profile: OfficeProfileRecord): Promise<DocumentImage | null> {
  const bytes = profile.logoBlobId ? await readBlobBytes(profile.logoBlobId) : null;
  // Checked by content and pixel count before the print engine decodes it (issue 19).
  const header = bytes ? checkImageHeader(bytes) : null;
  return bytes && header?.ok && isDocumentImageMime(header.type) ? { mime: header.type, bytes } : null;
}

/** The letterhead every document of the office prints. */
export async function loadLetterhead(profile: OfficeProfileRecord): Promise<Letterhead> {
  const { officeName, province, address, phone, email } = profile;
  return { officeName, province, address, phone, email, logo: await loadDocumentLogo(profile) };
}
