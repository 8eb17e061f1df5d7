import { z } from 'zod';
import { checkImageHeader } from '../blobs/image-header';
import { officeProfileSchema } from '../domain/office-profile';
import { isoDate, thaiText } from '../domain/validation';

/**
 * Pieces every printed document is made of, shared by the document kinds in this folder. The
 * renderer builds documents from these schemas; main parses them again before printing.
 */

/** ชั้นความเร็ว: printed in red at the top left of the first page. */
export const URGENCY_LEVELS = ['normal', 'urgent', 'very-urgent', 'most-urgent'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
export const URGENCY_LABELS: Record<Urgency, string | null> = {
  normal: null,
  urgent: 'ด่วน',
  'very-urgent': 'ด่วนมาก',
  'most-urgent': 'ด่วนที่สุด',
};

/** ชั้นความลับ: printed in red at the top and bottom centre of every page. */
export const SECRECY_LEVELS = ['none', 'confidential', 'secret', 'top-secret'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Record<Secrecy, string | null> = {
  none: null,
  confidential: 'ลับ',
  secret: 'ลับมาก',
  'top-secret': 'ลับที่สุด',
};

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** PNG or JPEG bytes, checked by signature so a wrong file fails validation, not the PDF writer. */
export const documentImageSchema = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg']),
    bytes: z.instanceof(Uint8Array),
  })
  .strict()
  .refine((image) => image.bytes.byteLength > 0 && image.bytes.byteLength <= MAX_IMAGE_BYTES, {
    message: 'validation.imageSize',
    path: ['bytes'],
  })
  .refine(
    (image) =>
      image.mime === 'image/png'
        ? startsWith(image.bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        : startsWith(image.bytes, [0xff, 0xd8, 0xff]),
    { message: 'validation.imageType', path: ['bytes'] },
  )
  // The print engine decodes it in main: the pixel count from the header is capped first (issue 19).
  .refine(
    (image) => {
      const header = checkImageHeader(image.bytes);
      return header.ok ? header.type === image.mime : header.problem !== 'tooManyPixels';
    },
    { message: 'validation.imageSize', path: ['bytes'] },
  );
export type DocumentImage = z.infer<typeof documentImageSchema>;

/** The office as its letterhead prints it: from the office profile, with the logo's bytes. */
export const letterheadSchema = officeProfileSchema
  .pick({ officeName: true, province: true, address: true, phone: true, email: true })
  .extend({ logo: documentImageSchema.nullable() })
  .strict();
export type Letterhead = z.infer<typeof letterheadSchema>;

/** Who signs: name without parentheses (the layout adds them) and the position under it. */
export const signatureSchema = z
  .object({
    name: thaiText({ min: 1, max: 120 }),
    position: thaiText({ min: 1, max: 300 }),
  })
  .strict();
export type Signature = z.infer<typeof signatureSchema>;

/** A calendar date as `YYYY-MM-DD`; documents print it in the Buddhist era. */
export const isoDateSchema = isoDate();

/** How the office prints: options that apply to every document kind. */
export const renderOptionsSchema = z
  .object({
    /** OfficeProfile.thaiDigits: numbers, dates and page numbers in Thai digits. */
    thaiDigits: z.boolean(),
  })
  .strict();
export type RenderOptions = z.infer<typeof renderOptionsSchema>;

/** A paragraph of body text: line breaks allowed, nothing else invisible. */
export const paragraphSchema = thaiText({ min: 1, max: 10_000 });

/** Text typed in a box as paragraphs: one per line typed, blank lines and edge spaces dropped. */
export function typedParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}
