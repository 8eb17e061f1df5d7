import { z } from 'zod';
import { pdfFileNameSchema, pdfRenderRequestSchema } from '../../pdf/documents';

export const pdfContract = {
  /** Renders the document and saves it where the user chooses; `cancelled` if they close the dialog. */
  'pdf:export-document': {
    input: pdfRenderRequestSchema.extend({ suggestedFileName: pdfFileNameSchema }).strict(),
    output: z.object({
      filePath: z.string(),
      pageCount: z.number().int().positive(),
      byteLength: z.number().int().positive(),
    }),
  },
  /** Renders to a temporary file and opens it in the system's PDF viewer. */
  'pdf:preview-document': {
    input: pdfRenderRequestSchema,
    output: z.object({ filePath: z.string(), pageCount: z.number().int().positive() }),
  },
  /**
   * Renders and opens the system print dialog; `cancelled` if the user cancels it. If printing
   * itself fails, the PDF opens in the system viewer instead, so the user can still print it.
   */
  'pdf:print-document': {
    input: pdfRenderRequestSchema,
    output: z.object({
      outcome: z.enum(['printed', 'opened-in-viewer']),
      pageCount: z.number().int().positive(),
    }),
  },
  /**
   * Removes every preview and print file at once, however new (a PDPA erasure: a preview's
   * name and pages may name the erased person). A file still open in a viewer is reported.
   */
  'pdf:forget-previews': {
    input: z.object({}).strict(),
    output: z.object({ removed: z.number().int().nonnegative(), stillOpen: z.number().int().nonnegative() }),
  },
} as const;
