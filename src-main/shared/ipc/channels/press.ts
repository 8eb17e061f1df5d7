import { z } from 'zod';
import { thaiText } from '../../domain/validation';

/** data/blobs.ts caps a stored photo at 25 MB; a release holds at most 60 photos. */
const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
const MAX_BUNDLE_BYTES = 400 * 1024 * 1024;

const bundlePhoto = z
  .object({
    /** Suggested name; main makes it safe and unique. */
    fileName: z.string().trim().min(1).max(200),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_PHOTO_BYTES),
  })
  .strict();

export const pressContract = {
  /**
   * A release's photos (and a text file of captions and credits) written into a new folder
   * inside the folder the user picks; `cancelled` if they close the picker.
   */
  'press:export-photo-bundle': {
    input: z
      .object({
        folderName: z.string().trim().min(1).max(150),
        photos: z
          .array(bundlePhoto)
          .min(1)
          .max(60)
          .refine((photos) => photos.reduce((sum, p) => sum + p.bytes.byteLength, 0) <= MAX_BUNDLE_BYTES),
        captions: thaiText({ max: 60_000 }),
      })
      .strict(),
    output: z.object({ folderPath: z.string(), fileCount: z.number().int().nonnegative() }),
  },
} as const;
