import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncOp } from '../../shared/sync/sync-op';
import { writeFileAtomic, type ShareWriteFs } from './atomic-file';
import { ownFilesDir } from './own-files';
import { testDevice, testWorkspace } from './testing/workspace';

const DEVICE = '0190a000-0000-7000-8000-0000000000a1';
let n = 0;
function op(): SyncOp {
  n += 1;
  return { opId: `op-${n}`, table: 'pressReleases', recordId: `r-${n}`, kind: 'update', hlc: `${String(Date.now()).padStart(13, '0')}-0000-${DEVICE}`, fields: { headline: `ข่าว ${n}` }, bases: {}, actor: 'staff-1', deviceId: DEVICE, at: new Date().toISOString(), schemaVersion: 1 };
}

async function setUp() {
  const folder = join(mkdtempSync(join(tmpdir(), 'pr-desk-repair-')), 'share');
  const device = await testDevice(DEVICE, 'เครื่องเอ');
  const target = await testWorkspace(folder, [device]);
  const publish = (from: number, ops: SyncOp[]) => device.transport.publish(target, { deviceId: DEVICE, deviceName: 'เครื่องเอ', publishedThrough: from - 1, ops: ops.map((o, i) => ({ seq: from + i, op: o })) });
  return { folder, device, target, publish, logDir: join(folder, 'devices', DEVICE, 'log') };
}

describe('self-repair of own files (transport)', () => {
  it('puts back a truncated file byte for byte, and leaves an intact one alone', async () => {
    const { device, target, publish, logDir } = await setUp();
    await publish(1, [op(), op()]);
    expect(await device.transport.repairOwnFiles(target)).toEqual({ checked: 1, repaired: 0, unrepairable: [] });
    const [name] = readdirSync(logDir);
    const original = readFileSync(join(logDir, name!));
    truncateSync(join(logDir, name!), 10);
    expect(await device.transport.repairOwnFiles(target)).toMatchObject({ repaired: 1 });
    expect(readFileSync(join(logDir, name!)).equals(original)).toBe(true);
  });

  it('never puts back a file the renderer did not confirm and has since replaced with a differently cut batch', async () => {
    const { device, target, publish, logDir } = await setUp();
    const ops = [op(), op(), op()];
    await publish(1, ops.slice(0, 2)); // written, but the confirmation was lost …
    rmSync(join(logDir, '000000000001-000000000002.ndjson.gz')); // … and the file is gone
    await publish(1, ops); // the renderer publishes 1-3 again from seq 1
    expect(await device.transport.repairOwnFiles(target)).toMatchObject({ repaired: 0 });
    // An overlapping 1-2 next to 1-3 would stall every reader.
    expect(readdirSync(logDir)).toEqual(['000000000001-000000000003.ndjson.gz']);
  });

  it('adopts own files published before it kept copies (after verifying them), then repairs them too', async () => {
    const { device, target, publish, logDir } = await setUp();
    await publish(1, [op()]);
    rmSync(ownFilesDir(device.dataDir, target.workspaceId, DEVICE), { recursive: true }); // as before this version
    expect(await device.transport.repairOwnFiles(target)).toEqual({ checked: 1, repaired: 0, unrepairable: [] });
    rmSync(join(logDir, '000000000001-000000000001.ndjson.gz'));
    expect(await device.transport.repairOwnFiles(target)).toMatchObject({ repaired: 1 });
    expect(readdirSync(logDir)).toEqual(['000000000001-000000000001.ndjson.gz']);
    // A damaged file with no copy is named, not silently skipped.
    const { device: other, target: otherTarget, publish: otherPublish, logDir: otherLog } = await setUp();
    await otherPublish(1, [op()]);
    rmSync(ownFilesDir(other.dataDir, otherTarget.workspaceId, DEVICE), { recursive: true });
    writeFileSync(join(otherLog, '000000000001-000000000001.ndjson.gz'), 'x');
    expect(await other.transport.repairOwnFiles(otherTarget)).toMatchObject({ repaired: 0, unrepairable: ['000000000001-000000000001.ndjson.gz'] });
  });
});

describe('writeFileAtomic on a failing share', () => {
  it('removes the temp file when open created it and then failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-atomic-'));
    mkdirSync(join(dir, 'tmp'));
    const fs: ShareWriteFs = {
      open: async (path) => {
        await fsp.writeFile(path, ''); // the server created the entry, then ran out of space
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
      rename: (a, b) => fsp.rename(a, b),
      unlink: (p) => fsp.unlink(p),
    };
    await expect(writeFileAtomic(join(dir, 'tmp', 'x.tmp'), join(dir, 'x'), new Uint8Array([1]), fs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
