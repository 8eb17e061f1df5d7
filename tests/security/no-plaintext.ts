import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Every file under `dir`, as bytes, and gunzipped where the bytes start with gzip's magic:
 * where each needle is found, in UTF-8 or UTF-16LE. Empty when no file holds any — what a
 * share or a backups folder must look like to someone who copies it.
 */
export function plaintextFound(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const bytes = readFileSync(path);
    const views = [bytes];
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        views.push(gunzipSync(bytes));
      } catch {
        // gzip magic but not gzip: the bytes themselves were searched
      }
    }
    for (const view of views) {
      for (const needle of needles) {
        if (view.includes(Buffer.from(needle, 'utf8'))) found.push(`${path}: ${needle} (UTF-8)`);
        if (view.includes(Buffer.from(needle, 'utf16le'))) found.push(`${path}: ${needle} (UTF-16LE)`);
      }
    }
  }
  return found;
}
