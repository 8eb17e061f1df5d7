import { existsSync, mkdirSync, mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erasedFieldsOf, scrubValues } from '../../shared/pdpa/personal-fields';
import type { SyncOp } from '../../shared/sync/sync-op';
import { officeKeyOf, shareBlob, shareState, testDevice, testWorkspace } from './testing/workspace';

const A = '0190a000-0000-7000-8000-0000000000a1';
const B = '0190a000-0000-7000-8000-0000000000b2';
const C = '0190a000-0000-7000-8000-0000000000c3';
const INTERN = '0190a3b2-0000-7000-8000-0000deadbeef';
const NAME = 'พิมพ์ชนก';
const PHONE = '0897654321';

let n = 0;
function op(table: string, recordId: string, fields: Record<string, unknown>): SyncOp {
  n += 1;
  return { opId: `op-${n}`, table, recordId, kind: 'create', hlc: `${String(1_780_000_000_000 + n).padStart(13, '0')}-0000-${A}`, fields, bases: {}, actor: 'staff-1', deviceId: A, at: '2026-06-01T02:00:00.000Z', schemaVersion: 12 };
}

const erased = (o: SyncOp): SyncOp => ({ ...o, fields: scrubValues(o.table, o.recordId, o.fields, erasedFieldsOf(o.table)) });

async function office() {
  const folder = join(mkdtempSync(join(tmpdir(), 'pr-desk-redact-')), 'share');
  const [a, b, c] = await Promise.all([testDevice(A, 'เครื่องเอ'), testDevice(B, 'เครื่องบี'), testDevice(C, 'เครื่องซี')]);
  const target = await testWorkspace(folder, [a, b, c]);
  const intern = op('interns', INTERN, { firstName: NAME, phone: PHONE, status: 'active' });
  const release = op('pressReleases', 'r-1', { headline: 'ข่าวงานกาชาด' });
  const later = op('interns', INTERN, { email: 'pim@example.ac.th' });
  await a.transport.publish(target, { deviceId: A, deviceName: 'เครื่องเอ', publishedThrough: 0, ops: [{ seq: 1, op: intern }, { seq: 2, op: release }] });
  await a.transport.publish(target, { deviceId: A, deviceName: 'เครื่องเอ', publishedThrough: 2, ops: [{ seq: 3, op: later }] });
  /** Everything another workstation reads from the share, decrypted and decompressed. */
  const readAll = async (reader = c) => JSON.stringify(await reader.transport.pull(target, { deviceId: reader.deviceId, cursor: {}, maxOps: 1000 }));
  return { folder, a, b, c, target, intern, release, later, readAll };
}

describe('redacting own published op files after an erasure', () => {
  it('rewrites the files holding the erased values, signed as before: readers get the same ops without them', async () => {
    const { a, target, intern, release, later, readAll } = await office();
    expect(await readAll()).toContain(NAME);
    expect(await a.transport.redactOwnFiles(target, { deviceId: A, ops: [{ seq: 1, op: erased(intern) }, { seq: 3, op: erased(later) }], blobIds: [] })).toEqual({ files: 2, blobs: 0 });
    const after = await readAll();
    for (const value of [NAME, PHONE, 'pim@example.ac.th']) expect(after).not.toContain(value);
    // Nothing else changed: the release, the sequence and the stamps are as published.
    expect(after).toContain('ข่าวงานกาชาด');
    const ops = (JSON.parse(after) as { batches: { ops: { seq: number; op: SyncOp }[] }[] }).batches.flatMap((batch) => batch.ops);
    expect(ops.map((o) => [o.seq, o.op.opId, o.op.hlc])).toEqual([1, 2, 3].map((seq, i) => [seq, [intern, release, later][i]?.opId, [intern, release, later][i]?.hlc]));
  });

  it('self-repair puts back the redacted file, never the one with the erased values', async () => {
    const { a, target, intern, folder, readAll } = await office();
    await a.transport.redactOwnFiles(target, { deviceId: A, ops: [{ seq: 1, op: erased(intern) }], blobIds: [] });
    truncateSync(join(folder, 'devices', A, 'log', '000000000001-000000000002.ndjson.gz'), 20);
    expect(await a.transport.repairOwnFiles(target)).toMatchObject({ repaired: 1 });
    expect(await readAll()).not.toContain(NAME);
  });

  it('refuses anything but a redaction (a new value, another field, another device) and leaves the share as it was', async () => {
    const { a, b, target, intern, release, folder } = await office();
    const before = shareState(folder);
    const attempts = [
      { deviceId: A, ops: [{ seq: 1, op: { ...intern, fields: { ...intern.fields, firstName: 'สมหญิง' } } }], blobIds: [] },
      { deviceId: A, ops: [{ seq: 2, op: { ...release, fields: { headline: '' } } }], blobIds: [] },
      { deviceId: A, ops: [{ seq: 1, op: { ...erased(intern), hlc: `9999999999999-0000-${A}` } }], blobIds: [] },
    ];
    for (const attempt of attempts) await expect(a.transport.redactOwnFiles(target, attempt)).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(b.transport.redactOwnFiles(target, { deviceId: A, ops: [{ seq: 1, op: erased(intern) }], blobIds: [] })).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(shareState(folder)).toEqual(before);
  });

  it('removes the erased files from the share (an absent one is no error)', async () => {
    const { a, target, folder } = await office();
    const id = 'e'.repeat(64);
    const blob = shareBlob(folder, target.workspaceId, officeKeyOf(a.dataDir, target.workspaceId), id);
    mkdirSync(join(blob.path, '..'), { recursive: true });
    writeFileSync(blob.path, blob.sealedOf(new Uint8Array([1, 2, 3])));
    expect(await a.transport.redactOwnFiles(target, { deviceId: A, ops: [], blobIds: [id, 'f'.repeat(64)] })).toEqual({ files: 0, blobs: 1 });
    expect(existsSync(blob.path)).toBe(false);
  });

  it('a snapshot written after an erasure replaces every older one of the device, not all but one', async () => {
    const { a, target, folder } = await office();
    const commit = async (replaceAll: boolean) => {
      const snapshotId = crypto.randomUUID();
      const part = await a.transport.writeSnapshotPart(target, { deviceId: A, snapshotId, index: 0, table: 'interns', rows: 1, ndjsonUtf8: Buffer.from(`${JSON.stringify({ r: INTERN, s: { w: [], f: {} } })}\n`) });
      await a.transport.commitSnapshot(target, { deviceId: A, snapshotId, schemaVersion: 12, vector: { [A]: 3 }, parts: [{ index: 0, table: 'interns', rows: 1, ...part }], ...(replaceAll ? { replaceAll } : {}) });
      return snapshotId;
    };
    await commit(false);
    await commit(false);
    await commit(false);
    expect(readdirSync(join(folder, 'snapshots', A))).toHaveLength(2);
    const last = await commit(true);
    expect(readdirSync(join(folder, 'snapshots', A))).toEqual([last]);
  });
});
