import { SCHEMA_V5 } from './v5';

/**
 * Version 6: press service. Requests from agencies, news releases (numbered per พ.ศ. year at
 * approval, `[beYear+number]`; Thai search terms in the multiEntry `*terms` index), their
 * saved versions, the send log and the pickup log, and the office's press settings.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  pressRequests: 'id, agencyId, eventDate, status',
  pressReleases: 'id, status, agencyId, releaseDate, requestId, [beYear+number], *terms, *tags',
  pressReleaseVersions: 'id, releaseId',
  pressSends: 'id, releaseId, contactId, sentAt',
  pressPickups: 'id, releaseId, outletId, date',
  pressSettings: 'id',
} as const;
