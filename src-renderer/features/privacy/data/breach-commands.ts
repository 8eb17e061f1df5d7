import { createAndUpdate, dataBreachRepo, useDbCommands } from '../../../data';

/** The breach log's writes: record an incident, edit it, mark its notices or close it. */
export function useBreachCommands() {
  return useDbCommands((db) => createAndUpdate(db, dataBreachRepo));
}
