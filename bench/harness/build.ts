import { join } from 'node:path';
import { build } from 'vite';

/** Builds the harness page into bench/out/harness (a plain Vite build, no React). */
export async function buildHarness(projectRoot: string): Promise<string> {
  const outDir = join(projectRoot, 'bench/out/harness');
  await build({
    configFile: false,
    root: join(projectRoot, 'bench/harness'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: process.env.BENCH_HARNESS_MINIFY !== '0', sourcemap: false },
  });
  return outDir;
}
