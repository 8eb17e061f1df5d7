import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfRenderRequest } from '../../shared/pdf/documents';
import { createPdfEngine, type RenderedPdf } from './engine';
import { renderRequest } from './render-request';
import type { PdfWorkerData, PdfWorkerJob, PdfWorkerReply } from './worker-protocol';

export interface BatchProgress {
  done: number;
  total: number;
}

export type BatchResult = { ok: true; pdf: RenderedPdf } | { ok: false; error: Error };

/** Turns validated requests into PDFs; the app uses worker threads, tests may stay in-process. */
export interface PdfRenderer {
  render(request: PdfRenderRequest): Promise<RenderedPdf>;
  /**
   * Many documents through the same queue. One failure does not lose the others: each result
   * says whether its document rendered. `onProgress` runs after every finished document.
   */
  renderBatch(requests: readonly PdfRenderRequest[], onProgress?: (progress: BatchProgress) => void): Promise<BatchResult[]>;
  close(): Promise<void>;
}

/** The part of a node:worker_threads Worker the pool uses (a fake one in tests). */
export interface PoolWorker {
  postMessage(message: PdfWorkerJob): void;
  on(event: 'message', listener: (reply: PdfWorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface WorkerPoolOptions {
  createWorker: () => PoolWorker;
  /** Workers started at most; each renders one document at a time. */
  size: number;
  /** A document that takes longer is abandoned and its worker replaced. */
  jobTimeoutMs?: number;
}

interface Job {
  id: number;
  request: PdfRenderRequest;
  resolve: (pdf: RenderedPdf) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: PoolWorker;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
  dead: boolean;
}

export const DEFAULT_JOB_TIMEOUT_MS = 120_000;

/** Leaves a core for the UI; two workers are plenty for an office PC's batch exports. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

async function renderAll(
  render: (request: PdfRenderRequest) => Promise<RenderedPdf>,
  requests: readonly PdfRenderRequest[],
  onProgress?: (progress: BatchProgress) => void,
): Promise<BatchResult[]> {
  let done = 0;
  const total = requests.length;
  return Promise.all(
    requests.map(async (request): Promise<BatchResult> => {
      let result: BatchResult;
      try {
        result = { ok: true, pdf: await render(request) };
      } catch (error) {
        result = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
      done += 1;
      onProgress?.({ done, total });
      return result;
    }),
  );
}

/**
 * A small pool of worker threads with a first-come queue. Workers start when first needed and
 * stay warm (fonts loaded) until close(); a worker that crashes or hangs is replaced and only
 * its own document fails.
 */
export function createWorkerPool({ createWorker, size, jobTimeoutMs = DEFAULT_JOB_TIMEOUT_MS }: WorkerPoolOptions): PdfRenderer {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  function finish(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  function retire(slot: Slot, error: Error): Promise<unknown> {
    if (slot.dead) return Promise.resolve();
    slot.dead = true;
    slots.splice(slots.indexOf(slot), 1);
    finish(slot)?.reject(error);
    const stopped = slot.worker.terminate();
    pump();
    return stopped;
  }

  function startSlot(): Slot {
    const slot: Slot = { worker: createWorker(), job: null, timer: null, dead: false };
    slot.worker.on('message', (reply) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      finish(slot);
      if (reply.ok) job.resolve({ bytes: reply.bytes, pageCount: reply.pageCount });
      else job.reject(new Error(reply.message));
      pump();
    });
    slot.worker.on('error', (error) => void retire(slot, error));
    slot.worker.on('exit', (code) => void retire(slot, new Error(`PDF worker stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? startSlot() : null);
      if (!slot) return;
      const job = queue.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => void retire(slot, new Error('PDF rendering timed out')), jobTimeoutMs);
      slot.worker.postMessage({ id: job.id, request: job.request });
    }
  }

  function render(request: PdfRenderRequest): Promise<RenderedPdf> {
    if (closed) return Promise.reject(new Error('PDF renderer is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ id: nextId++, request, resolve, reject });
      pump();
    });
  }

  return {
    render,
    renderBatch: (requests, onProgress) => renderAll(render, requests, onProgress),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('PDF renderer is closed'));
      await Promise.all([...slots].map((slot) => retire(slot, new Error('PDF renderer is closed'))));
    },
  };
}

/** Real worker threads running the bundled worker (out/main/pdf-worker.js). */
export function threadWorkerFactory(workerFile: string | URL, fontDir: string): () => PoolWorker {
  return () => {
    const data: PdfWorkerData = { fontDir };
    const worker = new Worker(workerFile, { workerData: data });
    // Idle workers must not keep the app (or a test run) alive.
    worker.unref();
    return worker;
  };
}

/** Renders on the calling thread: unit tests, scripts and the benchmark. */
export function createInProcessRenderer({ fontDir }: { fontDir: string }): PdfRenderer {
  const engine = createPdfEngine({ fontDir });
  let closed = false;
  const render = (request: PdfRenderRequest) =>
    closed ? Promise.reject(new Error('PDF renderer is closed')) : renderRequest(engine, request);
  return {
    render,
    renderBatch: (requests, onProgress) => renderAll(render, requests, onProgress),
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}

/** The app's renderer: worker threads when the worker bundle is given, else in-process. */
export function createPdfRenderer({
  fontDir,
  workerFile,
  size = defaultPoolSize(),
}: {
  fontDir: string;
  workerFile: string | URL | null;
  size?: number;
}): PdfRenderer {
  return workerFile === null
    ? createInProcessRenderer({ fontDir })
    : createWorkerPool({ createWorker: threadWorkerFactory(workerFile, fontDir), size });
}
