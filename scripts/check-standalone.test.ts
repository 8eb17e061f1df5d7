import { describe, expect, it } from 'vitest';
import { outsideSharedRefs } from './check-standalone.mjs';

const ROOT = '/repo';
// The folder name is built, not written, so this file itself names no path outside the repository.
const UP_SHARED = ['..', 'shared'].join('/');
const UP2_SHARED = ['..', '..', 'shared'].join('/');
const existing = new Set(['/repo/src-main/shared/ipc/api.ts', '/repo/src-main/shared/ipc/errors.ts', '/repo/src-main/shared']);
const exists = (p: string) => existing.has(p);

describe('outsideSharedRefs', () => {
  it('accepts an import of src-main/shared from inside src-main', () => {
    expect(outsideSharedRefs(ROOT, 'src-main/preload/index.ts', `import { x } from '${UP_SHARED}/ipc/api';`, exists)).toEqual([]);
  });

  it('flags a path that climbs out of the repository to the design team\'s folder', () => {
    const text = `import fixtures from '${UP2_SHARED}/fixtures/thai-text.json';`;
    expect(outsideSharedRefs(ROOT, 'tests/e2e/x.spec.ts', text, exists)).toEqual([{ line: 1, ref: `${UP2_SHARED}/fixtures/thai-text.json` }]);
  });

  it('skips a line marked as test data', () => {
    const text = `{ code: "import x from '${UP2_SHARED}/x';" }, // check-standalone: a snippet, not a path`;
    expect(outsideSharedRefs(ROOT, 'scripts/lint/rules.test.ts', text, exists)).toEqual([]);
  });

  it('flags a mention in a document that names a folder the repository does not have', () => {
    const text = `line one\nThe fixtures are in \`${UP_SHARED}/fixtures/\`.`;
    expect(outsideSharedRefs(ROOT, 'README.md', text, exists)).toEqual([{ line: 2, ref: `${UP_SHARED}/fixtures` }]);
  });
});
