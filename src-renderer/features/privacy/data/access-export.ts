import { DATA_REQUEST_SUBJECT_TABLES } from '../../../../src-main/shared/domain/data-request';
import { DEFAULT_CRITERIA } from '../../../../src-main/shared/domain/internship';
import type { OfficeProfile } from '../../../../src-main/shared/domain/office-profile';
import type { Letterhead } from '../../../../src-main/shared/pdf/document-parts';
import { subjectAccessDocumentSchema, type AccessProcessing, type SubjectAccessDocument } from '../../../../src-main/shared/pdf/subject-access';
import { MAX_EXPORT_BYTES } from '../../../../src-main/shared/ipc/channels/export';
import { ACCESS_FIELDS } from '../../../../src-main/shared/pdpa/access-labels';
import { accessJson, accessSections, type AccessRecordInput } from '../../../../src-main/shared/pdpa/access-report';
import { DATA_SUBJECT_LABELS, personalTable } from '../../../../src-main/shared/pdpa/personal-fields';
import { ROPA_ACTIVITIES } from '../../../../src-main/shared/pdpa/ropa';
import { personRecords, type DataRequestRecord, type PrDeskDb } from '../../../data';
import { nameKey, recordName } from '../model/record-names';
import { loadRecordNames } from './record-names';

type Row = Record<string, unknown>;

const complainantOf = (row: Readonly<Row>) => (typeof row.complainantName === 'string' ? row.complainantName : '');

/** Every record about the request's person on this workstation, the request itself included. */
async function recordsAbout(db: PrDeskDb, request: DataRequestRecord): Promise<AccessRecordInput[]> {
  const found = request.subjectTable && request.subjectId ? await personRecords(db, request.subjectTable, request.subjectId) : [{ table: 'dataRequests', recordId: request.id }];
  const out: AccessRecordInput[] = [];
  for (const { table, recordId } of found) {
    const row = await db.table<Row, string>(table).get(recordId);
    if (row) out.push({ table, row });
  }
  return out;
}

/** The ids the records point at (mentors, institutions …), by table, to name them. */
function referencedIds(records: readonly AccessRecordInput[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const { table, row } of records) {
    for (const [name, field] of Object.entries(ACCESS_FIELDS[table] ?? {})) {
      const value = row[name];
      if (field?.show !== 'ref' || typeof value !== 'string' || !value) continue;
      const ids = refs.get(field.table) ?? new Set<string>();
      ids.add(value);
      refs.set(field.table, ids);
    }
  }
  return refs;
}

/** Criterion and question labels: the institutions' forms and the surveys this workstation holds. */
async function answerLabels(db: PrDeskDb): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const c of DEFAULT_CRITERIA) labels.set(`criterion\u0000${c.id}`, c.name);
  for (const institution of await db.institutions.toArray()) for (const c of institution.criteria) labels.set(`criterion\u0000${c.id}`, c.name);
  for (const survey of await db.surveys.toArray()) for (const q of survey.questions) labels.set(`question\u0000${q.id}`, q.text);
  return labels;
}

/** What the office does with these kinds of records (the ROPA activities of their tables). */
function processingOf(tables: ReadonlySet<string>): AccessProcessing[] {
  return ROPA_ACTIVITIES.filter((activity) => activity.tables.some((table) => tables.has(table))).map(({ title, purpose, lawfulBasis, retention, recipients, source }) => ({
    title,
    purpose,
    lawfulBasis,
    retention,
    recipients,
    source,
  }));
}

export interface AccessExport {
  document: SubjectAccessDocument;
  /** The machine-readable copy with Thai keys (PDPA s.31). */
  json: string;
  records: number;
}

/**
 * The access export for a request (PDPA s.30): a Thai PDF document and its JSON twin, made of
 * every record this workstation holds about the person the request names.
 */
export async function buildAccessExport(
  db: PrDeskDb,
  request: DataRequestRecord,
  number: string,
  profile: OfficeProfile,
  letterhead: Letterhead,
  today: string,
): Promise<AccessExport> {
  const records = await recordsAbout(db, request);
  const names = await loadRecordNames(db, referencedIds(records));
  const labels = await answerLabels(db);
  const sections = accessSections(records, {
    nameOf: (table, id) => names.get(nameKey(table, id)),
    labelOf: (kind, id) => labels.get(`${kind}\u0000${id}`),
  });
  const own = records.find((r) => r.table === request.subjectTable && r.row.id === request.subjectId);
  const subjectKind = request.subjectTable && (DATA_REQUEST_SUBJECT_TABLES as readonly string[]).includes(request.subjectTable) ? personalTable(request.subjectTable)?.subject : undefined;
  const document: SubjectAccessDocument = {
    kind: 'subject-access',
    letterhead,
    preparedOn: today,
    request: { reference: number, receivedDate: request.receivedDate, requesterName: request.requesterName },
    subject: {
      kindLabel: subjectKind ? DATA_SUBJECT_LABELS[subjectKind] : DATA_SUBJECT_LABELS.requester,
      name: (own && (own.table === 'complaints' ? complainantOf(own.row) : recordName(own.table, own.row))) || request.requesterName,
    },
    processing: processingOf(new Set(records.map((r) => r.table))),
    sections,
    signer: { name: profile.directorName, position: profile.directorTitle },
  };
  const json = accessJson({ ...document, controller: [profile.officeName, profile.address].filter(Boolean).join(' ') });
  return { document, json, records: records.length };
}

/**
 * Whether each form of the export can be made: main refuses a PDF its schema refuses (over
 * 10,000 records of one kind, or a value over 20,000 characters: a staff member's ten years of
 * task comments can get there) and a data file over its export cap. Asked before the buttons
 * are offered, so the dialog says so in Thai instead of failing at the click.
 */
export function accessExportFits(made: AccessExport): { pdf: boolean; json: boolean } {
  return { pdf: subjectAccessDocumentSchema.safeParse(made.document).success, json: made.json.length <= MAX_EXPORT_BYTES };
}
