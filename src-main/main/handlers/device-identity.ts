import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { deviceIdentitySchema } from '../../shared/ipc/channels/app';

export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

const FILE_NAME = 'device.json';

export interface DeviceIdentityStoreDeps {
  userDataDir: string;
  /** The computer's name, the default device name staff see in sync results. */
  hostname: string;
  now?: () => Date;
}

/**
 * This workstation's identity for sync: a random id made once and kept in the app's own
 * folder (not in IndexedDB, so clearing browser data cannot silently create a second
 * "device" that replays the same operations). A corrupt file is kept aside, never lost.
 */
export function createDeviceIdentityStore({ userDataDir, hostname, now = () => new Date() }: DeviceIdentityStoreDeps) {
  const file = join(userDataDir, FILE_NAME);
  let cached: DeviceIdentity | null = null;

  async function write(identity: DeviceIdentity): Promise<void> {
    await mkdir(userDataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(identity, null, 2), 'utf8');
    await rename(tmp, file);
  }

  async function load(): Promise<DeviceIdentity> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      const fresh = { deviceId: randomUUID(), deviceName: defaultName(hostname) };
      await write(fresh);
      return fresh;
    }
    try {
      return deviceIdentitySchema.parse(JSON.parse(text));
    } catch {
      await rename(file, `${file}.corrupt-${now().getTime()}`);
      const fresh = { deviceId: randomUUID(), deviceName: defaultName(hostname) };
      await write(fresh);
      return fresh;
    }
  }

  return {
    async get(): Promise<DeviceIdentity> {
      cached ??= await load();
      return cached;
    },
    async rename(deviceName: string): Promise<DeviceIdentity> {
      const current = await this.get();
      const next = { ...current, deviceName };
      await write(next);
      cached = next;
      return next;
    },
  };
}

function defaultName(hostname: string): string {
  const name = hostname.trim().slice(0, 80);
  return name.length > 0 ? name : 'เครื่องนี้';
}
