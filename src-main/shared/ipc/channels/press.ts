import { z } from 'zod';
import { blobIdSchema } from '../../blobs/blob-refs';
import { thaiText } from '../../domain/validation';

/** A photo of the release, copied by main from its blob store (a release holds at most 60). */
const bundlePhoto = z
  .object({
    /** Suggested name; main makes it safe and unique. */
    fileName: z.string().trim().min(1).max(200),
    blobId: blobIdSchema,
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
          .max(60),
        captions: thaiText({ max: 60_000 }),
      })
      .strict(),
    output: z.object({ folderPath: z.string(), fileCount: z.number().int().nonnegative() }),
  },
} as const;
