import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` (none if it does not exist). */
function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    } catch {
      return []; // gone while we looked (Chromium writes as we read)
    }
  });
}

/**
 * Which files under `dir` hold any of `values`, as bytes: UTF-8, and UTF-16LE (V8 serializes a
 * string with Thai in it as two-byte characters, and that is how IndexedDB stores it). Answers
 * "<file relative to dir>: <value>" for each hit.
 */
export function filesHolding(dir: string, values: readonly string[]): string[] {
  const needles = values.flatMap((value) => [
    { value, bytes: Buffer.from(value, 'utf8') },
    { value, bytes: Buffer.from(value, 'utf16le') },
  ]);
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    for (const { value, bytes: needle } of needles) {
      if (bytes.includes(needle)) hits.push(`${relative(dir, file)}: ${value}`);
    }
  }
  return [...new Set(hits)];
}
