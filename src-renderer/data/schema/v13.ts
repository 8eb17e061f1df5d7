import { SCHEMA_V12 } from './v12';

/**
 * Version 13: PDPA requests and breaches (issue 20). `dataRequests` is found by the person it
 * names (the erasure and the access export follow `[subjectTable+subjectId]`) and listed by
 * date; `dataBreaches` by when the office became aware.
 */
export const SCHEMA_V13 = {
  ...SCHEMA_V12,
  dataRequests: 'id, [subjectTable+subjectId], receivedDate',
  dataBreaches: 'id, discoveredAt',
} as const;
