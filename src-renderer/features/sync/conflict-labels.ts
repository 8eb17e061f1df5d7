import type { SyncedTableName } from '../../data';

/**
 * Where each synced table's form labels live in the translations. A conflict names its field
 * the way the form the staff typed it in does, so the labels are reused rather than copied.
 */
const LABEL_NAMESPACES: Record<SyncedTableName, readonly string[]> = {
  officeProfile: ['office.fields'],
  staff: ['staff.fields'],
  staffCredentials: [],
  missions: ['missions.fields'],
  tasks: ['tasks.fields'],
  taskComments: ['tasks.fields'],
  workLinks: ['tasks.fields'],
  institutions: ['internships.fields'],
  interns: ['internships.fields', 'staff.fields'],
  internAttendance: ['internships.fields'],
  internWorkLogs: ['internships.fields'],
  internEvaluations: ['internships.fields'],
  dataErasures: [],
  dataRequests: ['privacy.requests.fields'],
  dataBreaches: ['privacy.breaches.fields'],
  mediaOutlets: ['press.fields'],
  mediaContacts: ['press.fields'],
  distributionLists: ['press.fields'],
  agencies: ['press.fields'],
  complaints: ['complaints.fields'],
  complaintSteps: ['complaints.fields'],
  complaintSettings: ['complaints.fields'],
  pressRequests: ['press.fields'],
  pressReleases: ['press.fields'],
  pressReleaseVersions: ['press.fields'],
  pressSends: ['press.fields'],
  pressPickups: ['press.fields'],
  pressSettings: ['press.fields'],
  briefings: ['briefings.fields'],
  briefingVersions: ['briefings.fields'],
  qaBank: ['briefings.fields'],
  pressConferences: ['press.fields', 'briefings.fields'],
  pressStatements: ['press.fields', 'briefings.fields'],
  surveys: ['surveys.fields'],
  surveyResponses: ['surveys.fields'],
  plans: ['plans.fields'],
  planTags: ['plans.fields'],
  mediaItems: ['monitoring.fields'],
  mediaIssues: ['monitoring.fields'],
  dailyDigests: ['digest.fields'],
};

/** Fields whose form label goes by another name than the stored field. */
const RENAMED: Record<string, string> = {
  'pressRequests.title': 'press.fields.eventTitle',
  'pressRequests.agencyId': 'press.fields.requestingAgency',
  'mediaContacts.title': 'press.fields.personTitle',
  'mediaContacts.outletId': 'press.fields.outlet',
  'mediaOutlets.name': 'press.fields.outletName',
  'mediaOutlets.kind': 'press.fields.outletKind',
  'distributionLists.name': 'press.fields.listName',
  'distributionLists.contactIds': 'press.fields.listContacts',
  'distributionLists.outletIds': 'press.fields.listOutlets',
  'institutions.name': 'internships.fields.institutionName',
  'interns.institutionId': 'internships.fields.institution',
  'interns.mentorId': 'internships.fields.mentor',
  'tasks.description': 'tasks.fields.details',
};

/**
 * The translation key of a field's label, or undefined when no form names it (the caller then
 * shows the field name). `hasKey` is the i18n lookup, passed in so this stays pure and testable.
 * A reference field ("agencyId", "assigneeIds") is labelled like its form's picker ("agency", "assignees").
 */
export function fieldLabelKey(table: string, field: string, hasKey: (key: string) => boolean): string | undefined {
  const renamed = RENAMED[`${table}.${field}`];
  if (renamed && hasKey(renamed)) return renamed;
  const namespaces = LABEL_NAMESPACES[table as SyncedTableName] ?? [];
  const names = [field, field.replace(/Ids$/, 's'), field.replace(/Ids?$/, '')];
  for (const namespace of namespaces) {
    for (const name of names) if (hasKey(`${namespace}.${name}`)) return `${namespace}.${name}`;
  }
  return undefined;
}
