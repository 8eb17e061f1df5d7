/**
 * The sandboxed preload: exposes exactly one object, `window.prDesk`, built from the IPC
 * contract's channel names. No ipcRenderer, no process, no Node — and no zod (bundle stays tiny).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPrDeskBridge, type PrDeskBridge } from '../shared/ipc/api';
import type { IpcResult } from '../shared/ipc/errors';

const bridge = createPrDeskBridge(
  (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>,
) satisfies PrDeskBridge;

contextBridge.exposeInMainWorld('prDesk', bridge);
