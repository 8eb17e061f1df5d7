import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('mints one id even when asked many times at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    const store = createDeviceIdentityStore({ userDataDir: dir, hostname: 'PR-PC-03' });
    const all = await Promise.all(Array.from({ length: 5 }, () => store.get()));
    expect(new Set(all.map((i) => i.deviceId)).size).toBe(1);
    const renamed = await Promise.all([store.rename('ก'), store.rename('ข')]);
    expect(renamed[0]?.deviceId).toBe(all[0]?.deviceId);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace the id when the file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    mkdirSync(join(dir, 'device.json')); // reading a folder fails with EISDIR, not ENOENT
    await expect(createDeviceIdentityStore({ userDataDir: dir, hostname: 'x' }).get()).rejects.toMatchObject({ code: 'io-failure' });
  });

  it('keeps a readable id from a partly damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    const id = '0190a000-0000-7000-8000-0000000000aa';
    writeFileSync(join(dir, 'device.json'), JSON.stringify({ deviceId: id, deviceName: 'ก'.repeat(200) }));
    expect((await createDeviceIdentityStore({ userDataDir: dir, hostname: 'x' }).get()).deviceId).toBe(id);
  });
});

describe('renewing the device identity after a restore', () => {
  it('mints a new id, keeps the name, answers the previous id, and survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-dev-'));
    const store = createDeviceIdentityStore({ userDataDir: dir, hostname: 'PR-PC-04' });
    const before = await store.rename('เครื่องห้องข่าว');
    const renewed = await store.renew();
    expect(renewed.previousDeviceId).toBe(before.deviceId);
    expect(renewed.deviceId).not.toBe(before.deviceId);
    expect(renewed.deviceName).toBe('เครื่องห้องข่าว');
    expect(await store.get()).toEqual({ deviceId: renewed.deviceId, deviceName: 'เครื่องห้องข่าว' });
    const reloaded = await createDeviceIdentityStore({ userDataDir: dir, hostname: 'x' }).get();
    expect(reloaded).toEqual({ deviceId: renewed.deviceId, deviceName: 'เครื่องห้องข่าว' });
  });
});
