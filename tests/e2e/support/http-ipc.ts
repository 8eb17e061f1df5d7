import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatch } from '../../../src-main/main/ipc/dispatch';
import { decodeWire, encodeWire } from './ipc-wire';

export const HTTP_IPC_PREFIX = '/__bench-ipc/';

/**
 * `ipcRenderer.invoke` as a POST to the page server, for the bench (bench-server.ts). Playwright's
 * binding carries every payload and result as JSON through the DevTools protocol, into strings
 * in the page's heap: a backup's parts then cost the bench seconds and the window hundreds of MB
 * that Electron's IPC does not. Here a part crosses as bytes (ipc-wire.ts), as in the app. The
 * sender is the page that posted (its Referer), in its main frame: the harness has no iframes.
 * For the bench harness only: the app's own pages send no Referer (its Referrer-Policy is
 * no-referrer), so main would refuse their calls as from an unknown sender. A route stays
 * registered for the life of the server (a restart registers another): fine for one bench run.
 */
export class HttpIpc {
  private readonly routes = new Map<string, Dispatch>();

  /** Answers the path a page posts to for this dispatch. */
  register(dispatch: Dispatch): string {
    const id = randomUUID();
    this.routes.set(id, dispatch);
    return `${HTTP_IPC_PREFIX}${id}`;
  }

  /** Handles the request if it is an IPC call (true), else leaves it alone (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '';
    if (!url.startsWith(HTTP_IPC_PREFIX)) return false;
    const dispatch = this.routes.get(url.slice(HTTP_IPC_PREFIX.length));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = async () => {
        if (!dispatch || req.method !== 'POST') throw new Error(`no IPC route ${url}`);
        const { channel, payload } = decodeWire(Buffer.concat(chunks)) as { channel: unknown; payload: unknown };
        return encodeWire(await dispatch(channel, payload, { url: req.headers.referer ?? '', isMainFrame: true }));
      };
      answer()
        .then((body) => {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          res.end(body);
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(error instanceof Error ? error.message : String(error));
        });
    });
    return true;
  }
}
