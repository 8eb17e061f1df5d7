import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from './database-context';
import type { PrDeskDb } from './db';

/**
 * A live read of the open database: `query` runs again whenever what it read changes, or one
 * of `deps` does (the database is always one of them). undefined while loading. The data
 * folders' read hooks are this, so none can leave the database out of its dependencies.
 */
export function useLiveDbQuery<T>(query: (db: PrDeskDb) => Promise<T> | T, deps: readonly unknown[] = []): T | undefined {
  const db = useDb();
  return useLiveQuery(() => query(db), [db, ...deps]);
}

/**
 * Writes (an object of them, or one function) bound to the open database, made once per
 * database: pages list them in effect and callback dependencies, so they must not change from
 * one render to the next.
 */
export function useDbCommands<T>(bind: (db: PrDeskDb) => T): T {
  const db = useDb();
  // `bind` closes over nothing but db: a new arrow each render must not make new commands.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => bind(db), [db]);
}
