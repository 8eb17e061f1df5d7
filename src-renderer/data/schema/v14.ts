import { SCHEMA_V13 } from './v13';

/**
 * Version 14: no new table or index. Complaints gain an optional `complaintType` (general, or
 * corruption and misconduct: ITA O27–O29); a complaint without it reads by its sub-category
 * (`complaintTypeOf`), so nothing stored is rewritten. The version moves so that the ops that
 * carry the new field say 14: an older workstation holds them back until it is upgraded
 * (shared/sync/intake.ts) instead of refusing a field it does not know. Surveys gain, in the
 * same release, the optional `doubleEntry` setting and the responses' optional `keying`
 * (absent = the first keying, as every older record): held back alike.
 */
export const SCHEMA_V14 = {
  ...SCHEMA_V13,
} as const;
