import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useDb } from '../../../data';
import { NO_FILTERS, PAGE_SIZE, type ReleaseFilters } from '../model/release-filters';
import { releaseWriteVersion, subscribeReleaseWrites } from './release-index-session';
import { findReleases, type ReleasePage } from './release-search';

export interface ReleaseList {
  filters: ReleaseFilters;
  /** undefined until the first answer; then the latest answer (the previous rows stay meanwhile). */
  page: ReleasePage | undefined;
  /** Changed filters (the rest as they are): the first page of their answer. */
  updateFilters: (patch: Partial<ReleaseFilters>) => void;
  /** One more page of the same answer. */
  showMore: () => void;
}

/**
 * The release list's filters and its answer. A keystroke asks the data layer from the event
 * itself, so the query runs while React renders the typed letter, instead of after that render
 * and an effect (a live query would start only then: about a frame later, measured by the press
 * bench). Every committed write to the releases, from this window or from a sync, asks again;
 * an answer that arrives after a newer question is dropped.
 */
export function useReleaseList(): ReleaseList {
  const db = useDb();
  const [asked, setAsked] = useState({ filters: NO_FILTERS, limit: PAGE_SIZE });
  const [page, setPage] = useState<ReleasePage>();
  const [failure, setFailure] = useState<Error | null>(null);
  const latest = useRef(0);
  const ask = useCallback(
    (filters: ReleaseFilters, limit: number) => {
      const question = ++latest.current;
      findReleases(db, filters, limit).then(
        (answer) => {
          if (question === latest.current) setPage(answer);
        },
        (error: unknown) => {
          if (question === latest.current) setFailure(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
    [db],
  );
  const subscribe = useCallback((listener: () => void) => subscribeReleaseWrites(db, listener), [db]);
  const writes = useSyncExternalStore(subscribe, () => releaseWriteVersion(db));
  // The question of the moment, for the callbacks below and the re-ask after a write (kept in
  // step with `asked` where it changes, never during render).
  const current = useRef(asked);
  // The first answer, and a fresh one after every write.
  useEffect(() => ask(current.current.filters, current.current.limit), [ask, writes]);
  // Stable, so the memoized filter bar and button do not re-render with every answer.
  const updateFilters = useCallback(
    (patch: Partial<ReleaseFilters>) => {
      const filters = { ...current.current.filters, ...patch };
      current.current = { filters, limit: PAGE_SIZE };
      ask(filters, PAGE_SIZE);
      setAsked(current.current);
    },
    [ask],
  );
  const showMore = useCallback(() => {
    const next = { filters: current.current.filters, limit: current.current.limit + PAGE_SIZE };
    current.current = next;
    ask(next.filters, next.limit);
    setAsked(next);
  }, [ask]);
  // A read that failed goes to the page's error boundary, as a live query's would.
  if (failure !== null) throw failure;
  return { filters: asked.filters, page, updateFilters, showMore };
}
