import { z } from 'zod';
import { thaiText } from './validation';

/** A record of a PDPA erasure: which record lost which fields, and why. Never the data itself. */
export const dataErasureSchema = z.object({
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  fields: z.array(z.string().max(64)).max(100),
  reason: thaiText({ min: 1, max: 500 }),
});
export type DataErasure = z.infer<typeof dataErasureSchema>;
