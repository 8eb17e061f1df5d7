import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../pdf/write-file';
import { createBlobStore } from '../blobs/blob-store';
import { executableEnding } from '../../shared/files/safe-file-name';
import { bundleFileNames, createPhotoBundleHandlers } from './photo-bundle';

describe('photo bundle export', () => {
  it('numbers names and makes them safe', () => {
    expect(bundleFileNames(['พิธีเปิด.JPG', '../../etc/passwd', 'a:b?.png'])).toEqual(['01-พิธีเปิด.jpg', '02-..-..-etc-passwd.jpg', '03-a-b-.png']);
  });

  it('always ends a photo in a photo extension, whatever its caption or name says', () => {
    const hostile = ['ภาพ.jpg.exe', 'photo\u202Egpj.exe', 'a.txt:b.exe', 'x.exe.', 'run.lnk', 'Mail.app', 'CON', 'ภาพ.JPG '];
    const names = bundleFileNames(hostile);
    expect(names).toEqual(['01-ภาพ.jpg_exe.jpg', '02-photogpj_exe.jpg', '03-a.txt-b_exe.jpg', '04-x_exe.jpg', '05-run_lnk.jpg', '06-Mail_app.jpg', '07-CON.jpg', '08-ภาพ.jpg']);
    for (const name of names) expect(executableEnding(name)).toBeNull();
  });

  it('takes the extension from the bytes when it has them', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff]);
    expect(bundleFileNames(['แผนผัง.jpg', 'ภาพ.exe', 'อื่น.webp'], [png, jpeg, new Uint8Array([1])])).toEqual(['01-แผนผัง.png', '02-ภาพ_exe.jpg', '03-อื่น.webp']);
  });

  it('writes a hostile bundle only as photos, in a folder whose name does not end in a program extension', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'bundle-hostile-'));
    const store = createBlobStore(mkdtempSync(join(tmpdir(), 'bundle-store-')));
    const { id } = await store.put(new Uint8Array([0xff, 0xd8, 0xff, 0x01]));
    const handlers = createPhotoBundleHandlers({ chooseFolder: () => Promise.resolve(parent), writeFile: writeFileAtomically, readBlob: (b) => store.read(b) });
    const result = await handlers['press:export-photo-bundle']({
      folderName: 'ข่าว\u202Eppa.app',
      photos: [{ fileName: 'ภาพ.jpg.exe', blobId: id }, { fileName: 'a.txt:b.scr', blobId: id }],
      captions: '',
    });
    expect(readdirSync(parent)).toEqual(['ข่าวppa_app']);
    expect(result.folderPath).toBe(join(parent, 'ข่าวppa_app'));
    expect(readdirSync(result.folderPath).sort()).toEqual(['01-ภาพ.jpg_exe.jpg', '02-a.txt-b_scr.jpg']);
  });

  it('writes into a new folder inside the chosen one, never over an existing one', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'bundle-'));
    const store = createBlobStore(mkdtempSync(join(tmpdir(), 'bundle-store-')));
    const { id } = await store.put(new Uint8Array([0xff, 0xd8, 0xff]));
    const handlers = createPhotoBundleHandlers({ chooseFolder: () => Promise.resolve(parent), writeFile: writeFileAtomically, readBlob: (b) => store.read(b) });
    const input = { folderName: 'ข่าวที่ 1/2568 วันเด็ก', photos: [{ fileName: 'a.jpg', blobId: id }], captions: 'ภาพที่ 1 พิธีเปิด' };
    const first = await handlers['press:export-photo-bundle'](input);
    const second = await handlers['press:export-photo-bundle'](input);
    expect(first.folderPath).toBe(join(parent, 'ข่าวที่ 1-2568 วันเด็ก'));
    expect(second.folderPath).toBe(join(parent, 'ข่าวที่ 1-2568 วันเด็ก (2)'));
    expect(readdirSync(first.folderPath).sort()).toEqual(['01-a.jpg', 'คำบรรยายภาพ.txt']);
    expect(readFileSync(join(first.folderPath, 'คำบรรยายภาพ.txt'), 'utf8')).toBe('ภาพที่ 1 พิธีเปิด');
    expect([...readFileSync(join(first.folderPath, '01-a.jpg'))]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('refuses before asking for a folder when a photo has not reached this workstation', async () => {
    let asked = false;
    const handlers = createPhotoBundleHandlers({
      chooseFolder: () => {
        asked = true;
        return Promise.resolve(tmpdir());
      },
      writeFile: writeFileAtomically,
      readBlob: () => Promise.resolve(null),
    });
    await expect(handlers['press:export-photo-bundle']({ folderName: 'x', photos: [{ fileName: 'a.jpg', blobId: 'a'.repeat(64) }], captions: '' })).rejects.toMatchObject({ code: 'not-found' });
    expect(asked).toBe(false);
  });

  it('says cancelled when the user closes the picker', async () => {
    const handlers = createPhotoBundleHandlers({ chooseFolder: () => Promise.resolve(null), writeFile: writeFileAtomically, readBlob: () => Promise.resolve(new Uint8Array([1])) });
    await expect(handlers['press:export-photo-bundle']({ folderName: 'x', photos: [{ fileName: 'a.jpg', blobId: 'a'.repeat(64) }], captions: '' })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
