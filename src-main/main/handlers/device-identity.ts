import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { deviceIdentitySchema } from '../../shared/ipc/channels/app';
import { IpcError } from '../../shared/ipc/errors';

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
  // The pending read, not its result: two callers at startup must not each mint an id.
  let pending: Promise<DeviceIdentity> | null = null;
  // Writes run one after another, each through its own temp file.
  let writing: Promise<unknown> = Promise.resolve();

  function write(identity: DeviceIdentity): Promise<void> {
    const next = writing.then(async () => {
      await mkdir(userDataDir, { recursive: true });
      const tmp = `${file}.${randomUUID()}.tmp`;
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(JSON.stringify(identity, null, 2), 'utf8');
        await handle.sync(); // a power cut must not leave an empty device.json
      } finally {
        await handle.close();
      }
      await rename(tmp, file);
    });
    writing = next.catch(() => undefined);
    return next;
  }

  async function fresh(deviceId: string = randomUUID()): Promise<DeviceIdentity> {
    const identity = { deviceId, deviceName: defaultName(hostname) };
    await write(identity);
    return identity;
  }

  async function load(): Promise<DeviceIdentity> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh();
      // Locked by a virus scanner, no permission…: never replace the id over a read error,
      // or this PC would silently become a new device for sync.
      throw new IpcError({ code: 'io-failure', detail: (error as Error).message });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
    const parsed = deviceIdentitySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await rename(file, `${file}.corrupt-${now().getTime()}`);
    // Keep a readable id even when the rest is damaged (e.g. an over-long name).
    const keptId = (raw as { deviceId?: unknown } | null)?.deviceId;
    return fresh(deviceIdentitySchema.shape.deviceId.safeParse(keptId).success ? (keptId as string) : undefined);
  }

  return {
    get(): Promise<DeviceIdentity> {
      pending ??= load().catch((error: unknown) => {
        pending = null; // let the next call try again
        throw error;
      });
      return pending;
    },
    /**
     * A new device id under the same name, after a restore: the restored database continues
     * as a new device, so it never publishes into the old id's log, which the share may
     * already have continued past the backup ("a device publishes only its own ops").
     */
    async renew(): Promise<DeviceIdentity & { previousDeviceId: string }> {
      const previous = await this.get();
      const next = { deviceId: randomUUID(), deviceName: previous.deviceName };
      await write(next);
      pending = Promise.resolve(next);
      return { ...next, previousDeviceId: previous.deviceId };
    },
    async rename(deviceName: string): Promise<DeviceIdentity> {
      const next = { ...(await this.get()), deviceName };
      await write(next);
      pending = Promise.resolve(next);
      return next;
    },
  };
}

export type DeviceIdentityStore = ReturnType<typeof createDeviceIdentityStore>;

function defaultName(hostname: string): string {
  const name = hostname.trim().slice(0, 80);
  return name.length > 0 ? name : 'เครื่องนี้';
}
