import { createPrDeskClient, type PrDeskBridge, type PrDeskClient } from '../../src-main/shared/ipc/api';

declare global {
  interface Window {
    /** Exposed by the preload (src-main/preload); read only here. */
    readonly prDesk?: PrDeskBridge;
  }
}

let client: PrDeskClient | null = null;

/** The main process, as the renderer calls it. Failures throw `IpcError` with a code to translate. */
export function mainProcess(): PrDeskClient {
  if (client) return client;
  const bridge = window.prDesk;
  if (!bridge) throw new Error('PR Desk must run inside its desktop window (window.prDesk is missing).');
  client = createPrDeskClient(bridge);
  return client;
}

