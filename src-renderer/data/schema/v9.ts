import { SCHEMA_V8 } from './v8';

/**
 * Version 9: complaints (รับเรื่องราวร้องทุกข์). Steps are their own table so steps written on
 * two workstations both survive sync; the settings table holds one office-wide record.
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  complaints: 'id, yearBE, receivedDate',
  complaintSteps: 'id, complaintId, kind, agencyId',
  complaintSettings: 'id',
} as const;
