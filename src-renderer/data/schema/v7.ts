import { SCHEMA_V6 } from './v6';

/**
 * Version 7: spokesperson briefings, their frozen versions, the Q&A bank, press conferences
 * and their numbered statements (แถลงการณ์; the id is derived from event + number).
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  briefings: 'id, status, date',
  briefingVersions: 'id, briefingId',
  qaBank: 'id, topic',
  pressConferences: 'id, startsAt',
  pressStatements: 'id, conferenceId',
} as const;
