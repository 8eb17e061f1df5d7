import { useEffect, useState } from 'react';
import { useDb } from '../../../data';
import { NO_FILTERS } from '../model/release-filters';
import { findReleases, type ReleaseRow } from './release-search';

/**
 * The releases holding every word typed, newest first, at most `limit`, for the search of the
 * whole app: the list's own search (in-memory index, what the person acting may see); the
 * previous answer stays until the next arrives. undefined before the first answer.
 */
export function useReleaseHits(query: string, limit: number): ReleaseRow[] | undefined {
  const db = useDb();
  const [hits, setHits] = useState<ReleaseRow[]>();
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    let current = true;
    findReleases(db, { ...NO_FILTERS, query }, limit).then(
      (page) => current && setHits(page.rows),
      (error: unknown) => current && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      current = false;
    };
  }, [db, query, limit]);
  // A read that failed goes to the error boundary, as a live query's would.
  if (failure !== null) throw failure;
  return hits;
}
