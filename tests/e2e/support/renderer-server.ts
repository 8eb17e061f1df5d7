import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppProtocolHandler } from '../../../src-main/main/security/app-protocol';

/**
 * Serves the built renderer to Chromium over loopback HTTP through the SAME handler the app
 * registers for `app://` — so E2E sees the real CSP and headers. The request is rewritten to
 * `app://prdesk/<path>` because that is what the handler accepts in the app.
 */
export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

export async function startRendererServer(rendererDir: string, port = 0): Promise<RendererServer> {
  const handle = createAppProtocolHandler(rendererDir);
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const request = new Request(`app://prdesk${req.url ?? '/'}`, { method: req.method ?? 'GET' });
    handle(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((err: unknown) => {
        res.writeHead(500);
        res.end(String(err));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
