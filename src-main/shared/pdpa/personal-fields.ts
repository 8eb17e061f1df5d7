/**
 * The PDPA tags of the record schemas: which fields of which table hold personal data, whose,
 * of what category, how a record reaches the person it is about, and what an erasure leaves in
 * each field. Declared once, next to TABLE_SCHEMAS, and read by the erasure (every workstation
 * scrubs the same fields to the same values), the records-of-processing register (ropa.ts) and
 * the access export. `personal-fields.test.ts` walks every table schema: a text, list or object
 * field that is neither tagged here nor listed as reviewed-not-personal fails the build, and so
 * does a placeholder the field's own schema would refuse.
 */

import { TABLE_LABELS } from './table-labels';

/** The people whose data the office holds. */
export const DATA_SUBJECTS = ['intern', 'complainant', 'mediaContact', 'staff', 'respondent', 'contactPerson', 'official', 'requester'] as const;
export type DataSubject = (typeof DATA_SUBJECTS)[number];

export const DATA_SUBJECT_LABELS: Record<DataSubject, string> = {
  intern: 'นักศึกษาฝึกงาน',
  complainant: 'ผู้ร้องเรียน',
  mediaContact: 'สื่อมวลชน (ผู้ติดต่อ)',
  staff: 'เจ้าหน้าที่',
  respondent: 'ผู้ตอบแบบสำรวจ',
  contactPerson: 'ผู้ประสานงานของหน่วยงานและสถานศึกษา',
  official: 'ผู้บริหารและผู้ลงนาม',
  requester: 'ผู้ยื่นคำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล',
};

export const DATA_CATEGORIES = [
  'name',
  'contact',
  'address',
  'identifier',
  'photo',
  'education',
  'work',
  'attendance',
  'evaluation',
  'complaint',
  'credential',
  'opinion',
  'position',
  'third-party',
  'note',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  name: 'ชื่อ-นามสกุลและคำนำหน้า',
  contact: 'ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์)',
  address: 'ที่อยู่',
  identifier: 'รหัสประจำตัว',
  photo: 'ภาพถ่ายและเอกสารสแกน',
  education: 'ข้อมูลการศึกษา',
  work: 'บันทึกการปฏิบัติงาน',
  attendance: 'หมายเหตุการลงเวลาปฏิบัติงาน',
  evaluation: 'ผลการประเมิน',
  complaint: 'รายละเอียดเรื่องร้องเรียน',
  credential: 'ข้อมูลยืนยันตัวตน (ค่าแฮชของรหัส)',
  opinion: 'ความคิดเห็นและคำตอบ',
  position: 'ตำแหน่ง',
  'third-party': 'ข้อมูลบุคคลอื่นที่เกี่ยวข้อง (ผู้ติดต่อฉุกเฉิน)',
  note: 'บันทึกเพิ่มเติมเกี่ยวกับบุคคล',
};

/** What the field reads after an erasure, from the value it held (the same on every workstation). */
export type Placeholder = (value: unknown, recordId: string) => unknown;

/** Shown in place of a name that had to stay non-empty. */
export const ERASED_TEXT = 'ลบข้อมูลส่วนบุคคลแล้ว';

/** An empty value stays empty (an anonymous complaint's name must stay ''); anything else becomes the marker. */
export const erasedText: Placeholder = (value) => (value === '' ? '' : ERASED_TEXT);
export const emptyText: Placeholder = () => '';
export const dash: Placeholder = (value) => (value === '' ? '' : '-');
export const nothing: Placeholder = () => null;
export const emptyList: Placeholder = () => [];
/** A scrypt record no PIN can match (all-zero salt and hash): the erased account cannot sign in. */
export const unusableSecret: Placeholder = (value) => ({
  ...(value !== null && typeof value === 'object' ? value : { kdf: 'scrypt', N: 16_384, r: 8, p: 1 }),
  salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
  hash: `${'A'.repeat(43)}=`,
});

export interface PersonalField {
  category: DataCategory;
  erase: Placeholder;
  /**
   * Kept when the person's data is erased, and why (the law or the office's records need it).
   * A cascade that removes a whole account (an intern's sign-in) still erases it.
   */
  keep?: string;
}

/**
 * How a record reaches the person it is about:
 * - `self`: the record is the person's own (an intern, a complaint for its complainant);
 * - `field`: a field names a record of another table that reaches the person (a work log's
 *   `internId`), optionally only when other fields hold given values (a work link of module
 *   `internship` names a work log).
 */
export type FieldReach = { kind: 'field'; field: string; table: string; when?: Readonly<Record<string, unknown>> };
/**
 * - `subject`: the record names its person by a table and an id together (a PDPA request's
 *   `subjectTable` + `subjectId`): one field reach per table it may name, each `when` the
 *   table field names that table.
 */
export type Reach = { kind: 'self' } | FieldReach | { kind: 'subject'; via: readonly FieldReach[] };

/** The field reaches of a declaration: none for a person's own record. */
export function fieldReaches(reach: Reach | undefined): readonly FieldReach[] {
  if (!reach || reach.kind === 'self') return [];
  return reach.kind === 'field' ? [reach] : reach.via;
}

export interface PersonalTable {
  subject: DataSubject;
  /** Undefined: the data is about officials in their public role and is never erased (kept by law). */
  reach?: Reach;
  fields: Readonly<Record<string, PersonalField>>;
  /**
   * Another person's record to erase with this one, fields and all: an intern's own sign-in
   * account (`staffId` → staff).
   */
  cascade?: readonly { field: string; table: string }[];
  /** The erasure also removes the records (a work log that reads "erased" helps nobody). */
  removeOnErase?: true;
  /** For a person's own record: what an erasure keeps, and the law or duty that needs it (shown in the erasure dialog). */
  keptByLaw?: string;
}

const f = (category: DataCategory, erase: Placeholder, keep?: string): PersonalField => (keep ? { category, erase, keep } : { category, erase });

const OFFICIAL_RECORD = 'ชื่อและตำแหน่งผู้ปฏิบัติงานในเอกสารราชการต้องคงไว้ตามระเบียบงานสารบรรณ';

/** Tables not listed hold no personal data (every field is listed in NOT_PERSONAL instead). */
export const PERSONAL_TABLES: Readonly<Record<string, PersonalTable>> = {
  officeProfile: { subject: 'official', fields: { directorName: f('name', erasedText, OFFICIAL_RECORD) } },
  staff: {
    subject: 'staff',
    reach: { kind: 'self' },
    fields: {
      title: f('name', emptyText, OFFICIAL_RECORD),
      firstName: f('name', erasedText, OFFICIAL_RECORD),
      lastName: f('name', dash, OFFICIAL_RECORD),
      position: f('position', emptyText, OFFICIAL_RECORD),
      phone: f('contact', emptyText),
      email: f('contact', emptyText),
    },
  },
  staffCredentials: { subject: 'staff', reach: { kind: 'field', field: 'staffId', table: 'staff' }, fields: { secret: f('credential', unusableSecret) } },
  taskComments: { subject: 'staff', reach: { kind: 'field', field: 'createdBy', table: 'staff' }, fields: { text: f('work', erasedText, OFFICIAL_RECORD) } },
  workLinks: {
    subject: 'intern',
    reach: { kind: 'field', field: 'recordId', table: 'internWorkLogs', when: { module: 'internship' } },
    fields: { title: f('work', erasedText) },
  },
  institutions: {
    subject: 'contactPerson',
    reach: { kind: 'self' },
    fields: { coordinatorName: f('name', emptyText), coordinatorPhone: f('contact', emptyText), coordinatorEmail: f('contact', emptyText) },
  },
  interns: {
    subject: 'intern',
    reach: { kind: 'self' },
    keptByLaw: 'สถานศึกษา ช่วงเวลาฝึก วันและชั่วโมงที่มาปฏิบัติงาน และกลุ่มงาน คงไว้โดยไม่ระบุตัวบุคคล เพื่อรายงานสถิติการรับนักศึกษาฝึกงานของสำนักงาน',
    cascade: [{ field: 'staffId', table: 'staff' }],
    fields: {
      title: f('name', emptyText),
      firstName: f('name', erasedText),
      lastName: f('name', dash),
      firstNameEn: f('name', emptyText),
      lastNameEn: f('name', emptyText),
      studentId: f('identifier', (_value, id) => `ERASED-${id.slice(-8)}`),
      programme: f('education', emptyText),
      phone: f('contact', emptyText),
      email: f('contact', emptyText),
      emergencyContact: f('third-party', emptyText),
      photoBlobId: f('photo', nothing),
    },
  },
  internAttendance: {
    subject: 'intern',
    reach: { kind: 'field', field: 'internId', table: 'interns' },
    // Days and hours stay: the office reports hours served per institution (anonymised).
    fields: { note: f('attendance', emptyText) },
  },
  internWorkLogs: { subject: 'intern', reach: { kind: 'field', field: 'internId', table: 'interns' }, removeOnErase: true, fields: { text: f('work', erasedText) } },
  internEvaluations: {
    subject: 'intern',
    reach: { kind: 'field', field: 'internId', table: 'interns' },
    removeOnErase: true,
    fields: { scores: f('evaluation', emptyList), overallComment: f('evaluation', emptyText) },
  },
  mediaContacts: {
    subject: 'mediaContact',
    reach: { kind: 'self' },
    keptByLaw: 'สังกัด พื้นที่ข่าว และประวัติการส่งข่าวคงไว้โดยไม่ระบุตัวบุคคล รายชื่อผู้เข้าร่วมแถลงข่าวคงไว้เป็นหลักฐานการจัดงานของราชการ',
    fields: {
      title: f('name', emptyText),
      firstName: f('name', erasedText),
      lastName: f('name', emptyText),
      position: f('position', emptyText),
      phone: f('contact', emptyText),
      email: f('contact', emptyText),
      lineId: f('contact', emptyText),
      note: f('note', emptyText),
    },
  },
  pressSends: {
    subject: 'mediaContact',
    reach: { kind: 'field', field: 'contactId', table: 'mediaContacts' },
    fields: { recipientName: f('name', erasedText), address: f('contact', emptyText) },
  },
  pressConferences: {
    // Invitees' names are copied from the media contacts (kept as the attendance record).
    subject: 'mediaContact',
    fields: { invitees: f('name', emptyList, 'รายชื่อผู้เข้าร่วมแถลงข่าวเป็นหลักฐานการจัดงานของราชการ') },
  },
  agencies: { subject: 'contactPerson', reach: { kind: 'self' }, fields: { contactName: f('name', emptyText) } },
  pressRequests: {
    subject: 'contactPerson',
    reach: { kind: 'self' },
    fields: { contactName: f('name', emptyText), contactPhone: f('contact', emptyText) },
  },
  complaints: {
    subject: 'complainant',
    reach: { kind: 'self' },
    keptByLaw:
      'เลขรับเรื่อง วันที่รับ หัวเรื่อง ประเภท หน่วยงานที่ส่งต่อ และขั้นตอนการดำเนินการ คงไว้โดยไม่ระบุตัวผู้ร้อง ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ และการรายงานผล ITA (O27–O29)',
    fields: {
      complainantName: f('name', erasedText),
      complainantPhone: f('contact', emptyText),
      complainantEmail: f('contact', emptyText),
      complainantAddress: f('address', emptyText),
      details: f('complaint', () => ERASED_TEXT),
      attachments: f('photo', emptyList),
    },
  },
  complaintSteps: { subject: 'complainant', reach: { kind: 'field', field: 'complaintId', table: 'complaints' }, fields: { note: f('complaint', erasedText) } },
  briefings: {
    subject: 'official',
    fields: {
      spokesperson: f('name', emptyText, OFFICIAL_RECORD),
      contacts: f('contact', emptyList, 'ผู้ประสานงานในเอกสารงานโฆษกเป็นข้อมูลติดต่อในหน้าที่ราชการ'),
      reviewedBy: f('name', emptyText, OFFICIAL_RECORD),
      approvedBy: f('name', emptyText, OFFICIAL_RECORD),
      approvedByPosition: f('position', emptyText, OFFICIAL_RECORD),
    },
  },
  pressReleases: {
    subject: 'official',
    fields: { approverName: f('name', emptyText, OFFICIAL_RECORD), approverPosition: f('position', emptyText, OFFICIAL_RECORD) },
  },
  pressStatements: { subject: 'official', fields: { issuedBy: f('name', emptyText, OFFICIAL_RECORD) } },
  qaBank: { subject: 'official', fields: { approver: f('name', erasedText, OFFICIAL_RECORD) } },
  surveyResponses: { subject: 'respondent', reach: { kind: 'self' }, fields: { answers: f('opinion', () => ({})) } },
  dataRequests: {
    // The request goes with the person it is about: erasing an intern reduces her requests too.
    // The log itself stays (kind, dates, status): the office's proof it answered (s.30–36).
    subject: 'requester',
    reach: {
      kind: 'subject',
      via: (['interns', 'complaints', 'mediaContacts', 'staff'] as const).map((table) => ({ kind: 'field' as const, field: 'subjectId', table, when: { subjectTable: table } })),
    },
    fields: {
      requesterName: f('name', erasedText),
      requesterContact: f('contact', emptyText),
      identityCheck: f('identifier', erasedText),
      details: f('note', erasedText),
      answer: f('note', erasedText),
    },
  },
};

/**
 * Fields reviewed and found not to be personal data (ids, dates, counts, office texts, records
 * of organisations). Only text, list, object and record fields need a verdict; numbers,
 * booleans and enumerations cannot name a person.
 */
export const NOT_PERSONAL: Readonly<Record<string, readonly string[]>> = {
  officeProfile: ['officeName', 'province', 'address', 'phone', 'email', 'directorTitle', 'logoBlobId', 'actingDelegations', 'retentionYears'],
  staff: ['startDate'],
  staffCredentials: ['staffId', 'setBy', 'setAt'],
  missions: ['title', 'description', 'targets', 'planLinks'],
  tasks: ['missionId', 'parentId', 'title', 'details', 'assigneeIds', 'startDate', 'dueDate', 'completedOn', 'checklist', 'attachments'],
  taskComments: ['taskId'],
  workLinks: ['missionId', 'taskId', 'recordId', 'date'],
  institutions: ['name', 'faculty', 'criteria'],
  interns: ['institutionId', 'startDate', 'endDate', 'mentorId', 'staffId', 'erasedAt'],
  internAttendance: ['internId', 'date', 'checkIn', 'checkOut'],
  internWorkLogs: ['internId', 'date', 'taskId', 'approvedBy', 'approvedAt'],
  internEvaluations: ['internId', 'evaluatorId', 'date'],
  dataErasures: ['table', 'recordId', 'fields', 'reason'],
  dataRequests: ['receivedDate', 'subjectId', 'answeredDate', 'handledBy'],
  // An incident is described without naming the people affected (the form says so).
  dataBreaches: ['discoveredAt', 'title', 'description', 'categories', 'measures', 'regulatorNotifiedAt', 'subjectsNotifiedAt', 'reportedBy'],
  mediaOutlets: ['name', 'coverageArea', 'beats', 'phone', 'email', 'lineGroup', 'website', 'note'],
  mediaContacts: ['outletId', 'coverageArea', 'beats', 'lastVerifiedAt'],
  distributionLists: ['name', 'description', 'contactIds', 'outletIds'],
  agencies: ['name', 'shortName', 'address', 'phone', 'email'],
  complaints: ['receivedDate', 'subject', 'assigneeId', 'erasedAt'],
  complaintSteps: ['complaintId', 'date', 'staffId', 'agencyId', 'letterNo', 'replyDueDate'],
  pressRequests: ['agencyId', 'title', 'eventDate', 'eventTime', 'place', 'services', 'assignedStaffId', 'note'],
  pressReleases: [
    'headline',
    'dateline',
    'releaseDate',
    'lead',
    'body',
    'quotes',
    'tags',
    'agencyId',
    'requestId',
    'embargoAt',
    'photos',
    'numberLabel',
    'approvedAt',
    'approvedBy',
    'publishedAt',
    'events',
    'terms',
  ],
  pressReleaseVersions: ['releaseId', 'headline', 'lead', 'body'],
  pressSends: ['releaseId', 'contactId', 'outletId', 'sentAt'],
  pressPickups: ['releaseId', 'outletId', 'outletName', 'url', 'clipping', 'date'],
  pressSettings: ['numberFormat'],
  briefings: [
    'title',
    'occasion',
    'audience',
    'situation',
    'background',
    'coreMessage',
    'keyMessages',
    'facts',
    'qas',
    'doNotSay',
    'routingNotes',
    'relatedReleases',
    'relatedReleaseIds',
    'attachments',
    'reviewedAt',
    'approvedAt',
    'approvedById',
    'usedAt',
    'crisisKind',
    'checklist',
    'holdingStatement',
    'date',
  ],
  briefingVersions: ['briefingId', 'snapshot'],
  qaBank: ['topic', 'question', 'answer', 'bridge', 'approvedOn', 'reviewBy'],
  pressConferences: ['title', 'startsAt', 'venue', 'speakers', 'briefingIds', 'runSheet', 'followUps', 'relatedReleases', 'relatedReleaseIds'],
  pressStatements: ['conferenceId', 'title', 'body', 'issuedAt'],
  surveys: ['title', 'description', 'sections', 'questions', 'previousVersionId'],
  surveyResponses: ['surveyId', 'serial'],
  plans: ['title', 'servesPlans', 'themes', 'targetGroups', 'channels', 'kpis', 'monitoring'],
  planTags: ['planId', 'themeId', 'topicId', 'recordId', 'title', 'date'],
  // Published coverage about the province: the form asks for the outlet or page, never a
  // private person's name or account (media-monitoring.ts).
  mediaItems: ['publishedAt', 'headline', 'outletId', 'outletName', 'url', 'clippingBlobId', 'summary', 'issueId', 'agencyId', 'releaseId'],
  mediaIssues: ['title', 'description', 'ownerId', 'agencyId', 'firstSeenAt', 'responses', 'closedOn'],
  // Built from the office's records: subjects and titles, never a complainant (daily-digest.ts).
  dailyDigests: ['date', 'builtAt', 'sections', 'sentAt', 'preparedBy'],
};

export function personalTable(table: string): PersonalTable | undefined {
  return Object.hasOwn(PERSONAL_TABLES, table) ? PERSONAL_TABLES[table] : undefined;
}

/** The record's tombstone field: set by an erasure of a table declared `removeOnErase`. */
export const DELETED = 'deleted';

/**
 * The fields an erasure of `table`'s records changes: all tagged ones but those the law keeps
 * (all of them with `wholeAccount`), and the tombstone where the records go too.
 */
export function erasedFieldsOf(table: string, wholeAccount = false): string[] {
  const declared = personalTable(table);
  if (!declared?.reach) return [];
  const names = Object.entries(declared.fields)
    .filter(([, field]) => wholeAccount || !field.keep)
    .map(([name]) => name);
  return declared.removeOnErase ? [...names, DELETED] : names;
}

/** The tables whose records reach a record of `table` through a field (children of a subject). */
export function tablesReaching(table: string): { table: string; reach: FieldReach }[] {
  const out: { table: string; reach: FieldReach }[] = [];
  for (const [name, declared] of Object.entries(PERSONAL_TABLES)) {
    for (const reach of fieldReaches(declared.reach)) if (reach.table === table) out.push({ table: name, reach });
  }
  return out;
}

/** What one field reads after the erasure, from what it held. Undeclared fields keep their value. */
export function erasedValue(table: string, field: string, value: unknown, recordId: string): unknown {
  if (field === DELETED) return personalTable(table)?.removeOnErase ? true : value;
  const declared = personalTable(table)?.fields[field];
  return declared ? declared.erase(value, recordId) : value;
}

/** A copy of `values` with the erased fields replaced by their placeholders (fields it lacks stay absent). */
export function scrubValues<T extends Record<string, unknown> | undefined>(table: string, recordId: string, values: T, fields: readonly string[]): T {
  if (!values) return values;
  let copy: Record<string, unknown> | undefined;
  for (const name of fields) {
    if (!Object.hasOwn(values, name)) continue;
    const next = erasedValue(table, name, values[name], recordId);
    if (JSON.stringify(next) === JSON.stringify(values[name])) continue;
    copy ??= { ...values };
    copy[name] = next;
  }
  return (copy ?? values) as T;
}

/** What an erasure of a person's own record changes and what it keeps, in Thai, for the erasure dialog. */
const ACCOUNT_GROUP = '\u0000account';

export function erasureScope(table: string): { erased: string[]; removed: string[]; kept: string[] } {
  // The person's own record by category; other tables one line each, saying where: the staff
  // erasure keeps the person's name, but the requests about them lose the requester's, and the
  // dialog must not read as the former.
  const own = new Set<string>();
  const elsewhere = new Map<string, Set<string>>();
  const removed = new Set<string>();
  const kept = new Set<string>();
  const declaredOwn = personalTable(table);
  if (declaredOwn?.keptByLaw) kept.add(declaredOwn.keptByLaw);
  const visit = (name: string, wholeAccount: boolean, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    const declared = personalTable(name);
    if (!declared) return;
    // An account the erasure removes whole (an intern's sign-in) is one line, whatever its tables.
    const group = wholeAccount ? ACCOUNT_GROUP : name;
    const where = name === table ? own : (elsewhere.get(group) ?? new Set<string>());
    if (name !== table) elsewhere.set(group, where);
    for (const field of Object.values(declared.fields)) {
      if (field.keep && !wholeAccount) kept.add(field.keep);
      else where.add(DATA_CATEGORY_LABELS[field.category]);
    }
    if (declared.removeOnErase) removed.add(DATA_CATEGORY_LABELS[Object.values(declared.fields)[0]?.category ?? 'work']);
    for (const child of tablesReaching(name)) visit(child.table, wholeAccount, seen);
    for (const cascade of declared.cascade ?? []) visit(cascade.table, true, seen);
  };
  visit(table, false, new Set());
  const label = (group: string) => (group === ACCOUNT_GROUP ? 'บัญชีเข้าใช้งานในโปรแกรม' : (TABLE_LABELS[group] ?? group));
  const others = [...elsewhere]
    .filter(([, categories]) => categories.size > 0)
    .map(([group, categories]) => (categories.size === 1 && categories.has(label(group)) ? label(group) : `${label(group)}: ${[...categories].join(', ')}`));
  return { erased: [...own, ...others], removed: [...removed], kept: [...kept] };
}
