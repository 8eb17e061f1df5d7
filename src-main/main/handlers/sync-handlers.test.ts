import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_PART_CHARS } from '../../shared/ipc/channels/sync';
import { createSyncHandlers } from './sync-handlers';

describe('snapshot over IPC in parts', () => {
  it('writes a snapshot larger than one part and reads it back in parts, Thai intact', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pr-desk-snap-'));
    const handlers = createSyncHandlers({ userDataDir: join(root, 'user'), chooseFolder: () => Promise.resolve(null) });
    await handlers['sync:create-folder']({ folder: join(root, 'share') });
    const deviceId = '0190a000-0000-7000-8000-0000000000d1';
    const json = JSON.stringify({ text: 'ประชาสัมพันธ์'.repeat(Math.ceil((SNAPSHOT_PART_CHARS * 2.5) / 13)) });
    const uploadId = '0190a000-0000-7000-8000-0000000000a9';
    const parts = Math.ceil(json.length / SNAPSHOT_PART_CHARS);
    expect(parts).toBe(3);
    for (let part = 0; part < parts; part++) {
      const text = json.slice(part * SNAPSHOT_PART_CHARS, (part + 1) * SNAPSHOT_PART_CHARS);
      const { written } = await handlers['sync:write-snapshot']({ deviceId, covered: 5, uploadId, part, final: part === parts - 1, text });
      expect(written).toBe(part === parts - 1);
    }
    const read: string[] = [];
    for (let offset = 0; ; ) {
      const part = await handlers['sync:read-snapshot']({ offset });
      expect(part?.deviceId).toBe(deviceId);
      read.push(part!.text);
      offset += part!.text.length;
      if (offset >= part!.total) break;
    }
    expect(read).toHaveLength(3);
    expect(read.join('')).toBe(json);
  });
});
