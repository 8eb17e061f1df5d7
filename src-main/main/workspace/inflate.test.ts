import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { createGzip, gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInflater, type Inflater } from './inflate-client';
import { inflateCapped } from './inflate-core';

let dir: string;
let workerFile: string;
let bomb: Buffer;
let inflater: Inflater;

/** 1 GiB of zeros, gzipped by streaming (never held in memory): ~1 MB on disk. */
async function makeBomb(): Promise<Buffer> {
  const zeros = Buffer.alloc(1024 * 1024);
  let left = 1024;
  const source = new Readable({
    read() {
      this.push(left-- > 0 ? zeros : null);
    },
  });
  const chunks: Buffer[] = [];
  await pipeline(source, createGzip({ level: 9 }), async function* (input: AsyncIterable<Buffer>) {
    for await (const chunk of input) chunks.push(chunk);
    yield* [];
  });
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inflate-'));
  // The real worker source, bundled the way electron-vite bundles it for the app.
  workerFile = join(dir, 'inflate-worker.mjs');
  await build({ input: join(import.meta.dirname, 'inflate-worker.ts'), platform: 'node', output: { file: workerFile, format: 'esm' }, logLevel: 'silent' });
  bomb = await makeBomb();
  inflater = createInflater({ createWorker: () => new Worker(workerFile), timeoutMs: 10_000 });
}, 120_000);
afterAll(async () => {
  await inflater.close();
  await rm(dir, { recursive: true, force: true });
});

describe('capped gunzip off the main thread', () => {
  it('the bomb is small on disk', () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('inflates ordinary data', async () => {
    const text = Buffer.from('ข่าวประชาสัมพันธ์ '.repeat(1000));
    const result = await inflater.gunzip(gzipSync(text), 1024 * 1024);
    expect(result.ok && Buffer.from(result.bytes).equals(text)).toBe(true);
  });

  it('refuses corrupt data', async () => {
    expect(await inflater.gunzip(Buffer.from('not gzip at all'), 1024)).toEqual({ ok: false, reason: 'corrupt' });
    const gz = gzipSync(Buffer.from('hello world'));
    expect(await inflater.gunzip(gz.subarray(0, gz.length - 4), 1024)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses a 1 GiB gzip bomb quickly, with bounded memory, while the main thread keeps running', async () => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    const result = await inflater.gunzip(bomb, 16 * 1024 * 1024);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    const growth = process.memoryUsage().rss - rssBefore;
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    expect(elapsed).toBeLessThan(5000);
    expect(growth).toBeLessThan(200 * 1024 * 1024);
    // The timer fired during the work: the main thread was never blocked for long.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 50));
  }, 30_000);

  it('the in-process core also stops at the cap', () => {
    expect(inflateCapped(gzipSync(Buffer.alloc(10_000)), 1000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('times out a stuck job, replaces the worker and serves the next one', async () => {
    const stuck = createInflater({ createWorker: () => new Worker('setInterval(() => {}, 1000)', { eval: true }), timeoutMs: 200 });
    expect(await stuck.gunzip(gzipSync(Buffer.from('x')), 10)).toEqual({ ok: false, reason: 'timeout' });
    await stuck.close();
    const ok = await inflater.gunzip(gzipSync(Buffer.from('again')), 10);
    expect(ok.ok && Buffer.from(ok.bytes).toString()).toBe('again');
  });
});
