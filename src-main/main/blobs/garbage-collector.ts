import type { BlobStore } from './blob-store';

/**
 * A blob younger than this is never collected: a photo just picked in a form that is not saved
 * yet has no record referring to it, and must not vanish before the save.
 */
export const GC_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Removes blobs from this workstation's store that no record refers to. The renderer sends the
 * ids still referenced in parts (`keep`, then `final`); only then is the store swept. Every
 * backup holds its own copy of the blobs it lists (backup store), so a backup that still needs
 * a photo keeps it after the workstation's copy is gone; the backup store is swept only when
 * the last backup listing a blob is rotated away (main/backup).
 */
export function createGarbageCollector(store: BlobStore, now: () => Date) {
  let run: { id: string; keep: Set<string> } | null = null;
  return {
    async step({ runId, keep, final }: { runId: string; keep: readonly string[]; final: boolean }) {
      if (!run || run.id !== runId) run = { id: runId, keep: new Set() };
      for (const id of keep) run.keep.add(id);
      if (!final) return { removed: 0, freedBytes: 0 };
      const kept = run.keep;
      run = null;
      const cutoff = now().getTime() - GC_GRACE_MS;
      let removed = 0;
      let freedBytes = 0;
      for await (const blob of store.list()) {
        if (kept.has(blob.id) || blob.mtimeMs > cutoff) continue;
        await store.remove(blob.id);
        removed += 1;
        freedBytes += blob.size;
      }
      return { removed, freedBytes };
    },
  };
}
