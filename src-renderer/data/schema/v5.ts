import { SCHEMA_V4 } from './v4';

/**
 * Version 5: the media network (issue 5, also read by briefings in issue 6): outlets,
 * contacts, and distribution lists.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  mediaOutlets: 'id, name, kind',
  mediaContacts: 'id, outletId, firstName, lastVerifiedAt',
  distributionLists: 'id, name',
} as const;
