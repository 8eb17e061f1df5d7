import { erasePersonWithEdit, mediaContactRepo, type PrDeskDb } from '../../../data';

/**
 * PDPA erasure of a media contact (at their request, or when retention ends), as a synced
 * erasure every workstation carries out (personal-fields.ts): name, position, phone, e-mail,
 * LINE id and note, and the name and address on every send to them. The outlet, beats and the
 * sends themselves stay (the office's record of what it distributed). The contact is switched
 * off so no list sends to them again. Returns the files to remove from main's store.
 */
export async function eraseMediaContact(db: PrDeskDb, contactId: string, reason: string): Promise<string[]> {
  return erasePersonWithEdit(db, { table: 'mediaContacts', recordId: contactId, reason }, mediaContactRepo, { active: false });
}
