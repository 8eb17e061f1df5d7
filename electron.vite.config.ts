import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CSP_DIRECTIVES } from './src-main/main/security/csp';

const root = import.meta.dirname;

/**
 * The built index.html also carries the CSP as a <meta> tag: the app:// handler sends it as a
 * header too, but a copy inside the file protects it wherever it is opened. Build only: the
 * dev server needs an inline script. `frame-ancestors` is header-only by spec, so it is left out.
 */
function cspMetaTag(): Plugin {
  const policy = Object.entries(CSP_DIRECTIVES)
    .filter(([directive]) => directive !== 'frame-ancestors')
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
  return {
    name: 'pr-desk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'src-main/main/index.ts'),
          // PDFs render in a worker thread so the window never stalls on a long document.
          'pdf-worker': resolve(root, 'src-main/main/pdf/worker.ts'),
          // Files from the share are gunzipped in a worker with an output cap (issue 18).
          'inflate-worker': resolve(root, 'src-main/main/workspace/inflate-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload can only be one CommonJS file with nothing external.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Smaller bundles parse faster on office PCs; sourcemaps keep errors readable.
      minify: true,
      sourcemap: true,
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  },
});
