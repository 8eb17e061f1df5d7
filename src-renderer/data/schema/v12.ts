import { SCHEMA_V11 } from './v11';

/**
 * Version 12: staff sign-in (issue 19). `staffCredentials` holds each person's scrypt hash
 * (made by main, never the PIN), one row per staff member (id = staff id), synced like any
 * office record so a person signs in at every workstation of the office.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  staffCredentials: 'id, staffId',
} as const;
