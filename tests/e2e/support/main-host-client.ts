/**
 * The parent's side of main-host.ts: forks it, waits until its handlers are built, and carries
 * each IPC call there and its result back (ids pair calls with results: they may finish out of
 * order). Used by startWorkstation(…, { mainInChildProcess: true }).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { SenderInfo } from '../../../src-main/main/ipc/trusted-sender';
import type { IpcResult } from '../../../src-main/shared/ipc/errors';
import type { E2eMainEnvironment } from './main-deps';
import type { MainHostReply, MainHostRequest } from './main-host';
import { PROJECT_ROOT } from './paths';

export interface MainHost {
  pid: number;
  /** A property, not a method: passed on as the Playwright binding's dispatch. */
  invoke: (channel: unknown, payload: unknown, sender: SenderInfo) => Promise<IpcResult<unknown>>;
  /** Builds the handler table afresh in the same child, as a relaunch does in-process. */
  reset(): Promise<void>;
  /** Sets env[key] in the child (what its stubbed pickers answer). */
  setEnv(key: string, value: unknown): void;
  /** Disconnects the child, which exits; killed if it has not within 5 s. */
  close(): Promise<void>;
}

export async function startMainHost(env: E2eMainEnvironment, origin: string): Promise<MainHost> {
  // run-ts.mjs loads the TypeScript through vite's module runner, as for bench/run.ts.
  const child = fork(join(PROJECT_ROOT, 'scripts/pdf/run-ts.mjs'), [join(PROJECT_ROOT, 'tests/e2e/support/main-host.ts')], {
    cwd: PROJECT_ROOT,
    serialization: 'advanced', // structured clone: Uint8Array payloads and results cross intact
    stdio: 'inherit',
    // PR_DESK_MAIN_CPU_PROF=<dir>: a V8 CPU profile of main's handlers, written when the child exits.
    execArgv: process.env.PR_DESK_MAIN_CPU_PROF ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env.PR_DESK_MAIN_CPU_PROF}`] : undefined,
  });
  const send = (message: MainHostRequest) => child.send(message);
  const pending = new Map<number, { resolve: (result: IpcResult<unknown>) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // A call in flight when main dies fails in the page instead of hanging.
      exited = new Error(`main host (pid ${String(child.pid)}) exited with ${String(code ?? signal)}`);
      for (const { reject } of pending.values()) reject(exited);
      pending.clear();
      resolve();
    }),
  );
  let ready: (() => void) | null = null;
  child.on('message', (message: MainHostReply) => {
    if (message.type === 'ready') ready?.();
    else if (message.type === 'result') {
      pending.get(message.id)?.resolve(message.result);
      pending.delete(message.id);
    }
  });
  const failed = new Promise<never>((_, reject) => {
    void exit.then(() => reject(exited ?? new Error('main host exited')));
    child.once('error', reject);
  });
  failed.catch(() => undefined); // only awaited while waiting for 'ready'
  const init = () =>
    Promise.race([
      new Promise<void>((resolve) => {
        ready = resolve;
        send({ type: 'init', env, origin });
      }),
      failed,
    ]);
  await init();
  return {
    pid: child.pid ?? 0,
    invoke: (channel, payload, sender) => {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ type: 'call', id, channel, payload, sender });
      });
    },
    reset: init,
    setEnv(key, value) {
      if (!exited) send({ type: 'env', key, value });
    },
    async close() {
      if (exited) return;
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
