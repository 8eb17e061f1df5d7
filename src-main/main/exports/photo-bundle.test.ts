import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../pdf/write-file';
import { bundleFileNames, createPhotoBundleHandlers } from './photo-bundle';

describe('photo bundle export', () => {
  it('numbers names and makes them safe', () => {
    expect(bundleFileNames(['พิธีเปิด.JPG', '../../etc/passwd', 'a:b?.png'])).toEqual(['01-พิธีเปิด.jpg', '02-..-..-etc-passwd.jpg', '03-a-b-.png']);
  });

  it('writes into a new folder inside the chosen one, never over an existing one', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'bundle-'));
    const handlers = createPhotoBundleHandlers({ chooseFolder: () => Promise.resolve(parent), writeFile: writeFileAtomically });
    const input = { folderName: 'ข่าวที่ 1/2568 วันเด็ก', photos: [{ fileName: 'a.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }], captions: 'ภาพที่ 1 พิธีเปิด' };
    const first = await handlers['press:export-photo-bundle'](input);
    const second = await handlers['press:export-photo-bundle'](input);
    expect(first.folderPath).toBe(join(parent, 'ข่าวที่ 1-2568 วันเด็ก'));
    expect(second.folderPath).toBe(join(parent, 'ข่าวที่ 1-2568 วันเด็ก (2)'));
    expect(readdirSync(first.folderPath).sort()).toEqual(['01-a.jpg', 'คำบรรยายภาพ.txt']);
    expect(readFileSync(join(first.folderPath, 'คำบรรยายภาพ.txt'), 'utf8')).toBe('ภาพที่ 1 พิธีเปิด');
  });

  it('says cancelled when the user closes the picker', async () => {
    const handlers = createPhotoBundleHandlers({ chooseFolder: () => Promise.resolve(null), writeFile: writeFileAtomically });
    await expect(handlers['press:export-photo-bundle']({ folderName: 'x', photos: [{ fileName: 'a.jpg', bytes: new Uint8Array([1]) }], captions: '' })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
