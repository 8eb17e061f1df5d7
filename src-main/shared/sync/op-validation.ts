import type { z } from 'zod';
import { TABLE_SCHEMAS } from '../domain/table-schemas';
import { isStampInRange } from './hlc';
import { syncOpSchema, type SyncOp } from './sync-op';

/**
 * Every op read from the share is checked here before it reaches the merge (DESIGN.md §5,
 * issue 18). Pure: no node:* (shared/ runs in both processes). A failing op is quarantined and
 * reported in Thai by reason code; it never throws, so one hostile op cannot stop a sync.
 */
export type OpRejection =
  | 'not-an-op' // not an object or fails the op envelope (syncOpSchema)
  | 'too-large'
  | 'unknown-table'
  | 'unknown-field'
  | 'forbidden-key' // __proto__, constructor, toString… as a field name or nested key
  | 'too-deep'
  | 'bad-value' // a field's value fails that field's schema
  | 'bad-bases' // bases for a field the op does not carry (except deletes/restores)
  | 'wrong-device' // op.deviceId is not the device that signed the file
  | 'bad-actor'
  | 'bad-record-id'
  | 'bad-clock'; // stamped beyond any real clock (hlc.ts MAX_STAMP_WALL_MS); merely ahead of ours is merged

export type OpVerdict = { ok: true; op: SyncOp } | { ok: false; reason: OpRejection; field?: string };

/** Thai texts for the sync report, one per reason. */
export const OP_REJECTION_TH: Record<OpRejection, string> = {
  'not-an-op': 'ไม่ใช่รายการแก้ไขที่ถูกต้อง',
  'too-large': 'รายการแก้ไขมีขนาดใหญ่เกินกำหนด',
  'unknown-table': 'อ้างถึงตารางข้อมูลที่ไม่รู้จัก',
  'unknown-field': 'มีช่องข้อมูลที่ไม่รู้จัก',
  'forbidden-key': 'มีชื่อช่องข้อมูลต้องห้าม',
  'too-deep': 'ข้อมูลซ้อนกันลึกเกินกำหนด',
  'bad-value': 'ค่าข้อมูลไม่ถูกต้องตามแบบฟอร์ม',
  'bad-bases': 'ข้อมูลอ้างอิงเวอร์ชันไม่ถูกต้อง',
  'wrong-device': 'อ้างว่ามาจากเครื่องอื่นที่ไม่ใช่เครื่องที่ลงนาม',
  'bad-actor': 'ผู้แก้ไขไม่ถูกต้อง',
  'bad-record-id': 'รหัสระเบียนไม่ถูกต้อง',
  'bad-clock': 'เวลาที่บันทึกไว้เกินกว่าที่นาฬิกาใดจะเป็นได้',
};

/** Envelope fields an op may carry in `fields`: the outbox logs `deleted` (record-diff.ts skips the rest). */
export const SYNCED_ENVELOPE_FIELDS = ['deleted'] as const;

export const OP_LIMITS = { maxJsonChars: 2 * 1024 * 1024, maxDepth: 16, maxNodes: 50_000, maxFields: 200 } as const;

/**
 * Names that must never be a key anywhere in an op: they reach Object.prototype or shadow the
 * methods merge/UI code calls (`toString` as a field crashed the merge, issue 18).
 */
const FORBIDDEN_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype).concat(['prototype']));

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ACTOR = /^[A-Za-z0-9_.:@-]{1,64}$/;

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  in?: AnySchema;
  innerType?: AnySchema;
}

/** The field map of a table schema, looking through refine/superRefine (checks), pipe, optional, default. */
export function objectShape(schema: AnySchema): Record<string, AnySchema> | null {
  let current: AnySchema | undefined = schema;
  for (let i = 0; i < 10 && current; i += 1) {
    const def: Def = (current as unknown as { def: Def }).def;
    if (def.type === 'object') return (current as unknown as { shape: Record<string, AnySchema> }).shape;
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return null;
}

const shapes = new Map<string, Record<string, AnySchema>>();
function shapeOf(table: string): Record<string, AnySchema> | null {
  if (!Object.prototype.hasOwnProperty.call(TABLE_SCHEMAS, table)) return null;
  let shape = shapes.get(table);
  if (!shape) {
    shape = objectShape(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS]) ?? undefined;
    if (!shape) return null;
    shapes.set(table, shape);
  }
  return shape;
}

/** Walks the parsed JSON tree once: forbidden keys, depth and node count. */
export function scanTree(value: unknown): { reason: 'forbidden-key' | 'too-deep' | 'too-large'; key?: string } | null {
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > OP_LIMITS.maxNodes) return { reason: 'too-large' };
    if (node === null || typeof node !== 'object') continue;
    if (depth > OP_LIMITS.maxDepth) return { reason: 'too-deep' };
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    // Own keys, including a literal "__proto__" that JSON.parse creates as an own property.
    for (const key of Reflect.ownKeys(node)) {
      if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key)) return { reason: 'forbidden-key', key: String(key) };
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

export interface OpExpectation {
  /** The device that signed the file the op came from. */
  deviceId: string;
}

/** Validates one untrusted op (as parsed from JSON). Never throws. */
export function validateIncomingOp(raw: unknown, expect: OpExpectation): OpVerdict {
  try {
    return validate(raw, expect);
  } catch {
    // A getter or proxy cannot come from JSON, but fail closed if anything odd slips in.
    return { ok: false, reason: 'not-an-op' };
  }
}

function validate(raw: unknown, expect: OpExpectation): OpVerdict {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not-an-op' };
  const tree = scanTree(raw);
  if (tree) return { ok: false, reason: tree.reason, field: tree.key };
  if (JSON.stringify(raw).length > OP_LIMITS.maxJsonChars) return { ok: false, reason: 'too-large' };
  const parsed = syncOpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'not-an-op', field: parsed.error.issues[0]?.path.join('.') };
  const op = parsed.data;
  if (op.deviceId !== expect.deviceId) return { ok: false, reason: 'wrong-device' };
  if (!ID.test(op.recordId) || !ID.test(op.opId)) return { ok: false, reason: 'bad-record-id' };
  if (!ACTOR.test(op.actor)) return { ok: false, reason: 'bad-actor' };
  // A fixed bound, the same on every workstation: which ops are merged must not depend on the
  // receiver's clock, or workstations whose clocks differ would never agree (issue 18).
  if (!isStampInRange(op.hlc)) return { ok: false, reason: 'bad-clock' };
  const shape = shapeOf(op.table);
  if (!shape) return { ok: false, reason: 'unknown-table', field: op.table };
  const names = Object.keys(op.fields);
  if (names.length > OP_LIMITS.maxFields) return { ok: false, reason: 'too-large' };
  for (const name of names) {
    const value = op.fields[name];
    if ((SYNCED_ENVELOPE_FIELDS as readonly string[]).includes(name)) {
      if (typeof value !== 'boolean') return { ok: false, reason: 'bad-value', field: name };
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(shape, name)) return { ok: false, reason: 'unknown-field', field: name };
    // Field by field: an update carries only changed fields, so the record-level refinements
    // (e.g. endDate ≥ startDate) are checked when the merged record is read, not here.
    if (!shape[name]!.safeParse(value).success) return { ok: false, reason: 'bad-value', field: name };
  }
  // A delete/restore names the stamps of every field it saw; other ops only of fields they carry
  // (the outbox always adds `deleted`).
  if (op.kind === 'create' || op.kind === 'update') {
    for (const name of Object.keys(op.bases)) {
      if (name !== 'deleted' && !Object.prototype.hasOwnProperty.call(op.fields, name)) return { ok: false, reason: 'bad-bases', field: name };
    }
  } else {
    for (const name of Object.keys(op.bases)) {
      if (name !== 'deleted' && !Object.prototype.hasOwnProperty.call(shape, name)) return { ok: false, reason: 'bad-bases', field: name };
    }
  }
  return { ok: true, op };
}
