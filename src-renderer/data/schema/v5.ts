import { SCHEMA_V4 } from './v4';

/**
 * Version 5: data several modules share. The media network (press distribution, press
 * conference invitations): outlets, contacts, distribution lists. The agencies directory
 * (press requests, complaint forwarding).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  mediaOutlets: 'id, name, kind',
  mediaContacts: 'id, outletId, firstName, lastVerifiedAt',
  distributionLists: 'id, name',
  agencies: 'id, name, kind',
} as const;
