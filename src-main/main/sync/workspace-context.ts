import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { SyncTarget } from '../../shared/sync/transport';
import { loadOrCreateDeviceKey, type DeviceKey } from '../workspace/device-keys';
import { createSecretStore, type Protector } from '../workspace/local-store';
import { createDevicePins, type DevicePins } from './device-pins';

/**
 * What this workstation needs to read and write one workspace's share: the office key (proves
 * membership, opens every sealed file) and this device's Ed25519 key (signs what it publishes).
 * Both live in the app's data folder, wrapped by the Protector (safeStorage on a real PC).
 * The device key is per device id: a restore onto a replacement PC renews the id and so gets
 * a key of its own, admitted anew; the old id's files stay valid under the old key.
 */
export interface WorkspaceContext {
  workspaceId: string;
  officeKey: Buffer;
  deviceId: string;
  deviceName: string;
  deviceKey: DeviceKey;
  /** Public keys of the devices this workstation has seen (device-pins.ts). */
  pins: DevicePins;
}

export interface WorkspaceSecrets {
  saveOfficeKey(workspaceId: string, officeKey: Buffer): Promise<void>;
  /** The context for this target and device; 'sync-folder-missing' when this PC never joined it. */
  context(target: SyncTarget, device: { deviceId: string; deviceName: string }): Promise<WorkspaceContext>;
}

export function createWorkspaceSecrets(userDataDir: string, protector: Protector): WorkspaceSecrets {
  const officeStore = (workspaceId: string) => createSecretStore(join(userDataDir, 'workspaces', workspaceId), protector);
  const deviceStore = (deviceId: string) => createSecretStore(join(userDataDir, 'device-keys', deviceId), protector);
  return {
    async saveOfficeKey(workspaceId, officeKey) {
      await officeStore(workspaceId).save('office-key', officeKey);
    },
    async context(target, device) {
      const officeKey = await officeStore(target.workspaceId).load('office-key');
      if (!officeKey || officeKey.length !== 32) throw new IpcError({ code: 'sync-folder-missing', detail: 'this workstation holds no key for the workspace' });
      const deviceKey = await loadOrCreateDeviceKey(deviceStore(device.deviceId));
      const pins = createDevicePins(join(userDataDir, 'workspaces', target.workspaceId, 'device-pins.json'));
      return { workspaceId: target.workspaceId, officeKey, deviceId: device.deviceId, deviceName: device.deviceName, deviceKey, pins };
    },
  };
}
