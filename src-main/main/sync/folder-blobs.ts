import { join } from 'node:path';
import type { BlobFetchResult, BlobUploadResult, LocalBlobFiles } from '../../shared/sync/transport';
import { createBlobStore } from '../blobs/blob-store';
import { toIpcError } from '../files/fs-errors';
import type { KnownBlobs } from './known-blobs';

/**
 * Blob files between this workstation's store and the share's `blobs/` folder, which has the
 * same content-addressed layout (`blobs/<ab>/<sha256>`). Copies land under a temp name and are
 * renamed into place, so a copy cut short (a pulled USB stick, a full disk) is never seen.
 */

/** Puts these blobs on the share: skipped when already there, copied from here, else `notHere`. */
export async function uploadBlobsToFolder(folder: string, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobs): Promise<BlobUploadResult> {
  const share = createBlobStore(join(folder, 'blobs'));
  const result: BlobUploadResult = { uploaded: 0, bytes: 0, notHere: [] };
  const nowKnown: string[] = [];
  try {
    for (const id of new Set(ids)) {
      if (await known.has(id)) continue;
      const localSize = await local.sizeOf(id);
      const shareSize = await share.sizeOf(id);
      // Same size as ours (or we have none to compare): the share has it. A different size is a
      // copy someone else left half-done: ours replaces it (same name, same content when whole).
      if (shareSize !== null && (localSize === null || shareSize === localSize)) {
        nowKnown.push(id);
        continue;
      }
      if (localSize === null) {
        result.notHere.push(id);
        continue;
      }
      result.bytes += await local.copyOut(id, share.pathOf(id), join(folder, 'tmp'));
      result.uploaded += 1;
      nowKnown.push(id);
    }
  } catch (error) {
    throw toIpcError(error);
  } finally {
    // What was copied before a failure stays known: the next sync does not copy it again.
    await known.add(nowKnown).catch(() => undefined);
  }
  return result;
}

/** Copies these blobs from the share into this workstation's store, each verified by its hash. */
export async function fetchBlobsFromFolder(folder: string, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobs): Promise<BlobFetchResult> {
  const share = createBlobStore(join(folder, 'blobs'));
  const result: BlobFetchResult = { fetched: [], missing: [], bytes: 0 };
  const nowKnown: string[] = [];
  try {
    for (const id of new Set(ids)) {
      if ((await local.sizeOf(id)) !== null) {
        result.fetched.push(id);
        continue;
      }
      let outcome: 'copied' | 'present' | 'damaged' | 'absent';
      try {
        outcome = await local.importVerified(share.pathOf(id), id);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        outcome = 'absent';
      }
      // Damaged or short (still being copied by another workstation, or tampered with) is
      // missing, never accepted: the next sync tries again.
      if (outcome === 'damaged' || outcome === 'absent') {
        result.missing.push(id);
        continue;
      }
      result.fetched.push(id);
      result.bytes += (await local.sizeOf(id)) ?? 0;
      nowKnown.push(id);
    }
  } catch (error) {
    throw toIpcError(error);
  } finally {
    await known.add(nowKnown).catch(() => undefined);
  }
  return result;
}
