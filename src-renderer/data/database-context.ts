import { createContext, useContext } from 'react';
import type { PrDeskDb } from './db';

/**
 * The open database, for the data layer's own hooks only (features/<module>/data and this
 * folder). Pages and components never see it: they call those hooks, so every read and write of
 * a module lives in one place (lint-enforced, docs/ARCHITECTURE.md).
 */
export const DatabaseContext = createContext<PrDeskDb | null>(null);

export function useDb(): PrDeskDb {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDb outside <DatabaseContext.Provider>');
  return db;
}
