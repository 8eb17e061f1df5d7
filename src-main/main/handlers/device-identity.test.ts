import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeviceIdentityStore } from './device-identity';

describe('device identity', () => {
  it('is made once and stays the same across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    const first = await createDeviceIdentityStore({ userDataDir: dir, hostname: 'PR-PC-01' }).get();
    const again = await createDeviceIdentityStore({ userDataDir: dir, hostname: 'PR-PC-01' }).get();
    expect(again).toEqual(first);
    expect(first.deviceName).toBe('PR-PC-01');
    expect(existsSync(join(dir, 'device.json'))).toBe(true);
  });

  it('keeps a renamed device name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    const store = createDeviceIdentityStore({ userDataDir: dir, hostname: 'x' });
    const before = await store.get();
    await store.rename('เครื่องงานข่าว');
    const reloaded = await createDeviceIdentityStore({ userDataDir: dir, hostname: 'x' }).get();
    expect(reloaded).toEqual({ deviceId: before.deviceId, deviceName: 'เครื่องงานข่าว' });
  });

  it('sets a damaged file aside instead of crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    writeFileSync(join(dir, 'device.json'), '\0\0\0\0');
    const identity = await createDeviceIdentityStore({ userDataDir: dir, hostname: 'PR-PC-02', now: () => new Date(5) }).get();
    expect(identity.deviceName).toBe('PR-PC-02');
    expect(readdirSync(dir)).toContain('device.json.corrupt-5');
  });
});
