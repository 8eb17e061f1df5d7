import { readFileSync } from 'node:fs';
import { decodeWire, encodeWire } from './ipc-wire';
import { PRELOAD_BUNDLE } from './paths';

/** Name of the Playwright binding that carries `ipcRenderer.invoke` to the test process. */
export const INVOKE_BINDING = '__prDeskE2eInvoke';

/**
 * Returns an init script that runs the REAL preload bundle (out/preload/index.cjs) in the page,
 * with a stand-in for the two Electron objects it uses: `contextBridge.exposeInMainWorld`
 * defines the global, and `ipcRenderer.invoke` calls the Playwright binding. So the
 * `window.prDesk` the tests drive is built by the code the app ships.
 */
export function preloadInitScript(httpIpcPath: string | null = null): string {
  const bundle = readFileSync(PRELOAD_BUNDLE, 'utf8');
  // The bench posts to the page server instead (http-ipc.ts): bytes cross as bytes. The body is
  // a Blob, not the bytes themselves: Chromium hands a Blob to its network service through the
  // blob registry, an ArrayBuffer body through a data pipe in small pieces (a 4 MB backup part:
  // about 40 ms against 130–380 ms here), and the bench measured that as the app's IPC.
  const invoke = httpIpcPath
    ? `async (channel, payload) => {
        const encodeWire = ${encodeWire.toString()};
        const decodeWire = ${decodeWire.toString()};
        const response = await fetch(${JSON.stringify(httpIpcPath)}, { method: 'POST', body: new Blob([encodeWire({ channel, payload })]) });
        if (!response.ok) throw new Error(await response.text());
        return decodeWire(new Uint8Array(await response.arrayBuffer()));
      }`
    : `(channel, payload) => window[${JSON.stringify(INVOKE_BINDING)}](channel, payload)`;
  return `(() => {
  if (window.top !== window) return; // Electron runs the preload in the main frame only
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: api, enumerable: true, configurable: false, writable: false });
      },
    },
    ipcRenderer: { invoke: ${invoke} },
  };
  const require = (id) => {
    if (id === 'electron') return electron;
    throw new Error('The sandboxed preload may not require ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${bundle}
  })(require, module, module.exports);
})();`;
}
