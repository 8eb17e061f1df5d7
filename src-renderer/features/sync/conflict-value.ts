/** A field's value as the conflict review shows it: nothing, a (possibly multi-line) text, or a list. */
export type ConflictValue = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

/** The words and date formats the caller's language and display settings give. */
export interface ValueWords {
  yes: string;
  no: string;
  /** "YYYY-MM-DD" as the app shows a date (พ.ศ.). */
  date: (iso: string) => string;
  /** A date with a time, as the app shows it. */
  dateTime: (iso: string) => string;
  /** The name of the record an id refers to (a mission's title, a person's name), if it is known here. */
  reference?: (id: string) => string | undefined;
  /** This field's choice as its form labels it ("done" → "เสร็จแล้ว"), if the field is a choice. */
  option?: (value: string) => string | undefined;
  /** An attachment's size as its list shows it ("12 KB"). */
  fileSize?: (bytes: number) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Blob hashes and similar machine ids: meaningless to a reader, left out of summaries. */
const HASH = /^[0-9a-f]{32,}$/i;
const MAX_SUMMARY = 120;

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * One scalar as the form shows it: a choice by its Thai option, a reference by the name of
 * what it refers to (a short id only when that record is not on this workstation).
 */
function scalarText(value: string | number | boolean, words: ValueWords): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  const option = words.option?.(value);
  if (option) return option;
  if (ISO_DATE.test(value)) return words.date(value);
  if (ISO_DATE_TIME.test(value)) return words.dateTime(value);
  if (UUID.test(value)) return words.reference?.(value) ?? `#${value.slice(0, 8)}`;
  return value;
}

/** An attachment ({blobId, name, mime, size}) as the attachment list shows it: "ไฟล์.pdf (12 KB)". */
function attachmentText(value: object, words: ValueWords): string | null {
  const a = value as { blobId?: unknown; name?: unknown; size?: unknown };
  if (typeof a.blobId !== 'string' || typeof a.name !== 'string' || typeof a.size !== 'number') return null;
  return words.fileSize ? `${a.name} (${words.fileSize(a.size)})` : a.name;
}

/**
 * An object (a quote, a checklist item, a score) in one line: its readable values joined,
 * machine ids left out. Nested objects are summarised the same way.
 */
function summarise(value: unknown, words: ValueWords): string {
  if (isEmpty(value)) return '';
  // Inside an object, strings are free text or ids: a field's choice labels do not apply.
  const inner: ValueWords = { ...words, option: undefined };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    if (typeof value === 'string' && UUID.test(value)) return words.reference?.(value) ?? '';
    return typeof value === 'string' && HASH.test(value) ? '' : scalarText(value, inner);
  }
  if (!Array.isArray(value)) {
    const file = attachmentText(value as object, words);
    if (file) return file;
  }
  const parts = Array.isArray(value) ? value : Object.values(value as object);
  const text = parts
    .map((part) => summarise(part, inner))
    .filter(Boolean)
    .join(' · ');
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

/** A stored value made readable: never raw JSON, lists item by item, line breaks kept as they are. */
export function formatConflictValue(value: unknown, words: ValueWords): ConflictValue {
  if (isEmpty(value)) return { kind: 'empty' };
  if (Array.isArray(value)) {
    const items = value.map((item) => (item !== null && typeof item === 'object' ? summarise(item, words) : isEmpty(item) ? '' : scalarText(item as string | number | boolean, words)));
    return { kind: 'list', items: items.filter(Boolean) };
  }
  if (typeof value === 'object') {
    const text = summarise(value, words);
    return text ? { kind: 'text', text } : { kind: 'empty' };
  }
  return { kind: 'text', text: scalarText(value as string | number | boolean, words) };
}
