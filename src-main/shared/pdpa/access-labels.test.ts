import { describe, expect, it } from 'vitest';
import { TABLE_SCHEMAS } from '../domain/table-schemas';
import { ACCESS_FIELDS, ACCESS_SECTION_TITLES } from './access-labels';
import { accessJson, accessSections, accessValueText, type AccessLookup } from './access-report';
import { PERSONAL_TABLES } from './personal-fields';

type Node = { _zod: { def: { type: string; shape?: Record<string, unknown>; in?: unknown } } };
function shapeOf(schema: unknown): Record<string, unknown> {
  const def = (schema as Node)._zod.def;
  if (def.shape) return def.shape;
  if (def.type === 'pipe') return shapeOf(def.in);
  throw new Error(`no object shape: ${def.type}`);
}

/** Every table whose records can be about a person (it reaches one): what an access export may hold. */
const REACHING = Object.entries(PERSONAL_TABLES)
  .filter(([, declared]) => declared.reach)
  .map(([table]) => table);

describe('the access export labels every field a person’s records can hold', () => {
  it('gives every field of every table that reaches a person a Thai label or a reason to leave it out (a new field fails here)', () => {
    const problems: string[] = [];
    for (const table of REACHING) {
      const fields = ACCESS_FIELDS[table];
      if (!fields || !ACCESS_SECTION_TITLES[table]) {
        problems.push(`${table}: no labels`);
        continue;
      }
      const shape = Object.keys(shapeOf(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]));
      for (const name of shape) if (!Object.hasOwn(fields, name)) problems.push(`${table}.${name}: no verdict`);
      for (const name of Object.keys(fields)) if (!shape.includes(name)) problems.push(`${table}.${name}: not in the schema`);
      const labels = Object.values(fields).flatMap((f) => (f ? [f.label] : []));
      if (new Set(labels).size !== labels.length) problems.push(`${table}: a label is used twice (the machine-readable file keys by label)`);
      for (const field of Object.values(fields)) if (field?.show === 'ref' && !Object.hasOwn(TABLE_SCHEMAS, field.table)) problems.push(`${table}: ref to ${field.table}`);
    }
    expect(problems).toEqual([]);
  });

  it('never writes out a sign-in hash', () => {
    expect(ACCESS_FIELDS.staffCredentials?.secret).toBeNull();
  });
});

const lookup: AccessLookup = { nameOf: (table, id) => (table === 'staff' && id === 'm1' ? 'นายสมชาย ใจดี' : undefined) };

describe('values as a person reads them', () => {
  it('writes dates in the Buddhist era, times as "08.30 น.", choices and people by their Thai names', () => {
    const attendance = ACCESS_FIELDS.internAttendance ?? {};
    expect(accessValueText(attendance.date!, '2026-06-01', lookup)).toBe('1 มิถุนายน 2569');
    expect(accessValueText(attendance.checkIn!, '08:30', lookup)).toBe('08.30 น.');
    expect(accessValueText(attendance.kind!, 'leave', lookup)).toBe('ลา');
    expect(accessValueText(ACCESS_FIELDS.interns!.mentorId!, 'm1', lookup)).toBe('นายสมชาย ใจดี');
    expect(accessValueText(ACCESS_FIELDS.interns!.mentorId!, 'gone', lookup)).toBe('รายการที่ไม่มีในเครื่องนี้');
    expect(accessValueText(ACCESS_FIELDS.internWorkLogs!.approvedAt!, '2026-06-01T07:30:00.000Z', lookup)).toBe('1 มิถุนายน 2569 เวลา 14.30 น.');
    expect(accessValueText(ACCESS_FIELDS.complaints!.consent!, true, lookup)).toBe('ใช่');
    expect(accessValueText(ACCESS_FIELDS.complaints!.attachments!, [{ name: 'หนังสือร้องเรียน.pdf', blobId: 'x' }], lookup)).toBe('1 ไฟล์: หนังสือร้องเรียน.pdf');
  });

  it('lists records by kind and date, keeps soft-deleted ones (still held), and keys the JSON copy by Thai label', () => {
    const sections = accessSections(
      [
        { table: 'internAttendance', row: { date: '2026-06-02', kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false, breakMinutes: 60, note: '' } },
        { table: 'internAttendance', row: { date: '2026-06-01', kind: 'present', checkIn: '08:31', checkOut: '16:30', overnight: false, breakMinutes: 60, note: 'มาสาย', deleted: true } },
        { table: 'interns', row: { firstName: 'กัญญาณัฐ', lastName: 'ศรีสุวรรณวงศ์', staffId: 'hidden-id' } },
      ],
      lookup,
    );
    expect(sections.map((s) => s.title)).toEqual(['ข้อมูลนักศึกษาฝึกงาน', 'การลงเวลาปฏิบัติงาน']);
    expect(sections[1]?.records.map((r) => r.heading)).toEqual(['1 มิถุนายน 2569 (รายการที่ลบแล้ว ยังเก็บอยู่ในระบบ)', '2 มิถุนายน 2569']);
    expect(JSON.stringify(sections)).not.toContain('hidden-id');
    const json = JSON.parse(accessJson({ preparedOn: '2026-12-06', request: { reference: '1/2569', receivedDate: '2026-12-01', requesterName: 'ก' }, subject: { kindLabel: 'นักศึกษาฝึกงาน', name: 'ก' }, processing: [], sections, controller: 'สำนักงาน' })) as { ข้อมูล: Record<string, Record<string, string>[]> };
    expect(json.ข้อมูล['การลงเวลาปฏิบัติงาน']?.[0]).toMatchObject({ รายการ: '1 มิถุนายน 2569 (รายการที่ลบแล้ว ยังเก็บอยู่ในระบบ)', เวลาเข้า: '08.31 น.', หมายเหตุ: 'มาสาย' });
  });
});
