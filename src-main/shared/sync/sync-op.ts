import { z } from 'zod';
import type { Hlc } from './hlc';

export type SyncOpKind = 'create' | 'update' | 'delete' | 'restore';

/**
 * One write as it travels between workstations. `bases[field]` lists the stamps of that field
 * the writer had seen and meant to replace — normally the field's previous stamp; for a
 * delete, every field's stamp (the record as the deleter saw it); for a conflict resolution,
 * the winner's and the losers' stamps. Causality comes from `bases`, not from arrival order,
 * which is what makes the merge the same on every device whatever order files arrive in.
 */
export interface SyncOp {
  opId: string;
  table: string;
  recordId: string;
  kind: SyncOpKind;
  hlc: Hlc;
  fields: Record<string, unknown>;
  bases: Record<string, Hlc[]>;
  actor: string;
  deviceId: string;
  at: string;
  /** App data version that wrote it; ops from a newer version wait until this app is updated. */
  schemaVersion: number;
}

const hlcSchema = z.string().regex(/^\d{13}-[0-9a-f]{4}-.+$/);

/** For ops read from files other workstations wrote: never trust their shape. */
export const syncOpSchema = z
  .object({
    opId: z.string().min(1).max(64),
    table: z.string().min(1).max(64),
    recordId: z.string().min(1).max(64),
    kind: z.enum(['create', 'update', 'delete', 'restore']),
    hlc: hlcSchema,
    fields: z.record(z.string().max(64), z.unknown()),
    bases: z.record(z.string().max(64), z.array(hlcSchema).max(1000)),
    actor: z.string().max(64),
    deviceId: z.string().min(1).max(64),
    at: z.string().datetime(),
    schemaVersion: z.number().int().positive(),
  })
  .strict();
