import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** The store holding one token per table (schema v11). */
export const BACKUP_GENS_TABLE = 'backupGens';

export interface BackupGenRow {
  table: string;
  /** A fresh random token each time the table is first written after a backup looked. */
  token: string;
}

/**
 * Which tables changed since a backup, known durably, so an unchanged table's parts can be
 * taken from the last backup instead of being read out of IndexedDB again (a ten-year office
 * spends most of a backup reading records it backed up yesterday).
 *
 * Each table has a token. The first write to a table after a backup took its snapshot sets a
 * new random token IN THE SAME TRANSACTION as the write (read-write transactions are widened to
 * include `backupGens`), so a token on disk always describes the data on disk: an aborted
 * write leaves the old token with the old data. A backup records the tokens it saw before
 * reading; a table whose token is still the same has not been written since (docs/BACKUPS.md).
 * Tokens are random, never counters, so a token can never come back after a crash.
 *
 * One tracker per database connection: the app opens its database once per window.
 */
export class BackupGens {
  private readonly tokens = new Map<string, string>();
  /** Tables given a new token since the last snapshot: later writes need not touch the store. */
  private readonly bumped = new Set<string>();

  /** Loads the tokens on disk (after the database opened). */
  load(rows: readonly BackupGenRow[]): void {
    for (const row of rows) this.tokens.set(row.table, row.token);
  }

  /**
   * The tokens as they stand, taken before a backup reads anything: the next write to any
   * table sets a new token, so a write made while the backup runs makes its table read again
   * next time. A table never written has the token ''.
   */
  snapshot(tables: readonly string[]): Record<string, string> {
    this.bumped.clear();
    return Object.fromEntries(tables.map((table) => [table, this.tokens.get(table) ?? '']));
  }

  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'pr-desk-backup-gens',
    // Below the outbox middleware (level 10), so the outbox's own writes are seen here too.
    level: 1,
    create: (down) => {
      // An older schema seen during an upgrade has no such store: nothing is tracked then (a
      // backup never reuses parts across schema versions anyway).
      if (!down.schema.tables.some((t) => t.name === BACKUP_GENS_TABLE)) return down;
      const gens = down.table(BACKUP_GENS_TABLE);
      return {
        ...down,
        transaction(stores, mode, options) {
          const widened = mode === 'readwrite' && !stores.includes(BACKUP_GENS_TABLE) ? [...stores, BACKUP_GENS_TABLE] : stores;
          return down.transaction(widened, mode, options);
        },
        table: (name) => {
          const table = down.table(name);
          if (name === BACKUP_GENS_TABLE) return table;
          return {
            ...table,
            mutate: async (req: DBCoreMutateRequest) => {
              if (!this.bumped.has(name)) {
                const token = crypto.randomUUID();
                await gens.mutate({ type: 'put', trans: req.trans, values: [{ table: name, token } satisfies BackupGenRow] });
                this.bumped.add(name);
                this.tokens.set(name, token);
              }
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}
