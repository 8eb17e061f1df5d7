// @ts-check
/**
 * The repository stands alone (issue 23): no tracked file may refer to the design team's
 * the design team's shared folder folder beside the clone. A relative path ending in `shared/...` is fine only when
 * it resolves, from the file that writes it, to something that exists inside the repository
 * (src-main/preload importing a sibling `shared/ipc/api` means src-main/shared). A line that writes such
 * a path as test data, not as a reference, says so with the marker `check-standalone:`. This
 * file and its test are about the check itself and are not read. Run by .ci/run before anything
 * is installed; exits 1 and names each reference otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every the design team's shared folder reference in `text` (a file at `file`, relative to `root`) that leaves the
 * repository or names nothing in it.
 * @param {string} root @param {string} file @param {string} text
 * @param {(absolute: string) => boolean} [exists]
 * @returns {{ line: number; ref: string }[]}
 */
export function outsideSharedRefs(root, file, text, exists = existsSync) {
  /** @type {{ line: number; ref: string }[]} */
  const found = [];
  const pattern = /(?:\.\.\/)+shared(?:\/[\w.@-]+)*/g;
  text.split('\n').forEach((lineText, index) => {
    if (lineText.includes('check-standalone:')) return;
    for (const match of lineText.matchAll(pattern)) {
      const ref = match[0];
      const resolved = path.resolve(root, path.dirname(file), ref);
      const inside = resolved === root || resolved.startsWith(root + path.sep);
      const candidates = [resolved, `${resolved}.ts`, `${resolved}.tsx`, path.join(resolved, 'index.ts')];
      if (!inside || !candidates.some(exists)) found.push({ line: index + 1, ref });
    }
  });
  return found;
}

function main() {
  const root = path.resolve(import.meta.dirname, '..');
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  let bad = 0;
  for (const file of files) {
    if (/^scripts\/check-standalone\.(mjs|test\.ts|d\.mts)$/.test(file)) continue;
    if (/\.(png|jpe?g|ttf|otf|ico|icns|pdf|woff2?|bin|gz|zip)$/i.test(file)) continue;
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) continue;
    for (const { line, ref } of outsideSharedRefs(root, file, readFileSync(absolute, 'utf8'))) {
      console.error(`${file}:${line}: refers to ${ref}, outside the repository (copy what is needed into docs/ or tests/fixtures/)`);
      bad++;
    }
  }
  if (bad > 0) {
    console.error(`${bad} reference(s) outside the repository: the repository must build and test on its own`);
    process.exit(1);
  }
  console.log('standalone: no tracked file refers to a folder outside the repository');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
