import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './write-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pr-desk-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('creates the folder and replaces an existing file, leaving no temporary file', async () => {
    const file = join(dir, 'a', 'b', 'doc.pdf');
    await writeFileAtomically(file, new Uint8Array([1, 2, 3]));
    await writeFileAtomically(file, new Uint8Array([4]));
    expect([...(await readFile(file))]).toEqual([4]);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['doc.pdf']);
  });

  it('fails without touching the old file when the target cannot be replaced', async () => {
    const target = join(dir, 'folder.pdf');
    await writeFile(join(dir, 'keep.txt'), 'x');
    await writeFileAtomically(join(target, 'inner'), new Uint8Array([1])); // target is now a folder
    await expect(writeFileAtomically(target, new Uint8Array([9]), 1)).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['folder.pdf', 'keep.txt']);
  });
});
