import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessRenderer, createWorkerPool, threadWorkerFactory, type PoolWorker } from './pool';
import { allPdfSamples } from './samples';
import { pdfInfo } from './testing/poppler';
import { FONT_DIR, PROJECT_ROOT } from '../../../tests/fixtures/thai-fixtures';
import type { PdfWorkerJob, PdfWorkerReply } from './worker-protocol';

const samples = allPdfSamples();
const request = samples[0]?.request;
if (!request) throw new Error('no samples');

/** A worker that answers when the test says so. */
class FakeWorker extends EventEmitter implements PoolWorker {
  static all: FakeWorker[] = [];
  jobs: PdfWorkerJob[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.all.push(this);
  }
  postMessage(job: PdfWorkerJob): void {
    this.jobs.push(job);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
  reply(reply: Partial<PdfWorkerReply> & { ok: boolean }): void {
    const id = this.jobs.at(-1)?.id ?? 0;
    this.emit('message', reply.ok ? { id, ok: true, bytes: new Uint8Array([id]), pageCount: 1 } : { id, ok: false, message: 'broken' });
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWorkerPool (fake workers)', () => {
  it('starts no more workers than its size and queues the rest in order', async () => {
    FakeWorker.all = [];
    const pool = createWorkerPool({ createWorker: () => new FakeWorker(), size: 2 });
    const results = [pool.render(request), pool.render(request), pool.render(request)];
    expect(FakeWorker.all).toHaveLength(2);
    const [first, second] = FakeWorker.all as [FakeWorker, FakeWorker];
    expect(first.jobs.map((j) => j.id)).toEqual([1]);
    expect(second.jobs.map((j) => j.id)).toEqual([2]);
    first.reply({ ok: true });
    await tick();
    expect(first.jobs.map((j) => j.id)).toEqual([1, 3]); // the free worker takes the next job
    first.reply({ ok: true });
    second.reply({ ok: false });
    await expect(results[0]).resolves.toMatchObject({ bytes: new Uint8Array([1]) });
    await expect(results[1]).rejects.toThrow('broken');
    await expect(results[2]).resolves.toMatchObject({ bytes: new Uint8Array([3]) });
    await pool.close();
  });

  it('replaces a crashed worker and fails only its own document', async () => {
    FakeWorker.all = [];
    const pool = createWorkerPool({ createWorker: () => new FakeWorker(), size: 1 });
    const lost = pool.render(request);
    const next = pool.render(request);
    FakeWorker.all[0]?.emit('error', new Error('out of memory'));
    await expect(lost).rejects.toThrow('out of memory');
    await tick();
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    FakeWorker.all[1]?.reply({ ok: true });
    await expect(next).resolves.toMatchObject({ pageCount: 1 });
    await pool.close();
  });

  it('abandons a document that takes too long', async () => {
    FakeWorker.all = [];
    const pool = createWorkerPool({ createWorker: () => new FakeWorker(), size: 1, jobTimeoutMs: 20 });
    await expect(pool.render(request)).rejects.toThrow(/timed out/);
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    await pool.close();
  });

  it('reports batch progress and keeps the good documents when one fails', async () => {
    FakeWorker.all = [];
    const pool = createWorkerPool({ createWorker: () => new FakeWorker(), size: 1 });
    const progress: string[] = [];
    const batch = pool.renderBatch([request, request, request], (p) => progress.push(`${p.done}/${p.total}`));
    for (const ok of [true, false, true]) {
      await tick();
      FakeWorker.all[0]?.reply({ ok });
    }
    const results = await batch;
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    await pool.close();
  });

  it('refuses work after close and fails what was still queued', async () => {
    FakeWorker.all = [];
    const pool = createWorkerPool({ createWorker: () => new FakeWorker(), size: 1 });
    const running = pool.render(request);
    const queued = pool.render(request);
    await pool.close();
    await expect(running).rejects.toThrow(/closed/);
    await expect(queued).rejects.toThrow(/closed/);
    await expect(pool.render(request)).rejects.toThrow(/closed/);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });
});

describe('the real worker thread', () => {
  // Bundle worker.ts the way electron-vite does for out/main/pdf-worker.js (node_modules stay
  // external), inside the project so the bundle resolves pdfmake from node_modules.
  const outDir = join(PROJECT_ROOT, 'node_modules/.cache/pr-desk-pdf-worker-test');
  const workerFile = join(outDir, 'pdf-worker.mjs');

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    await build({
      configFile: false,
      logLevel: 'error',
      root: PROJECT_ROOT,
      build: {
        ssr: join(PROJECT_ROOT, 'src-main/main/pdf/worker.ts'),
        outDir,
        emptyOutDir: true,
        minify: false,
        rollupOptions: { output: { format: 'es', entryFileNames: 'pdf-worker.mjs' } },
      },
    });
  }, 60_000);

  const pool = createWorkerPool({ createWorker: threadWorkerFactory(workerFile, FONT_DIR), size: 2 });
  afterAll(() => pool.close());

  it('renders every sample off the main thread, the same as in-process', async () => {
    const inProcess = createInProcessRenderer({ fontDir: FONT_DIR });
    const progress: number[] = [];
    const results = await pool.renderBatch(
      samples.map((s) => s.request),
      (p) => progress.push(p.done),
    );
    expect(progress).toEqual(samples.map((_s, i) => i + 1));
    for (const [i, result] of results.entries()) {
      if (!result.ok) throw result.error;
      const local = await inProcess.render(samples[i]?.request ?? request);
      expect(result.pdf.pageCount).toBe(local.pageCount);
      expect((await pdfInfo(result.pdf.bytes)).pages).toBe(local.pageCount);
    }
  });

  it('keeps the main thread responsive while it renders a long document', async () => {
    const base = samples[0]?.request ?? request;
    const memo = base.document;
    if (memo.kind !== 'memo') throw new Error('the first sample is a memo');
    const long = {
      ...base,
      document: { ...memo, paragraphs: Array.from({ length: 60 }, (_v, i) => `${i + 1}. ${memo.paragraphs[0] ?? ''}`) },
    };
    /** The longest the event loop went without running a 5 ms timer while `work` ran. */
    async function longestStall(work: () => Promise<unknown>): Promise<number> {
      let last = performance.now();
      let longest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      await work();
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    }
    await pool.render(long); // warm up: worker started, fonts loaded
    const inWorker = await longestStall(() => pool.render(long));
    const inProcess = await longestStall(() => createInProcessRenderer({ fontDir: FONT_DIR }).render(long));
    expect(inWorker).toBeLessThan(100);
    expect(inProcess).toBeGreaterThan(inWorker);
  });
});
