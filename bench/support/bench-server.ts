import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createAppProtocolHandler } from '../../src-main/main/security/app-protocol';
import { HttpIpc } from '../../tests/e2e/support/http-ipc';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
export const HARNESS_PATH = '/__bench/index.html';

/**
 * One origin for the app and the bench harness: the built renderer through the app's own
 * protocol handler (real CSP), and the harness under /__bench/. Same origin means the same
 * IndexedDB, so the harness seeds and measures the database the app then opens. A workstation
 * started with `{ httpIpc: server.ipc }` calls main by POST to this server (http-ipc.ts).
 */
export async function startBenchServer(rendererDir: string, harnessDir: string, port = 0): Promise<{ origin: string; ipc: HttpIpc; close(): Promise<void> }> {
  const app = createAppProtocolHandler(rendererDir);
  const ipc = new HttpIpc();
  const server: Server = createServer((req, res) => {
    if (ipc.handle(req, res)) return;
    const url = req.url ?? '/';
    const respond = async () => {
      if (url.startsWith('/__bench/')) {
        const path = normalize(join(harnessDir, url.slice('/__bench/'.length).split('?')[0] ?? ''));
        if (!path.startsWith(harnessDir)) return { status: 403, headers: {}, body: Buffer.from('') };
        const body = await readFile(path).catch(() => null);
        if (!body) return { status: 404, headers: {}, body: Buffer.from('') };
        return { status: 200, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }, body };
      }
      const response = await app(new Request(`app://prdesk${url}`, { method: req.method ?? 'GET' }));
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: Buffer.from(await response.arrayBuffer()) };
    };
    respond()
      .then(({ status, headers, body }) => {
        res.writeHead(status, headers);
        res.end(body);
      })
      .catch((err: unknown) => {
        res.writeHead(500);
        res.end(String(err));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, ipc, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
