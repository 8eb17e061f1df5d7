/** Files the user saves somewhere of their choosing: spreadsheets, data exports, attachments. */
export const EXPORT_CHANNELS = [
  'export:mission-report-xlsx',
  'export:json-file',
  'export:attachment',
  'export:file',
  'export:complaint-report-xlsx',
  'export:survey-xlsx',
  'export:complaint-register',
  'export:ropa-xlsx',
  'export:plan-report-xlsx',
  'export:coverage-report-xlsx',
] as const;
