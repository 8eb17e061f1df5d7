import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { useDbCommands } from '../../../data';
import { runSync, type SyncOptions, type SyncSummary } from './sync-engine';

/** Starts a sync of the open database (sync-engine.ts; a second start joins the running one). */
export function useRunSync(): (main: PrDeskClient, options?: SyncOptions) => Promise<SyncSummary> {
  return useDbCommands((db) => (main: PrDeskClient, options?: SyncOptions) => runSync(db, main, options));
}
