import { Worker } from 'node:worker_threads';
import type { InflateRequest, InflateResponse, InflateResult } from './inflate-core';

export type { InflateResult } from './inflate-core';

/**
 * One worker, one job at a time (sync reads files one by one; a queue keeps memory at one capped
 * output). A job that takes longer than `timeoutMs` gets 'timeout': the worker is terminated —
 * the only way to stop a running zlib call — and a fresh one starts for the next job.
 */
export interface Inflater {
  gunzip(gz: Uint8Array, maxBytes: number): Promise<InflateResult>;
  close(): Promise<void>;
}

export interface InflaterOptions {
  /** Creates the worker; main passes the bundled file, tests one built from inflate-worker.ts. */
  createWorker: () => Worker;
  timeoutMs?: number;
}

export function workerFromFile(file: string | URL): () => Worker {
  return () => {
    const worker = new Worker(file);
    worker.unref(); // idle workers must not keep the app or a test run alive
    return worker;
  };
}

export function createInflater({ createWorker, timeoutMs = 30_000 }: InflaterOptions): Inflater {
  let worker: Worker | null = null;
  let nextId = 1;
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  const run = (gz: Uint8Array, maxBytes: number): Promise<InflateResult> =>
    new Promise((resolve) => {
      const w = worker ?? (worker = createWorker());
      const id = nextId++;
      const finish = (result: InflateResult, kill: boolean): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onError);
        if (kill) {
          if (worker === w) worker = null;
          void w.terminate();
        }
        resolve(result);
      };
      const onMessage = (response: InflateResponse): void => {
        if (response.id === id) finish(response.result, false);
      };
      const onError = (): void => finish({ ok: false, reason: 'worker-failed' }, true);
      const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }, true), timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onError);
      const request: InflateRequest = { id, gz, maxBytes };
      w.postMessage(request);
    });

  return {
    gunzip(gz, maxBytes) {
      if (closed) return Promise.resolve({ ok: false, reason: 'worker-failed' });
      const job = tail.then(() => run(gz, maxBytes));
      tail = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      await tail;
      if (worker) await worker.terminate();
      worker = null;
    },
  };
}
