import { SCHEMA_V10 } from './v10';

/**
 * Version 11: no IndexedDB index on release search terms. The multiEntry `*terms` index held
 * about a hundred keys per release; writing 20,000 releases (a ten-year office joining, a
 * restore) spent most of its time on them (bench: join-new-workstation). Searches use the
 * in-memory term index (features/press/model/release-term-index.ts), built from the `terms`
 * field the records still carry. `backupGens` holds a token per table, changed in the same
 * transaction as the first write after a backup looked (data/backup-gens.ts): an unchanged
 * table is taken from the last backup instead of being read again.
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  pressReleases: 'id, status, agencyId, releaseDate, requestId, [beYear+number], *tags',
  backupGens: 'table',
} as const;
