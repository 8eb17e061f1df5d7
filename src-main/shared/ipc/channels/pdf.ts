import { z } from 'zod';

// Owned by the PDF engine (issue 3): the document kinds and their DTOs are defined in
// src-main/shared/pdf and validated here before main builds anything.
export const pdfContract = {
  'pdf:export-document': { input: z.never(), output: z.never() },
  'pdf:preview-document': { input: z.never(), output: z.never() },
  'pdf:print-document': { input: z.never(), output: z.never() },
} as const;
