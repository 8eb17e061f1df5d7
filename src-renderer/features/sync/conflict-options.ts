/**
 * Where the form's Thai option labels of each choice field live in the translations
 * ("tasks.status" → t('tasks.status.done') = "เสร็จแล้ว"). The forms build their Select options
 * from these same keys, so the conflict review shows the words staff picked from, without a
 * second table of labels. A field not listed shows its stored value.
 */
const OPTION_PREFIXES: Record<string, string> = {
  'staff.role': 'roles',
  'staff.workGroup': 'workGroups',
  'missions.workGroup': 'workGroups',
  'tasks.workGroup': 'workGroups',
  'tasks.status': 'tasks.status',
  'tasks.priority': 'tasks.priority',
  'tasks.recurrence': 'tasks.recurrence',
  'workLinks.module': 'workLinks.modules',
  'interns.workGroup': 'workGroups',
  'interns.status': 'internships.status',
  'mediaOutlets.kind': 'press.outletKind',
  'mediaContacts.pdpaBasis': 'press.pdpa',
  'agencies.kind': 'press.agencyKind',
  'complaints.channel': 'complaints.channels',
  'complaints.category': 'complaints.categories',
  'complaints.subcategory': 'complaints.subcategories',
  'complaintSteps.kind': 'complaints.steps',
  'pressRequests.status': 'press.requestStatus',
  'pressRequests.services': 'press.service',
  'pressReleases.status': 'press.status',
  'pressReleaseVersions.reason': 'press.event',
  'pressSends.channel': 'press.channel',
  'briefings.urgency': 'briefings.urgency',
  'briefings.secrecy': 'briefings.secrecy',
  'briefings.status': 'briefings.status',
};

/**
 * The translation key of a stored choice as its form labels it, or undefined when the field is
 * not a choice or the value is not one of its options (then the value is shown as it is).
 */
export function optionLabelKey(table: string, field: string, value: unknown, hasKey: (key: string) => boolean): string | undefined {
  const prefix = Object.prototype.hasOwnProperty.call(OPTION_PREFIXES, `${table}.${field}`) ? OPTION_PREFIXES[`${table}.${field}`] : undefined;
  if (!prefix || typeof value !== 'string') return undefined;
  const key = `${prefix}.${value}`;
  return hasKey(key) ? key : undefined;
}

/** True when the field's form offers a fixed list of options. */
export function isChoiceField(table: string, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(OPTION_PREFIXES, `${table}.${field}`);
}

/** Every mapped field, for the test that checks each option has its Thai label. */
export const OPTION_FIELDS = Object.keys(OPTION_PREFIXES);
