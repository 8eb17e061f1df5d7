import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';

let built: Promise<string> | null = null;

/**
 * For unit tests: the real inflate-worker.ts, bundled once per test process the way
 * electron-vite bundles it for the app, as a worker factory for createInflater.
 */
export async function testInflateWorker(): Promise<() => Worker> {
  built ??= (async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pr-desk-inflate-')), 'inflate-worker.mjs');
    await build({ input: join(import.meta.dirname, '..', 'inflate-worker.ts'), platform: 'node', output: { file, format: 'esm' }, logLevel: 'silent' });
    return file;
  })();
  const file = await built;
  return () => {
    const worker = new Worker(file);
    worker.unref();
    return worker;
  };
}

/** For tests whose handlers never read from a share: fails loudly if one does. */
export const noInflateWorker = (): Worker => {
  throw new Error('this test has no inflate worker');
};
