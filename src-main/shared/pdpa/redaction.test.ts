import { describe, expect, it } from 'vitest';
import type { SyncOp } from '../sync/sync-op';
import { isRedactionOf } from './redaction';

const op: SyncOp = {
  opId: 'op-1',
  table: 'interns',
  recordId: '0190a3b2-0000-7000-8000-0000deadbeef',
  kind: 'create',
  hlc: '1736910000000-0001-dev',
  fields: { firstName: 'พิมพ์ชนก', phone: '0897654321', status: 'active', deleted: false },
  bases: {},
  actor: 'staff-1',
  deviceId: 'dev',
  at: '2026-06-01T02:00:00.000Z',
  schemaVersion: 12,
};

describe('isRedactionOf', () => {
  it('accepts the op with personal fields set to their declared placeholders', () => {
    expect(isRedactionOf(op, { ...op, fields: { ...op.fields, firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', phone: '' } })).toBe(true);
    expect(isRedactionOf(op, op)).toBe(true);
  });

  it('refuses any other change: a new value, a non-personal field, a dropped field, another stamp or author', () => {
    expect(isRedactionOf(op, { ...op, fields: { ...op.fields, firstName: 'สมหญิง' } })).toBe(false);
    expect(isRedactionOf(op, { ...op, fields: { ...op.fields, status: 'cancelled' } })).toBe(false);
    expect(isRedactionOf(op, { ...op, fields: { firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', status: 'active', deleted: false } })).toBe(false);
    expect(isRedactionOf(op, { ...op, fields: { ...op.fields, deleted: true } })).toBe(false);
    expect(isRedactionOf(op, { ...op, hlc: '1736910000001-0001-dev' })).toBe(false);
    expect(isRedactionOf(op, { ...op, actor: 'staff-2' })).toBe(false);
    expect(isRedactionOf(op, { ...op, bases: { phone: ['1736910000000-0000-dev'] } })).toBe(false);
  });

  it('lets a removed record\'s op say deleted, as every workstation scrubs it', () => {
    const log: SyncOp = { ...op, table: 'internWorkLogs', fields: { text: 'ถ่ายภาพงานกาชาด', deleted: false } };
    expect(isRedactionOf(log, { ...log, fields: { text: 'ลบข้อมูลส่วนบุคคลแล้ว', deleted: true } })).toBe(true);
  });
});
