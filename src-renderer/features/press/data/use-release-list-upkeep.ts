import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Renumbering } from '../../../../src-main/shared/domain/press-numbering';
import { useDb } from '../../../data';
import { reconcileReleaseNumbers } from './release-actions';
import { currentReleaseIndex, releaseWriteVersion, subscribeReleaseWrites, warmReleaseIndex } from './release-index-session';

/**
 * Builds the in-memory search index while the user looks at the list, before the first word is
 * typed: once `listShown` (the first rows are on screen), so building never holds them back.
 */
export function useWarmReleaseIndex(listShown: boolean): void {
  const db = useDb();
  useEffect(() => {
    if (listShown) warmReleaseIndex(db);
  }, [db, listShown]);
}

/**
 * Data from another workstation may have brought a duplicate number: settle it on arrival. Gives
 * the numbers that moved (for the list to say so) and a setter to dismiss them.
 */
export function useRenumberedOnArrival() {
  const db = useDb();
  const [renumbered, setRenumbered] = useState<Renumbering[]>([]);
  useEffect(() => {
    void reconcileReleaseNumbers(db).then((changes) => {
      if (changes.length > 0) setRenumbered(changes);
    });
  }, [db]);
  return [renumbered, setRenumbered] as const;
}

/** A stable empty list until the index is built. */
const NO_TAGS: string[] = [];

/**
 * Every tag in use, for the list's tag filter: from the in-memory index (all releases, not just
 * the rows shown), so the choices do not change with each search answer, nor re-render the
 * filters with it. Empty until the index is built; fresh after every write.
 */
export function useReleaseTags(): string[] {
  const db = useDb();
  const subscribe = useCallback((listener: () => void) => subscribeReleaseWrites(db, listener), [db]);
  const version = useSyncExternalStore(subscribe, () => releaseWriteVersion(db));
  const [tags, setTags] = useState(NO_TAGS);
  useEffect(() => {
    let current = true;
    void currentReleaseIndex(db).then((index) => {
      if (!current || !index) return;
      const next = index.tags(db.readScope.admits.bind(db.readScope, 'pressReleases'));
      // Keep the same array when nothing changed: the memoized filters then stay as they are.
      setTags((previous) => (previous.length === next.length && previous.every((tag, i) => tag === next[i]) ? previous : next));
    });
    return () => {
      current = false;
    };
  }, [db, version]);
  return tags;
}
