import { z } from 'zod';

/**
 * Snapshot format 3: a folder per snapshot, `snapshots/<deviceId>/<snapshotId>/`, holding the
 * merged state of every record as NDJSON parts (one table per part, at most
 * SNAPSHOT_PART_CHARS characters each, gzip) and a MANIFEST.json written LAST. The manifest
 * names every part with its SHA-256, so a snapshot is either whole and verified or ignored; a
 * folder without a manifest is a write still going on (or cut short) and is never read.
 *
 * Formats 1 and 2 (one `snapshots/<deviceId>.json.gz` holding one JSON string) are still read:
 * main converts them into the same parts, so the renderer has one way to apply a snapshot.
 */
export const SNAPSHOT_FORMAT = 'pr-desk-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 3;

/** Characters per part (a Thai character is 3 bytes in UTF-8: ≤ 12 MB a part on IPC). */
export const SNAPSHOT_PART_CHARS = 4_000_000;

export const snapshotTableName = z.string().regex(/^[A-Za-z]{1,64}$/);
const vector = z.record(z.string().regex(/^[0-9a-f-]{36}$/), z.number().int().nonnegative());

export const snapshotPartInfoSchema = z.object({
  table: snapshotTableName,
  rows: z.number().int().nonnegative(),
});

export const snapshotManifestSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    snapshotId: z.string().uuid(),
    deviceId: z.string().uuid(),
    createdAt: z.string(),
    schemaVersion: z.number().int().positive(),
    /** deviceId → last seq of that device's log included in the states. */
    vector,
    /** The sum of the vector: a snapshot covering more ops is preferred. */
    covered: z.number().int().nonnegative(),
    parts: z.array(
      snapshotPartInfoSchema.extend({
        file: z.string().regex(/^\d{6}-[A-Za-z]{1,64}\.ndjson\.gz$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().nonnegative(),
      }),
    ),
  })
  .strict();
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;

/** What the renderer learns about a snapshot before reading its parts. */
export const snapshotOpenedSchema = z.object({
  key: z.string(),
  deviceId: z.string(),
  schemaVersion: z.number().int().positive(),
  vector,
  parts: z.array(snapshotPartInfoSchema),
});
export type SnapshotOpened = z.infer<typeof snapshotOpenedSchema>;

export const snapshotCandidateSchema = z.object({ key: z.string(), deviceId: z.string(), covered: z.number().int().nonnegative() });
export type SnapshotCandidate = z.infer<typeof snapshotCandidateSchema>;

/** One line of a part: a record's id and its compact merge state (see snapshot-codec.ts). */
export const snapshotLineSchema = z
  .object({
    r: z.string().min(1).max(64),
    s: z.object({
      w: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()])),
      // Field names as the app names them: never `__proto__` or another prototype key.
      f: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), z.array(z.unknown())),
    }),
  })
  .strict();
export type SnapshotLine = z.infer<typeof snapshotLineSchema>;
