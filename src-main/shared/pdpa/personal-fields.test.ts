import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TABLE_SCHEMAS } from '../domain/table-schemas';
import { NOT_PERSONAL, PERSONAL_TABLES, erasedFieldsOf, erasureScope, fieldReaches, scrubValues, tablesReaching } from './personal-fields';

interface ZodNode {
  _zod: { def: Record<string, unknown> & { type: string } };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'catch', 'prefault', 'nonoptional']);

/** The field's type under its optional/nullable/default wrappers. */
function baseType(node: ZodNode): string {
  const def = node._zod.def;
  if (WRAPPERS.has(def.type)) return baseType(def.innerType as ZodNode);
  if (def.type === 'pipe') return baseType(def.in as ZodNode);
  return def.type;
}

/** A table schema's top-level fields (a refined object keeps its shape under the refinement). */
function shapeOf(schema: unknown): Record<string, ZodNode> {
  const def = (schema as ZodNode)._zod.def;
  if (def.shape) return def.shape as Record<string, ZodNode>;
  if (def.type === 'pipe') return shapeOf(def.in);
  throw new Error(`no object shape: ${def.type}`);
}

/** Types that can hold a name, a phone number or free text. */
const CAN_HOLD_PERSONAL = new Set(['string', 'array', 'object', 'record', 'union', 'tuple', 'unknown', 'any']);

describe('personal-data tags cover every field of every table', () => {
  it('gives every text, list and object field a verdict: tagged personal, or reviewed as not personal (a new field fails here)', () => {
    const missing: string[] = [];
    for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
      for (const [name, node] of Object.entries(shapeOf(schema))) {
        if (!CAN_HOLD_PERSONAL.has(baseType(node))) continue;
        const tagged = Object.hasOwn(PERSONAL_TABLES[table]?.fields ?? {}, name);
        const reviewed = NOT_PERSONAL[table]?.includes(name) ?? false;
        if (tagged === reviewed) missing.push(`${table}.${name}${tagged ? ' (both)' : ''}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only fields the schemas have', () => {
    const unknown: string[] = [];
    for (const [table, declared] of Object.entries(PERSONAL_TABLES)) {
      const shape = shapeOf(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]);
      for (const name of [...Object.keys(declared.fields), ...fieldReaches(declared.reach).flatMap((reach) => (reach.field === 'createdBy' ? [] : [reach.field, ...Object.keys(reach.when ?? {})]))]) {
        if (!Object.hasOwn(shape, name)) unknown.push(`${table}.${name}`);
      }
    }
    for (const [table, names] of Object.entries(NOT_PERSONAL)) {
      const shape = shapeOf(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]);
      for (const name of names) if (!Object.hasOwn(shape, name)) unknown.push(`${table}.${name}`);
    }
    expect(unknown).toEqual([]);
  });

  it('erases every field to a value its own schema accepts, from any value the schema accepts', () => {
    const secret = { kdf: 'scrypt', N: 16_384, r: 8, p: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: `${'h'.repeat(43)}=` };
    const samples = ['', 'นางสาวพิมพ์ชนก ศรีสุวรรณ', '0812345678', 'pim@example.ac.th', null, [], {}, secret, 'a'.repeat(64), [{ name: 'ก', role: '', phone: '' }]];
    const refused: string[] = [];
    for (const [table, declared] of Object.entries(PERSONAL_TABLES)) {
      const shape = shapeOf(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]);
      for (const [name, field] of Object.entries(declared.fields)) {
        const schema = shape[name] as unknown as z.ZodType;
        const accepted = samples.filter((before) => schema.safeParse(before).success);
        if (accepted.length === 0) refused.push(`${table}.${name}: no sample fits`);
        for (const before of accepted) {
          const after = field.erase(before, '0190a3b2-0000-7000-8000-00000000abcd');
          if (!schema.safeParse(after).success) refused.push(`${table}.${name} ← ${JSON.stringify(before)}: ${JSON.stringify(after)}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('reaches every child table through a table that is itself declared', () => {
    for (const declared of Object.values(PERSONAL_TABLES)) {
      for (const reach of fieldReaches(declared.reach)) expect(PERSONAL_TABLES[reach.table]?.reach, reach.table).toBeDefined();
    }
    expect(tablesReaching('interns').map((t) => t.table).sort()).toEqual(['dataRequests', 'internAttendance', 'internEvaluations', 'internWorkLogs']);
    // A request names its person by table and id: it reaches each of them, only when it names that table.
    expect(tablesReaching('complaints').find((t) => t.table === 'dataRequests')?.reach.when).toEqual({ subjectTable: 'complaints' });
  });
});

describe('scrubValues', () => {
  it('replaces only the named fields it holds and keeps the rest (the same on every workstation)', () => {
    const id = '0190a3b2-0000-7000-8000-0000deadbeef';
    const before = { firstName: 'พิมพ์ชนก', lastName: 'ศรีสุวรรณ', phone: '0812345678', status: 'active' };
    const after = scrubValues('interns', id, before, erasedFieldsOf('interns'));
    expect(after).toEqual({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', lastName: '-', phone: '', status: 'active' });
    expect(before.firstName).toBe('พิมพ์ชนก');
    expect(scrubValues('interns', id, { studentId: '6401234' }, ['studentId'])).toEqual({ studentId: 'ERASED-deadbeef' });
  });

  it('keeps what the law needs unless the whole account goes', () => {
    expect(erasedFieldsOf('staff')).toEqual(['phone', 'email']);
    expect(erasedFieldsOf('staff', true)).toContain('firstName');
    expect(erasedFieldsOf('officeProfile', true)).toEqual([]);
  });
});

describe('erasureScope', () => {
  it('tells the person erasing an intern what goes, what is removed and what the law keeps', () => {
    const scope = erasureScope('interns');
    expect(scope.erased).toEqual(expect.arrayContaining(['ชื่อ-นามสกุลและคำนำหน้า', 'ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์)', 'ภาพถ่ายและเอกสารสแกน']));
    // Other tables say where: her sign-in account goes whole, the requests about her lose her name.
    expect(scope.erased).toContain('บัญชีเข้าใช้งานในโปรแกรม: ชื่อ-นามสกุลและคำนำหน้า, ตำแหน่ง, ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์), ข้อมูลยืนยันตัวตน (ค่าแฮชของรหัส), บันทึกการปฏิบัติงาน');
    expect(scope.erased).toContain('คำขอใช้สิทธิของเจ้าของข้อมูล: ชื่อ-นามสกุลและคำนำหน้า, ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์), รหัสประจำตัว, บันทึกเพิ่มเติมเกี่ยวกับบุคคล');
    expect(scope.removed).toEqual(['บันทึกการปฏิบัติงาน', 'ผลการประเมิน']);
    expect(scope.kept[0]).toContain('ชั่วโมง');
  });

  it('erasing a former staff member says their own name stays, and only the requests about them lose a name', () => {
    const scope = erasureScope('staff');
    expect(scope.erased).not.toContain('ชื่อ-นามสกุลและคำนำหน้า');
    expect(scope.erased).toContain('ข้อมูลติดต่อ (โทรศัพท์ อีเมล ไลน์)');
    expect(scope.kept.join(' ')).toContain('เอกสารราชการ');
  });

  it('says a complaint stays, without its complainant', () => {
    expect(erasureScope('complaints').kept.join(' ')).toContain('ITA');
    expect(erasureScope('complaints').erased).toContain('รายละเอียดเรื่องร้องเรียน');
  });
});
