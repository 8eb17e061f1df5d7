import { z } from 'zod';

/**
 * Every synced record carries this envelope (DESIGN.md §4). Ids are UUIDv7 strings so two
 * workstations never hand out the same id; nothing is hard-deleted (`deleted` is a tombstone);
 * `clocks` holds one hybrid-logical-clock stamp per field for field-level merge during sync.
 */
export const recordIdSchema = z.string().uuid();

export const envelopeSchema = z.object({
  id: recordIdSchema,
  createdAt: z.string().datetime(),
  createdBy: z.string(),
  updatedAt: z.string().datetime(),
  updatedBy: z.string(),
  deleted: z.boolean(),
  /** field name → HLC stamp of its last write (see shared/sync/hlc.ts). */
  clocks: z.record(z.string(), z.string()),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** The envelope fields, which features never write themselves. */
export const ENVELOPE_KEYS = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deleted',
  'clocks',
] as const satisfies readonly (keyof Envelope)[];

export type WithEnvelope<T> = T & Envelope;

/** `createdBy`/`updatedBy` before anybody has said who is using the workstation. */
export const UNKNOWN_ACTOR = 'unknown';
