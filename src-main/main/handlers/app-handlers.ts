import { isAllowedExternalUrl } from '../security/external-links';
import type { HandlerTable } from '../ipc/dispatch';
import { createDeviceIdentityStore, type DeviceIdentityStore } from './device-identity';

export interface AppHandlerDeps {
  userDataDir: string;
  hostname: string;
  appInfo: { name: string; version: string; platform: string };
  /** `shell.openExternal` in the app; a recorder in tests. Called only for allow-listed URLs. */
  openExternal: (url: string) => Promise<void>;
  /** One identity store per process (sync signs as this id): passed in by the handler table. */
  identity?: DeviceIdentityStore;
}

type AppChannels = 'app:get-info' | 'device:get-identity' | 'device:rename' | 'device:renew-identity' | 'shell:open-external';

export function createAppHandlers(deps: AppHandlerDeps): Pick<HandlerTable, AppChannels> {
  const identity = deps.identity ?? createDeviceIdentityStore({ userDataDir: deps.userDataDir, hostname: deps.hostname });
  return {
    'app:get-info': () => ({ ...deps.appInfo, userDataDir: deps.userDataDir }),
    'device:get-identity': () => identity.get(),
    'device:rename': ({ deviceName }) => identity.rename(deviceName),
    'device:renew-identity': () => identity.renew(),
    'shell:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await deps.openExternal(url);
      return { opened: true };
    },
  };
}
