import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, BackupPreview } from '../../shared/ipc/channels/backup';
import { createPurgeHandlers, PURGE_BACKUP_MAX_AGE_MS } from './purge-handlers';

const NOW = new Date('2026-12-06T10:00:00Z');

function info(seq: number, reason: BackupInfo['reason'], createdAt: Date): BackupInfo {
  return { name: `${String(seq).padStart(6, '0')}-${reason}`, seq, reason, createdAt: createdAt.toISOString(), recordBytes: 10, blobCount: 0, blobBytes: 0 };
}

describe('rebuilding the database files after an erasure (main side)', () => {
  let dir: string;
  let list: BackupInfo[];
  let damaged: number;
  let deviceOfBackup: string;
  let clear: ReturnType<typeof vi.fn<() => Promise<void>>>;
  const handlers = (withClear = true) =>
    createPurgeHandlers({
      userDataDir: dir,
      now: () => NOW,
      ...(withClear ? { clearAppDatabases: clear } : {}),
      backups: {
        list: () => Promise.resolve(list),
        open: (name) => Promise.resolve({ ...list.find((b) => b.name === name)!, schemaVersion: 13, deviceId: deviceOfBackup, blobsAbsent: 0, tables: [{ table: 'interns', rows: 1, parts: 1, damagedParts: damaged }] } satisfies BackupPreview),
      },
      deviceId: () => Promise.resolve('device-a'),
    });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'purge-'));
    list = [info(1, 'daily', new Date(NOW.getTime() - 86_400_000)), info(2, 'after-erasure', new Date(NOW.getTime() - 30_000))];
    damaged = 0;
    deviceOfBackup = 'device-a';
    clear = vi.fn(() => Promise.resolve());
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('remembers the wish, clears only with the backup of a moment ago, and forgets once the records are back', async () => {
    const h = handlers();
    expect(await h['database:purge-status'](undefined)).toEqual({ wanted: false, rebuildFrom: null });
    expect(await h['database:purge-want'](undefined)).toEqual({ wanted: true, rebuildFrom: null });
    // The marker is on disk before the files go: a crash after it rebuilds from that backup.
    clear.mockImplementation(async () => {
      expect(JSON.parse(await readFile(join(dir, 'database-purge.json'), 'utf8'))).toEqual({ wanted: true, rebuildFrom: '000002-after-erasure' });
    });
    expect(await h['database:purge-clear']({ backup: '000002-after-erasure' })).toEqual({ wanted: true, rebuildFrom: '000002-after-erasure' });
    expect(clear).toHaveBeenCalledOnce();
    // A second clear before the rebuild finished would lose what it wrote back.
    await expect(h['database:purge-clear']({ backup: '000002-after-erasure' })).rejects.toMatchObject({ code: 'not-allowed' });
    expect(await h['database:purge-done']({ backup: '000001-daily' })).toEqual({ wanted: true, rebuildFrom: '000002-after-erasure' });
    expect(await handlers()['database:purge-done']({ backup: '000002-after-erasure' })).toEqual({ wanted: false, rebuildFrom: null });
  });

  it('refuses to clear for an older backup, another workstation’s, an old one or a damaged one: that would be a restore', async () => {
    const h = handlers();
    await expect(h['database:purge-clear']({ backup: '000001-daily' })).rejects.toMatchObject({ code: 'not-allowed' });
    list = [info(1, 'daily', new Date(NOW.getTime() - 86_400_000)), info(2, 'after-erasure', new Date(NOW.getTime() - PURGE_BACKUP_MAX_AGE_MS - 1000))];
    await expect(h['database:purge-clear']({ backup: '000002-after-erasure' })).rejects.toMatchObject({ code: 'not-allowed' });
    list = [info(2, 'after-erasure', new Date(NOW.getTime() - 1000))];
    deviceOfBackup = 'device-b';
    await expect(h['database:purge-clear']({ backup: '000002-after-erasure' })).rejects.toMatchObject({ code: 'not-allowed' });
    deviceOfBackup = 'device-a';
    damaged = 1;
    await expect(h['database:purge-clear']({ backup: '000002-after-erasure' })).rejects.toMatchObject({ code: 'damaged-file' });
    await expect(handlers(false)['database:purge-clear']({ backup: '000002-after-erasure' })).rejects.toMatchObject({ code: 'not-allowed' });
    expect(clear).not.toHaveBeenCalled();
    expect(await h['database:purge-status'](undefined)).toEqual({ wanted: false, rebuildFrom: null });
  });

  it('an unreadable marker asks for another rebuild rather than guessing a backup', async () => {
    await writeFile(join(dir, 'database-purge.json'), '{"wanted": tru');
    expect(await handlers()['database:purge-status'](undefined)).toEqual({ wanted: true, rebuildFrom: null });
  });
});
