#!/usr/bin/env node
// Runs a TypeScript entry (scripts/sample-pdfs.ts, bench/run.ts) on Node 20, which cannot strip
// types itself. Vite's module runner (already a dependency) transforms the file and its local
// imports on the fly; packages in node_modules load natively. Usage:
//   node scripts/pdf/run-ts.mjs <file.ts> [args...]
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/pdf/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
// The entry sees its own arguments as process.argv.slice(2), as if run directly.
process.argv = [process.argv[0] ?? 'node', resolve(entry), ...args];
await runnerImport(resolve(entry), { configFile: false, logLevel: 'error', root: process.cwd() });
