/** Tables whose records are people, named "คำนำหน้า ชื่อ นามสกุล" like the rest of the app does. */
const PERSON_TABLES = new Set(['staff', 'interns', 'mediaContacts']);

/** The field that names a record, in the order tried: whichever the table has first. */
const TITLE_FIELDS = ['headline', 'title', 'name', 'subject', 'question', 'officeName', 'topic', 'text'] as const;

const MAX_TITLE = 80;

/**
 * How a record in conflict is named on screen: its headline/title/name, or a short id when it has
 * none, so staff never have to recognise a record by its UUID alone.
 */
export function conflictRecordTitle(table: string, recordId: string, values: Record<string, unknown>, untitled: (shortId: string) => string): string {
  const text = (key: string) => (typeof values[key] === 'string' ? values[key].trim() : '');
  let title = '';
  if (PERSON_TABLES.has(table)) title = `${text('title')}${text('firstName')} ${text('lastName')}`.trim();
  for (const field of TITLE_FIELDS) {
    if (title) break;
    title = text(field);
  }
  // A comment or log names itself by its first line only.
  title = title.split(/\r?\n/)[0]!.trim();
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1)}…`;
  return title || untitled(recordId.slice(0, 8));
}
