import { createAndUpdate, pressRequestRepo, useDbCommands } from '../../../data';

/** Writes to service requests (คำขอรับบริการ). */
export function useRequestCommands() {
  return useDbCommands((db) => createAndUpdate(db, pressRequestRepo));
}
