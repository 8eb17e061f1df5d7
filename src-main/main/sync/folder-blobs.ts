import { randomUUID } from 'node:crypto';
import { mkdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobFetchResult, BlobUploadResult, LocalBlobFiles } from '../../shared/sync/transport';
import { toIpcError } from '../files/fs-errors';
import { SHARE_SIZE_CAPS, safeReadFile } from '../workspace/safe-read';
import { blobContentMatches, blobShareName, open, seal } from '../workspace/sealed-file';
import { writeFileAtomic } from './atomic-file';
import type { KnownBlobs } from './known-blobs';
import type { WorkspaceContext } from './workspace-context';

/**
 * Photos and attachments on the share (docs/SYNC-FORMAT.md "Blobs"): each sealed with the office
 * key under a name that is an HMAC of its hash (`blobs/<ab>/<name>`), so the share reveals neither
 * the content nor which workstations hold the same photo. A reader opens it at that path and
 * keeps it only when its bytes hash to the id an op named. Written under a temp name and renamed,
 * so a copy cut short (a pulled USB stick, a full disk) is never seen.
 */
/** What sealing adds to a file: header 34 bytes + GCM tag 16 bytes. */
const SEAL_OVERHEAD = 50;

function sharePath(ctx: WorkspaceContext, id: string): string {
  const name = blobShareName(ctx.officeKey, id);
  return `blobs/${name.slice(0, 2)}/${name}`;
}

async function sizeOnShare(folder: string, path: string): Promise<number | null> {
  const info = await stat(join(folder, path)).catch(() => null);
  return info?.isFile() ? info.size : null;
}

/** Puts these blobs on the share: skipped when already there, sealed from here, else `notHere`. */
export async function uploadBlobsToFolder(folder: string, ctx: WorkspaceContext, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobs): Promise<BlobUploadResult> {
  const result: BlobUploadResult = { uploaded: 0, bytes: 0, notHere: [] };
  const nowKnown: string[] = [];
  try {
    for (const id of new Set(ids)) {
      if (await known.has(id)) continue;
      const path = sharePath(ctx, id);
      const localSize = await local.sizeOf(id);
      const shareSize = await sizeOnShare(folder, path);
      // The size a sealed copy of ours has (or we have none to compare): the share has it. A
      // different size is a copy left half-done or damaged: ours replaces it.
      if (shareSize !== null && (localSize === null || shareSize === localSize + SEAL_OVERHEAD)) {
        nowKnown.push(id);
        continue;
      }
      const bytes = localSize === null ? null : await local.read(id);
      if (!bytes) {
        result.notHere.push(id);
        continue;
      }
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await mkdir(join(folder, 'tmp'), { recursive: true });
      await writeFileAtomic(join(folder, 'tmp', `blob-${randomUUID()}.tmp`), join(folder, path), seal(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'blob', path }, bytes));
      result.bytes += bytes.byteLength;
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

/** Brings these blobs from the share into this workstation's store, each opened and verified by its hash. */
export async function fetchBlobsFromFolder(folder: string, ctx: WorkspaceContext, ids: readonly string[], local: LocalBlobFiles, known: KnownBlobs): Promise<BlobFetchResult> {
  const result: BlobFetchResult = { fetched: [], missing: [], bytes: 0 };
  const nowKnown: string[] = [];
  try {
    for (const id of new Set(ids)) {
      if ((await local.sizeOf(id)) !== null) {
        result.fetched.push(id);
        continue;
      }
      const path = sharePath(ctx, id);
      const read = await safeReadFile(folder, path, SHARE_SIZE_CAPS.blob);
      const opened = read.ok ? open(ctx.officeKey, { workspaceId: ctx.workspaceId, kind: 'blob', path }, read.bytes, SHARE_SIZE_CAPS.blob) : null;
      // Absent, damaged, short (still being copied by another workstation) or tampered with is
      // missing, never accepted: the next sync tries again.
      if (!opened?.ok || !blobContentMatches(opened.plaintext, id)) {
        result.missing.push(id);
        continue;
      }
      await local.put(opened.plaintext);
      result.fetched.push(id);
      result.bytes += opened.plaintext.byteLength;
      nowKnown.push(id);
    }
  } catch (error) {
    throw toIpcError(error);
  } finally {
    await known.add(nowKnown).catch(() => undefined);
  }
  return result;
}

/**
 * Removes these blobs' files from the share (a PDPA erasure: the photo of an erased person).
 * Only the renderer's declaration knows that no record refers to them any more; a file already
 * gone is not an error. The workstation's list of known share files keeps the ids: an erased
 * file is never uploaded again (its records no longer name it).
 */
export async function removeBlobsFromFolder(folder: string, ctx: WorkspaceContext, ids: readonly string[]): Promise<number> {
  let removed = 0;
  for (const id of new Set(ids)) {
    try {
      await unlink(join(folder, sharePath(ctx, id)));
      removed += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toIpcError(error);
    }
  }
  return removed;
}
