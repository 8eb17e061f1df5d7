import type { AccessSection } from '../pdf/subject-access';
import { formatThaiDateLong, formatThaiTime } from '../text/thai-date';
import { ACCESS_FIELDS, ACCESS_SECTION_TITLES, type AccessField } from './access-labels';

/**
 * The access export's content (PDPA s.30): the records about one person, each field written
 * out in Thai as the person would read it. Pure: the renderer gathers the records and a way to
 * name what they point at; the PDF and the machine-readable file are both made from this.
 */

export interface AccessRecordInput {
  table: string;
  row: Readonly<Record<string, unknown>>;
}

export interface AccessLookup {
  /** The name of the record `id` of `table` (a mentor's name, an institution), if this workstation has it. */
  nameOf(table: string, id: string): string | undefined;
  /** Thai labels of a survey's questions and an evaluation's criteria, when known. */
  labelOf?(kind: 'question' | 'criterion', id: string): string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^(\d{2}):(\d{2})/;

function isoDateText(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? formatThaiDateLong(value) : '';
}

function instantText(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return '';
  const at = new Date(value);
  return `${formatThaiDateLong(at)} เวลา ${formatThaiTime(at)}`;
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function listText(value: unknown): string {
  return Array.isArray(value) ? value.map(plain).filter(Boolean).join(', ') : plain(value);
}

function filesText(value: unknown): string {
  if (typeof value === 'string') return value ? 'มีรูปถ่ายเก็บไว้ 1 ไฟล์' : '';
  if (!Array.isArray(value)) return '';
  const names = value.map((file) => (file && typeof file === 'object' && 'name' in file ? plain((file as { name: unknown }).name) : '')).filter(Boolean);
  return names.length === 0 ? '' : `${names.length} ไฟล์: ${names.join(', ')}`;
}

function scoresText(value: unknown, lookup: AccessLookup): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((item: { criterionId?: unknown; score?: unknown; comment?: unknown }) => {
      const id = plain(item.criterionId);
      const name = lookup.labelOf?.('criterion', id) ?? id;
      const comment = plain(item.comment);
      return `${name}: ${plain(item.score)}${comment ? ` (${comment})` : ''}`;
    })
    .join('\n');
}

function answersText(value: unknown, lookup: AccessLookup): string {
  if (!value || typeof value !== 'object') return '';
  return Object.entries(value)
    .map(([id, answer]) => `${lookup.labelOf?.('question', id) ?? id}: ${Array.isArray(answer) ? answer.map(plain).join(', ') : plain(answer)}`)
    .join('\n');
}

/** One value as the person reads it ('' when there is nothing). */
export function accessValueText(field: AccessField, value: unknown, lookup: AccessLookup): string {
  switch (field.show) {
    case 'text':
    case 'number':
      return plain(value);
    case 'date':
      return isoDateText(value);
    case 'instant':
      return instantText(value);
    case 'time': {
      const match = typeof value === 'string' ? CLOCK.exec(value) : null;
      return match ? `${match[1]}.${match[2]} น.` : '';
    }
    case 'yesNo':
      return value === true ? 'ใช่' : value === false ? 'ไม่ใช่' : '';
    case 'list':
      return listText(value);
    case 'files':
      return filesText(value);
    case 'scores':
      return scoresText(value, lookup);
    case 'answers':
      return answersText(value, lookup);
    case 'choice':
      return typeof value === 'string' ? (field.labels[value] ?? value) : '';
    case 'ref':
      return typeof value === 'string' && value ? (lookup.nameOf(field.table, value) ?? 'รายการที่ไม่มีในเครื่องนี้') : '';
  }
}

/** A record's heading: its date or name, so a long list reads like a register. */
function headingOf(table: string, row: Readonly<Record<string, unknown>>, index: number): string {
  const when = isoDateText(row.date) || isoDateText(row.receivedDate);
  const base = when || `รายการที่ ${index + 1}`;
  const label = typeof row.subject === 'string' && row.subject ? `${base} เรื่อง ${row.subject}` : base;
  return row.deleted === true ? `${label} (รายการที่ลบแล้ว ยังเก็บอยู่ในระบบ)` : label;
}

const byDate = (a: AccessRecordInput, b: AccessRecordInput) => plain(a.row.date ?? a.row.receivedDate ?? a.row.createdAt).localeCompare(plain(b.row.date ?? b.row.receivedDate ?? b.row.createdAt));

/**
 * The export's sections, one per kind of record, in the order of ACCESS_SECTION_TITLES, each
 * record's fields in the order the labels declare them. Tables without labels are left out
 * (none reach a person: the labels test walks them).
 */
export function accessSections(records: readonly AccessRecordInput[], lookup: AccessLookup): AccessSection[] {
  const sections: AccessSection[] = [];
  for (const [table, title] of Object.entries(ACCESS_SECTION_TITLES)) {
    const fields = ACCESS_FIELDS[table];
    const rows = records.filter((r) => r.table === table).sort(byDate);
    if (!fields || rows.length === 0) continue;
    sections.push({
      title,
      records: rows.map(({ row }, index) => ({
        heading: headingOf(table, row, index),
        fields: Object.entries(fields).flatMap(([name, field]) => (field ? [{ label: field.label, value: accessValueText(field, row[name], lookup) }] : [])),
      })),
    });
  }
  return sections;
}

/** The machine-readable copy (PDPA s.31: a commonly used format): JSON with Thai keys, one object per record. */
export function accessJson(document: {
  preparedOn: string;
  request: { reference: string; receivedDate: string; requesterName: string };
  subject: { kindLabel: string; name: string };
  processing: readonly { title: string; purpose: string; lawfulBasis: string; retention: string; recipients: string; source: string }[];
  sections: readonly AccessSection[];
  controller: string;
}): string {
  const data = {
    เอกสาร: 'สำเนาข้อมูลส่วนบุคคลตามคำขอใช้สิทธิเข้าถึง (มาตรา 30 พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)',
    ผู้ควบคุมข้อมูลส่วนบุคคล: document.controller,
    วันที่จัดทำ: document.preparedOn,
    คำขอเลขที่: document.request.reference,
    วันที่รับคำขอ: document.request.receivedDate,
    ผู้ยื่นคำขอ: document.request.requesterName,
    เจ้าของข้อมูล: { ชื่อ: document.subject.name, ประเภท: document.subject.kindLabel },
    การประมวลผล: document.processing.map((p) => ({
      กิจกรรม: p.title,
      วัตถุประสงค์: p.purpose,
      ฐานทางกฎหมาย: p.lawfulBasis,
      แหล่งที่มา: p.source,
      ระยะเวลาเก็บรักษา: p.retention,
      ผู้รับข้อมูล: p.recipients,
    })),
    ข้อมูล: Object.fromEntries(document.sections.map((section) => [section.title, section.records.map((record) => ({ รายการ: record.heading, ...Object.fromEntries(record.fields.map((f) => [f.label, f.value])) }))])),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
