import { officeProfileRepo, useDbCommands } from '../../../data';
import { loadReleaseRefs } from './release-refs';

/** What a printed briefing or pack needs besides its text: the office profile and the linked releases. */
export function usePrintSources() {
  return useDbCommands((db) => async (releaseIds: readonly string[]) => {
    const profile = await officeProfileRepo(db).get();
    const releases = await loadReleaseRefs(db, releaseIds);
    return { profile, releases };
  });
}
