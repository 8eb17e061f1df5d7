import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLE_SCHEMAS } from '../domain/table-schemas';
import { BLOB_ID_PATTERN, BLOB_REFS, blobIdsOf } from './blob-refs';

interface ZodNode {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** A string schema whose pattern is a blob id's (however it was written). */
function isBlobString(node: ZodNode): boolean {
  const checks = (node._zod.def.checks ?? []) as ZodNode[];
  return node._zod.def.type === 'string' && checks.some((c) => String(c._zod.def.pattern) === String(BLOB_ID_PATTERN));
}

/** Every path in a record schema that holds a blob id, in BLOB_REFS' path syntax. */
function blobPaths(node: ZodNode, path: string, out: Set<string>): Set<string> {
  const def = node._zod.def;
  if (isBlobString(node)) out.add(path);
  const child = (value: unknown, at: string) => blobPaths(value as ZodNode, at, out);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) child(value, path ? `${path}.${key}` : key);
      break;
    case 'array':
      child(def.element, `${path}[]`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'prefault':
    case 'nonoptional':
      child(def.innerType, path);
      break;
    case 'pipe':
      child(def.in, path);
      child(def.out, path);
      break;
    case 'union':
      for (const option of def.options as unknown[]) child(option, path);
      break;
    case 'record':
      child(def.valueType, `${path}.*`);
      break;
    case 'tuple':
      for (const item of def.items as unknown[]) child(item, `${path}[]`);
      break;
  }
  return out;
}

describe('blob references are declared once per table', () => {
  it('declares exactly the blob fields every table schema has (a new blob field fails here until declared)', () => {
    for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
      const found = [...blobPaths(schema as unknown as ZodNode, '', new Set())].sort();
      expect({ table, paths: [...(BLOB_REFS[table] ?? [])].sort() }).toEqual({ table, paths: found });
    }
  });

  it('the walker itself finds blob ids written inline, nested in lists and objects', () => {
    const schema = z.object({
      logo: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
      snapshot: z.object({ files: z.array(z.object({ blobId: z.string().regex(/^[0-9a-f]{64}$/) })).default([]) }),
      name: z.string(),
    });
    expect([...blobPaths(schema as unknown as ZodNode, '', new Set())].sort()).toEqual(['logo', 'snapshot.files[].blobId']);
  });

  it('declares no table that does not exist', () => {
    for (const table of Object.keys(BLOB_REFS)) expect(Object.keys(TABLE_SCHEMAS)).toContain(table);
  });

  it('collects ids from top-level, list and nested references, once each, ignoring junk', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(blobIdsOf('pressReleases', { photos: [{ blobId: a, thumbBlobId: b }, { blobId: a, thumbBlobId: 'not-an-id' }] })).toEqual([a, b]);
    expect(blobIdsOf('briefingVersions', { snapshot: { attachments: [{ blobId: b }] } })).toEqual([b]);
    expect(blobIdsOf('officeProfile', { logoBlobId: null })).toEqual([]);
    expect(blobIdsOf('tasks', { attachments: 'oops' })).toEqual([]);
    expect(blobIdsOf('staff', { firstName: 'สมชาย' })).toEqual([]);
    // A forged prototype key never leads the walker off the record.
    expect(blobIdsOf('interns', JSON.parse(`{"__proto__": {"photoBlobId": "${a}"}}`) as unknown)).toEqual([]);
  });
});
