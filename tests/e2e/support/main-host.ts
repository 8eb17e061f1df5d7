/**
 * Main's handlers in a Node process of their own, for the bench: so the peak memory reported as
 * `main` is the handlers' and not that of the process that also runs Playwright's client and the
 * page server. startWorkstation(…, { mainInChildProcess: true }) forks it as
 *   fork('scripts/pdf/run-ts.mjs', ['tests/e2e/support/main-host.ts'], { serialization: 'advanced' })
 * ('advanced' = V8's structured clone, so Uint8Array payloads and results survive the channel).
 * It answers the messages below and exits when its parent disconnects. Its baseline is Node
 * plus vite's module runner (which loads this TypeScript); the Electron app has neither.
 */
import { createMainIpc } from '../../../src-main/main/ipc/create-main-ipc';
import type { SenderInfo } from '../../../src-main/main/ipc/trusted-sender';
import type { IpcResult } from '../../../src-main/shared/ipc/errors';
import { createE2eMainDeps, type E2eMainEnvironment } from './main-deps';

/** Parent → main host. */
export type MainHostRequest =
  | { type: 'init'; env: E2eMainEnvironment; origin: string }
  | { type: 'call'; id: number; channel: unknown; payload: unknown; sender: SenderInfo }
  /** The bench sets env.chosenFolder / env.chosenOpenFile before it calls a handler that opens a picker. */
  | { type: 'env'; key: string; value: unknown };

/** Main host → parent. */
export type MainHostReply = { type: 'ready' } | { type: 'result'; id: number; result: IpcResult<unknown> };

const send = process.send?.bind(process);
if (!send) {
  console.error('main-host.ts runs as a forked child (it needs the IPC channel); see tests/e2e/support/workstation.ts');
  process.exit(2);
}
// The callback takes the error of a send after the parent left (it would be thrown otherwise).
const reply = (message: MainHostReply) => send(message, undefined, undefined, () => undefined);

let env: E2eMainEnvironment | null = null;
let ipc: ReturnType<typeof createMainIpc> | null = null;

process.on('message', (message: MainHostRequest) => {
  switch (message.type) {
    case 'init': {
      env = message.env;
      const url = new URL(message.origin);
      // As workstation.ts builds it in-process: the real handler table over the E2E deps.
      ipc = createMainIpc(createE2eMainDeps(env), { protocol: url.protocol, host: url.host });
      reply({ type: 'ready' });
      return;
    }
    case 'env':
      if (env) (env as unknown as Record<string, unknown>)[message.key] = message.value;
      return;
    case 'call': {
      const { id, channel, payload, sender } = message;
      const answer = async (): Promise<IpcResult<unknown>> => {
        if (!ipc) return { ok: false, error: { code: 'internal', detail: 'main host not initialised' } };
        // dispatch never throws by contract; guarded anyway, or the page's call would hang forever.
        return ipc.dispatch(channel, payload, sender).catch((error: unknown) => ({ ok: false, error: { code: 'internal', detail: String(error) } }));
      };
      void answer().then((result) => reply({ type: 'result', id, result }));
      return;
    }
  }
});

// Held open until the parent goes: run-ts.mjs closes vite's module runner once this module's
// top level settles, and a handler that imported a module lazily would then fail.
await new Promise<void>((resolve) => process.once('disconnect', resolve));
process.exit(0);
