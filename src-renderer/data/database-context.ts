import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { PrDeskDb } from './db';
import type { StartedDatabase } from './start-database';

/**
 * The open database, for the data layer's own hooks only (features/<module>/data and this
 * folder). Pages and components never see it: they call those hooks, so every read and write of
 * a module lives in one place (lint-enforced, docs/ARCHITECTURE.md).
 */
export const DatabaseContext = createContext<PrDeskDb | null>(null);

/** Gives the data hooks below it the database startDatabase opened; the shell renders it. */
export function DatabaseProvider({ started, children }: { started: StartedDatabase; children: ReactNode }) {
  return createElement(DatabaseContext.Provider, { value: started.database }, children);
}

export function useDb(): PrDeskDb {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDb outside <DatabaseProvider>');
  return db;
}
