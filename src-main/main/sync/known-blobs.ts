import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBlobId } from '../../shared/blobs/blob-refs';

/**
 * The blob ids this workstation knows are on a workspace's share (it put them there or fetched
 * them from there), kept in the app's data folder: one id per line, append-only. An office with
 * 100,000 photos would otherwise stat 100,000 files over SMB at every sync just to learn that
 * they are already there.
 *
 * The set can be wrong in one direction only: someone deletes or damages a file on the share
 * after we saw it. Then uploads skip it and other workstations report it missing (named in their
 * summary, never silently absent); repairing share blobs deleted by someone is issue 18.
 */
export interface KnownBlobs {
  has(id: string): Promise<boolean>;
  add(ids: readonly string[]): Promise<void>;
}

const WORKSPACE = /^[0-9a-f-]{36}$/;

export function createKnownBlobs(dir: string, workspaceId: string): KnownBlobs {
  if (!WORKSPACE.test(workspaceId)) throw new RangeError('workspace id');
  const file = join(dir, `${workspaceId}.txt`);
  let loaded: Promise<Set<string>> | null = null;

  const load = () =>
    (loaded ??= readFile(file, 'utf8').then(
      // A line torn by a power cut, or anything that is not an id, is simply not known.
      (text) => new Set(text.split('\n').filter(isBlobId)),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return new Set<string>();
        loaded = null;
        throw error;
      },
    ));

  return {
    has: async (id) => (await load()).has(id),
    async add(ids) {
      const known = await load();
      const fresh = [...new Set(ids)].filter((id) => isBlobId(id) && !known.has(id));
      if (fresh.length === 0) return;
      await mkdir(dir, { recursive: true });
      // A leading newline ends a line a crash may have torn, so the new ids are always whole.
      await appendFile(file, `\n${fresh.join('\n')}\n`, 'utf8');
      for (const id of fresh) known.add(id);
    },
  };
}

/** One KnownBlobs per workspace, loaded once per run of the app. */
export function knownBlobsCache(dir: string): (workspaceId: string) => KnownBlobs {
  const byWorkspace = new Map<string, KnownBlobs>();
  return (workspaceId) => {
    let known = byWorkspace.get(workspaceId);
    if (!known) {
      known = createKnownBlobs(dir, workspaceId);
      byWorkspace.set(workspaceId, known);
    }
    return known;
  };
}
