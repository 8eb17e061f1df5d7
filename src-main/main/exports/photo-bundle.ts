import { access } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import type { pressContract } from '../../shared/ipc/channels/press';
import { IpcError } from '../../shared/ipc/errors';
import { sniffImageType, type SniffedImage } from '../../shared/blobs/image-sniff';
import { toSafeFileName } from '../../shared/files/safe-file-name';

type Channel = 'press:export-photo-bundle';
type Input = z.output<(typeof pressContract)[Channel]['input']>;
type Output = z.output<(typeof pressContract)[Channel]['output']>;

export interface PhotoBundleDeps {
  /** The folder picker; the chosen folder, or null when the user closed it. */
  chooseFolder(): Promise<string | null>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** A stored photo's verified bytes, or null when this workstation does not have it yet. */
  readBlob(id: string): Promise<Uint8Array | null>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The extensions a bundled photo may have; anything else in a name is part of the name. */
const PHOTO_EXTENSIONS: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif']);
const SNIFFED_EXTENSION: Readonly<Record<SniffedImage, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };

/**
 * Safe, numbered, unique file names: "01-พิธีเปิด.jpg", "02-พิธีเปิด.jpg". The names come from
 * captions and records (another workstation's too), so each always ends in a photo extension:
 * the type its bytes say when given, else the name's own if it is a photo's, else ".jpg". A
 * name's other extension stays only as text: "ภาพ.jpg.exe" → "01-ภาพ.jpg_exe.jpg".
 */
export function bundleFileNames(names: readonly string[], contents: readonly (Uint8Array | undefined)[] = []): string[] {
  const width = String(names.length).length < 2 ? 2 : String(names.length).length;
  return names.map((name, i) => {
    const own = extname(name).slice(1).toLowerCase();
    const ownIsPhoto = PHOTO_EXTENSIONS.has(own);
    const bytes = contents[i];
    const sniffed = bytes ? sniffImageType(bytes) : null;
    const ext = sniffed ? SNIFFED_EXTENSION[sniffed] : ownIsPhoto ? own : 'jpg';
    const base = ownIsPhoto ? name.slice(0, name.length - extname(name).length) : name;
    return toSafeFileName(`${String(i + 1).padStart(width, '0')}-${base}`, ext, 'ภาพ');
  });
}

/**
 * A release's photos into a new folder inside the one the user picks (never over an existing
 * folder: "ชื่อ (2)" instead), with a text file of captions and credits. The folder's name
 * comes from the release and is neutralised like the files' ("ข่าว.app" → "ข่าว_app": macOS
 * would show a folder ending in .app as a program).
 */
export function createPhotoBundleHandlers(deps: PhotoBundleDeps): Record<Channel, (input: Input) => Promise<Output>> {
  return {
    'press:export-photo-bundle': async ({ folderName, photos, captions }) => {
      const bytes: Uint8Array[] = [];
      // Every photo must be here before anything is written: never a half bundle.
      for (const photo of photos) {
        const found = await deps.readBlob(photo.blobId);
        if (!found) throw new IpcError({ code: 'not-found', detail: photo.blobId });
        bytes.push(found);
      }
      const parent = await deps.chooseFolder();
      if (parent === null) throw new IpcError({ code: 'cancelled' });
      const base = toSafeFileName(folderName, '', 'ภาพข่าว');
      let folderPath = join(parent, base);
      for (let n = 2; await exists(folderPath); n++) folderPath = join(parent, `${base} (${n})`);
      const names = bundleFileNames(photos.map((p) => p.fileName), bytes);
      try {
        for (const [i, photo] of bytes.entries()) await deps.writeFile(join(folderPath, names[i] ?? `${i + 1}.jpg`), photo);
        if (captions) await deps.writeFile(join(folderPath, 'คำบรรยายภาพ.txt'), new TextEncoder().encode(captions));
      } catch (error) {
        throw new IpcError({ code: 'io-failure', detail: error instanceof Error ? error.message : String(error) });
      }
      return { folderPath, fileCount: photos.length + (captions ? 1 : 0) };
    },
  };
}
