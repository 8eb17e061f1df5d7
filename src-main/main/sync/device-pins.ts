import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Registry } from '../workspace/registry';

/**
 * Trust on first use for device keys. Anyone holding the office key can seal a registry entry,
 * so an insider could write a new entry under an existing device's id with a key of their own
 * and then sign ops "as" that workstation. Each workstation therefore remembers the public key
 * it first saw for every device id and refuses a different one later ('key-changed'): a forged
 * entry reaches only workstations that never knew the real device. A legitimate device never
 * changes key under the same id (a replacement PC gets a new id: restore renews it).
 */
export interface DevicePins {
  /** The registry without entries whose key differs from the pinned one, and which those were. */
  apply(registry: Registry): Promise<{ registry: Registry; changed: string[] }>;
}

export function createDevicePins(file: string): DevicePins {
  const load = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    async apply(registry) {
      const pinned = await load();
      const entries = new Map(registry.entries);
      const changed: string[] = [];
      let added = false;
      for (const [deviceId, entry] of registry.entries) {
        const known = Object.prototype.hasOwnProperty.call(pinned, deviceId) ? pinned[deviceId] : undefined;
        if (known === undefined) {
          pinned[deviceId] = entry.publicKey;
          added = true;
        } else if (known !== entry.publicKey) {
          entries.delete(deviceId);
          changed.push(deviceId);
        }
      }
      if (added) {
        await mkdir(dirname(file), { recursive: true });
        const tmp = `${file}.${randomUUID()}.tmp`;
        await writeFile(tmp, JSON.stringify(pinned), 'utf8');
        await rename(tmp, file);
      }
      return { registry: { ...registry, entries }, changed };
    },
  };
}
