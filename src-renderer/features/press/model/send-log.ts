import { mediaContactDisplayName, type MediaContact } from '../../../../src-main/shared/domain/media';
import type { PressSend, SendChannel } from '../../../../src-main/shared/domain/press';

type Contact = Pick<MediaContact, 'title' | 'firstName' | 'lastName' | 'lineId' | 'email' | 'outletId'> & { id: string };

/** Where a send to this contact goes on this channel (LINE ID, e-mail address). */
export function contactAddress(contact: Contact, channel: SendChannel): string {
  if (channel === 'line') return contact.lineId;
  if (channel === 'email') return contact.email;
  return '';
}

/** One send-log entry per recipient, all at the same moment. */
export function sendEntries(releaseId: string, channel: SendChannel, contacts: readonly Contact[], sentAt: string): PressSend[] {
  return contacts.map((c) => ({
    releaseId,
    channel,
    contactId: c.id,
    outletId: c.outletId,
    recipientName: mediaContactDisplayName(c) || c.id,
    address: contactAddress(c, channel),
    sentAt,
  }));
}
