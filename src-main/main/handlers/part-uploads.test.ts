import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPartUploads } from './part-uploads';

const ID = '0190a000-0000-7000-8000-0000000000u1';

describe('part uploads', () => {
  it('reassembles Thai text split anywhere, and leaves no files behind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pr-desk-parts-')), 'uploads');
    const uploads = createPartUploads(dir);
    const text = 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา'.repeat(100);
    const parts = [text.slice(0, 7), text.slice(7, 1000), text.slice(1000)];
    expect(await uploads.receive({ uploadId: ID, part: 0, final: false, text: parts[0]! })).toBeNull();
    expect(await uploads.receive({ uploadId: ID, part: 1, final: false, text: parts[1]! })).toBeNull();
    expect(await uploads.receive({ uploadId: ID, part: 2, final: true, text: parts[2]! })).toBe(text);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('refuses a part out of order and drops the upload', async () => {
    const uploads = createPartUploads(join(mkdtempSync(join(tmpdir(), 'pr-desk-parts-')), 'uploads'));
    await uploads.receive({ uploadId: ID, part: 0, final: false, text: 'ก' });
    await expect(uploads.receive({ uploadId: ID, part: 2, final: true, text: 'ข' })).rejects.toThrow('out of order');
    await expect(uploads.receive({ uploadId: ID, part: 1, final: true, text: 'ข' })).rejects.toThrow('out of order');
  });
});
