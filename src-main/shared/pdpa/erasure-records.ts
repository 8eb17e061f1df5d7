import { z } from 'zod';
import { dataErasureSchema } from '../domain/data-erasure';
import { envelopeSchema } from '../domain/envelope';

/** An erasure record as stored (fields and envelope): what main's erasure ledger keeps. */
export const erasureRecordSchema = dataErasureSchema.extend(envelopeSchema.shape).strict();
export type ErasureRecord = z.infer<typeof erasureRecordSchema>;

/** One record an erasure reached and the fields it scrubbed there (data/erasure.ts computes them). */
export const redactTargetSchema = z
  .object({
    table: z.string().regex(/^[A-Za-z]{1,64}$/),
    recordId: z.string().min(1).max(64),
    fields: z.array(z.string().min(1).max(64)).max(100),
  })
  .strict();
export type RedactTarget = z.infer<typeof redactTargetSchema>;

/** Most targets one erasure sends to main (an intern's years of attendance and logs are a few hundred). */
export const MAX_REDACT_TARGETS = 50_000;
