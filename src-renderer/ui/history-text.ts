import type { TFunction } from 'i18next';
import { ACCESS_FIELDS } from '../../src-main/shared/pdpa/access-labels';
import { formatThaiDateLong, formatThaiTime } from '../../src-main/shared/text/thai-date';

/** How one field of a record reads in its history, when the defaults are not enough. */
export interface HistoryField {
  /** Locale key of the field's label as the form shows it. */
  label?: string;
  /** Locale key prefix of a coded value's names: the value `high` reads `t(`${choice}.high`)`. */
  choice?: string;
  /** Locale key of the text after a number ("{{n}}%"); `n` is the number. */
  number?: string;
}

export interface HistoryTextContext {
  t: TFunction;
  /** The record's table: the PDPA access labels (shared/pdpa/access-labels) give Thai labels and choices. */
  table: string;
  /** Record id → its name (a person, an agency, a mission), as the history read them. */
  names: ReadonlyMap<string, string>;
  /** Per field: label key, choice names (locale keys), as the form shows them. */
  fields?: Readonly<Record<string, HistoryField>>;
  /** Locale key prefix of the form's field labels (`tasks.fields`): `${prefix}.${field}`. */
  labelPrefix?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK = /^(\d{2}):(\d{2})$/;
const BLOB_ID = /^[0-9a-f]{64}$/;
/** Keys of nested items that are bookkeeping, not what a person reads (an attachment's hash, size). */
const BOOKKEEPING = new Set(['id', 'blobId', 'mime', 'size']);

/** A field's label as the form shows it: the form's locale key, else the PDPA access label (Thai). */
export function historyFieldLabel(field: string, ctx: HistoryTextContext): string {
  const { t } = ctx;
  const key = ctx.fields?.[field]?.label ?? (ctx.labelPrefix ? `${ctx.labelPrefix}.${field}` : undefined);
  const own = key ? t(key, { defaultValue: '' }) : '';
  if (own) return own;
  const access = ACCESS_FIELDS[ctx.table]?.[field];
  if (access) return access.label;
  return t(`history.field.${field}`, { defaultValue: field });
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Any value as words: dates in พ.ศ., ids as names, yes/no, lists; never JSON or an id. */
function plainText(value: unknown, ctx: HistoryTextContext): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return ctx.names.get(value) ?? t('history.missingRecord');
    if (ISO_DATE.test(value)) return formatThaiDateLong(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
      const at = new Date(value);
      return `${formatThaiDateLong(at)} ${formatThaiTime(at)}`;
    }
    if (BLOB_ID.test(value)) return t('history.file');
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => plainText(item, ctx)).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    // A checklist item: its text, and whether it is done.
    if (typeof item.text === 'string' && typeof item.done === 'boolean') return item.done ? t('history.itemDone', { text: item.text }) : item.text;
    for (const key of ['name', 'title', 'text'] as const) if (typeof item[key] === 'string' && item[key]) return item[key];
    return Object.entries(item)
      .filter(([key]) => !BOOKKEEPING.has(key))
      .map(([, v]) => plainText(v, ctx))
      .filter(Boolean)
      .join(' ');
  }
  return '';
}

/** A field's value as the form shows it, in the user's language. */
export function historyValueText(field: string, value: unknown, ctx: HistoryTextContext): string {
  const { t } = ctx;
  if (isEmpty(value)) return t('history.empty');
  const own = ctx.fields?.[field];
  if (own?.choice && typeof value === 'string') return t(`${own.choice}.${value}`, { defaultValue: value });
  if (own?.number && typeof value === 'number') return t(own.number, { n: value });
  const access = ACCESS_FIELDS[ctx.table]?.[field];
  if (access?.show === 'choice' && typeof value === 'string') return access.labels[value] ?? value;
  if (access?.show === 'time' && typeof value === 'string') {
    const clock = CLOCK.exec(value);
    if (clock) return t('history.clock', { hours: clock[1], minutes: clock[2] });
  }
  return plainText(value, ctx) || t('history.empty');
}
