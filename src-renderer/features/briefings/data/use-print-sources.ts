import { officeProfileRepo, useDbCommands } from '../../../data';
import { loadLetterhead } from '../../documents/data';
import { loadReleaseRefs } from './release-refs';

/**
 * What a printed briefing, pack or conference paper needs besides its text: the office profile,
 * the linked releases, and on demand (only the papers that print them read them) the letterhead
 * with the logo's bytes and the invited media contacts' positions.
 */
export function usePrintSources() {
  return useDbCommands((db) => async (releaseIds: readonly string[]) => {
    const profile = await officeProfileRepo(db).get();
    const releases = await loadReleaseRefs(db, releaseIds);
    return {
      profile,
      releases,
      /** The letterhead, or null while the office profile has no name (the paper asks for it). */
      letterhead: () => (profile?.officeName ? loadLetterhead(profile) : Promise.resolve(null)),
      /** Each contact's position by id, as the media network has it now ('' for one gone since). */
      contactPositions: async (contactIds: readonly string[]): Promise<ReadonlyMap<string, string>> => {
        const contacts = await db.mediaContacts.bulkGet([...contactIds]);
        return new Map(contacts.flatMap((c) => (c && !c.deleted ? [[c.id, c.position] as const] : [])));
      },
    };
  });
}
