import { createAndUpdate, distributionListRepo, mediaContactRepo, mediaOutletRepo, useDbCommands } from '../../../data';
import { eraseMediaContact } from './contact-privacy';

// Writes to the media network from its forms.

export function useOutletCommands() {
  return useDbCommands((db) => createAndUpdate(db, mediaOutletRepo));
}

export function useContactCommands() {
  return useDbCommands((db) => ({
    ...createAndUpdate(db, mediaContactRepo),
    /** The contact's details were confirmed (with them) on this date. */
    markVerified: (id: string, date: string) => mediaContactRepo(db).update(id, { lastVerifiedAt: date }),
    /** PDPA erasure (see eraseMediaContact); returns the files to remove from main's store. */
    erase: (id: string, reason: string) => eraseMediaContact(db, id, reason),
  }));
}

export function useDistributionListCommands() {
  return useDbCommands((db) => createAndUpdate(db, distributionListRepo));
}
