import { agencyRepo, createAndUpdate, useDbCommands } from '../../../data';

/** Writes to the agencies directory (ทำเนียบหน่วยงาน), whose pages live in press. */
export function useAgencyCommands() {
  return useDbCommands((db) => createAndUpdate(db, agencyRepo));
}
