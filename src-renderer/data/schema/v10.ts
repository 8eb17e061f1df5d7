import { SCHEMA_V9 } from './v9';

/**
 * Version 10: blobs are files kept by main (DESIGN.md §4). The old `blobs` table stays until
 * its bytes have moved into main's store (data/legacy-blobs.ts empties it after opening: an
 * IndexedDB upgrade cannot wait for IPC). `blobWants` lists blob ids that records received
 * from other workstations refer to and this workstation has not fetched yet, with the record
 * that wants it, so a missing photo is retried on the next sync and named in its summary.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  blobWants: 'blobId, table',
} as const;
