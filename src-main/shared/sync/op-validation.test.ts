import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { SYNCED_TABLES, TABLE_SCHEMAS } from '../domain/table-schemas';
import { objectShape, validateIncomingOp } from './op-validation';
import type { SyncOp } from './sync-op';

const HLC = '1765000000000-0001-dev-a';
const UUID = '0190a1b2-0000-7000-8000-000000000001';
const CANDIDATES: unknown[] = ['ทดสอบ', 'ที่ {n}/2569', '', UUID, '2026-01-01', '2026-01-01T08:00:00.000Z', '08:30', 'a@example.go.th', 'https://example.go.th', 1, 0, 2569, true, false, null, [], {}];

/** A value the field's own schema accepts: enum/literal options first, then generic candidates. */
function sampleValue(schema: z.ZodType): { ok: true; value: unknown } | { ok: false } {
  const def = (schema as unknown as { def: { entries?: Record<string, unknown>; values?: unknown[]; innerType?: z.ZodType } }).def;
  const options = [...Object.values(def.entries ?? {}), ...(def.values ?? [])];
  for (const value of [...options, ...CANDIDATES]) if (schema.safeParse(value).success) return { ok: true, value };
  return { ok: false };
}

function opFor(table: string, fields: Record<string, unknown>, over: Partial<SyncOp> = {}): SyncOp {
  return {
    opId: UUID,
    table,
    recordId: '0190a1b2-0000-7000-8000-0000000000aa',
    kind: 'update',
    hlc: HLC,
    fields,
    bases: {},
    actor: UUID,
    deviceId: 'dev-a',
    at: '2026-12-05T08:00:00.000Z',
    schemaVersion: 10,
    ...over,
  };
}
const expectA = { deviceId: 'dev-a' };

describe('incoming op validation', () => {
  it.each(SYNCED_TABLES)('accepts a real op for %s built from its schema, field by field', (table) => {
    const shape = objectShape(TABLE_SCHEMAS[table])!;
    expect(shape).not.toBeNull();
    const fields: Record<string, unknown> = { deleted: false };
    for (const [name, schema] of Object.entries(shape)) {
      const sample = sampleValue(schema);
      if (sample.ok) fields[name] = sample.value;
    }
    // Most fields of every table find a simple valid value; the rest are structured values.
    expect(Object.keys(fields).length).toBeGreaterThan(1);
    const verdict = validateIncomingOp(JSON.parse(JSON.stringify(opFor(table, fields, { kind: 'create', bases: { deleted: [HLC] } }))), expectA);
    expect(verdict.ok).toBe(true);
  });

  it('refuses an unknown table, including prototype names', () => {
    expect(validateIncomingOp(opFor('passwords', {}), expectA)).toMatchObject({ ok: false, reason: 'unknown-table' });
    expect(validateIncomingOp(opFor('toString', {}), expectA)).toMatchObject({ ok: false, reason: 'unknown-table' });
    expect(validateIncomingOp(opFor('__proto__', {}), expectA)).toMatchObject({ ok: false, reason: 'unknown-table' });
  });

  it('refuses an unknown field and envelope fields sync never carries', () => {
    expect(validateIncomingOp(opFor('staff', { salary: 1 }), expectA)).toEqual({ ok: false, reason: 'unknown-field', field: 'salary' });
    expect(validateIncomingOp(opFor('staff', { createdBy: 'director' }), expectA)).toEqual({ ok: false, reason: 'unknown-field', field: 'createdBy' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'])('refuses %s as a field name or nested key', (key) => {
    const asField = JSON.parse(`{"fields":{"${key}":"x"}}`) as { fields: Record<string, unknown> };
    expect(validateIncomingOp({ ...opFor('staff', {}), fields: asField.fields }, expectA)).toMatchObject({ ok: false, reason: 'forbidden-key', field: key });
    const nested = JSON.parse(`{"a":[{"${key}":{"polluted":true}}]}`) as Record<string, unknown>;
    expect(validateIncomingOp(opFor('staff', { title: nested }), expectA)).toMatchObject({ ok: false, reason: 'forbidden-key', field: key });
    const asBase = JSON.parse(`{"${key}":["${HLC}"]}`) as Record<string, string[]>;
    expect(validateIncomingOp({ ...opFor('staff', {}), bases: asBase }, expectA)).toMatchObject({ ok: false, reason: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a wrong value type, field by field', () => {
    expect(validateIncomingOp(opFor('staff', { firstName: 42 }), expectA)).toEqual({ ok: false, reason: 'bad-value', field: 'firstName' });
    expect(validateIncomingOp(opFor('staff', { role: 'god' }), expectA)).toEqual({ ok: false, reason: 'bad-value', field: 'role' });
    expect(validateIncomingOp(opFor('staff', { deleted: 'yes' }), expectA)).toEqual({ ok: false, reason: 'bad-value', field: 'deleted' });
    expect(validateIncomingOp(opFor('staff', { role: 'director' }), expectA)).toMatchObject({ ok: true });
  });

  it('refuses an op claiming another device, and implausible ids', () => {
    expect(validateIncomingOp(opFor('staff', {}, { deviceId: 'dev-b' }), expectA)).toEqual({ ok: false, reason: 'wrong-device' });
    expect(validateIncomingOp(opFor('staff', {}, { actor: 'x y<script>' }), expectA)).toMatchObject({ ok: false, reason: 'bad-actor' });
    expect(validateIncomingOp(opFor('staff', {}, { recordId: '../etc' }), expectA)).toMatchObject({ ok: false, reason: 'bad-record-id' });
  });

  it('refuses a stamp beyond any real clock, but not one merely ahead of this clock (issue 18)', () => {
    const stamp = (ms: number) => `${String(ms).padStart(13, '0')}-0000-dev-a`;
    const yearAhead = Date.now() + 366 * 24 * 3600 * 1000;
    expect(validateIncomingOp(opFor('staff', {}, { hlc: stamp(yearAhead) }), expectA)).toMatchObject({ ok: true });
    expect(validateIncomingOp(opFor('staff', {}, { hlc: stamp(Date.UTC(2250, 0, 1)) }), expectA)).toEqual({ ok: false, reason: 'bad-clock' });
  });

  it('refuses bases for fields the update does not carry, but not for a delete', () => {
    expect(validateIncomingOp(opFor('staff', { role: 'director' }, { bases: { phone: [HLC] } }), expectA)).toEqual({ ok: false, reason: 'bad-bases', field: 'phone' });
    expect(validateIncomingOp(opFor('staff', { deleted: true }, { kind: 'delete', bases: { phone: [HLC], deleted: [HLC] } }), expectA)).toMatchObject({ ok: true });
    expect(validateIncomingOp(opFor('staff', { deleted: true }, { kind: 'delete', bases: { salary: [HLC] } }), expectA)).toMatchObject({ ok: false, reason: 'bad-bases' });
  });

  it('refuses non-ops, oversized and too deep values without throwing', () => {
    for (const raw of [null, 1, 'op', [], { table: 'staff' }]) expect(validateIncomingOp(raw, expectA)).toMatchObject({ ok: false, reason: 'not-an-op' });
    expect(validateIncomingOp(opFor('staff', { position: 'ก'.repeat(3 * 1024 * 1024) }), expectA)).toMatchObject({ ok: false, reason: 'too-large' });
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i += 1) deep = { d: deep };
    expect(validateIncomingOp(opFor('staff', { title: deep }), expectA)).toMatchObject({ ok: false, reason: 'too-deep' });
    expect(validateIncomingOp({ ...opFor('staff', {}), extra: 1 }, expectA)).toMatchObject({ ok: false, reason: 'not-an-op' });
  });
});
