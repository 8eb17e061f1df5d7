import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BackupCrypto } from '../../src-main/main/backup/backup-seal';
import { MANIFEST_FILE, SEALED_BLOB_LIST_FILE } from '../../src-main/main/backup/layout';
import { KIND_CODES, SEALED_MAGIC, open, type SealedKind } from '../../src-main/main/workspace/sealed-file';

/**
 * Every file under a folder as a person with the keys could read it: sealed files opened,
 * gzip inflated (also behind a 64-byte signature), everything else as it lies on disk. For the
 * PDPA byte search: a value is "gone" only if none of these holds it in any encoding.
 */

export interface SealKey {
  officeKey: Uint8Array;
  workspaceId: string;
}

/** Where a sealed file's AAD path is measured from, for files kept outside the share (own-file copies). */
export type PlaceOf = (file: string) => string;

const KIND_OF = Object.fromEntries(Object.entries(KIND_CODES).map(([name, code]) => [code, name as SealedKind]));

function inflateMaybe(bytes: Buffer): Buffer {
  for (const offset of [0, 64]) {
    if (bytes[offset] === 0x1f && bytes[offset + 1] === 0x8b) {
      try {
        return Buffer.concat([bytes.subarray(0, offset), gunzipSync(bytes.subarray(offset))]);
      } catch {
        // not gzip after all
      }
    }
  }
  return bytes;
}

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names.map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
}

/** The readable bytes of every file under `dir`; a sealed file no key opens is an error (nothing escapes the search). */
export function readableFiles(
  dir: string,
  keys: readonly SealKey[],
  placeOf: PlaceOf = (file) => relative(dir, file).split(sep).join('/'),
  /** Files searched elsewhere, with their own keys (a workstation's backups). */
  skip: (file: string) => boolean = () => false,
): { file: string; bytes: Buffer }[] {
  return filesUnder(dir).filter((file) => !skip(file)).map((file) => {
    const raw = readFileSync(file);
    if (raw.length < 6 || !raw.subarray(0, 4).equals(SEALED_MAGIC)) return { file, bytes: inflateMaybe(raw) };
    const kind = KIND_OF[raw[5] ?? 0];
    if (!kind) throw new Error(`unknown sealed kind in ${file}`);
    for (const key of keys) {
      const opened = open(key.officeKey, { workspaceId: key.workspaceId, kind, path: placeOf(file) }, raw, Number.MAX_SAFE_INTEGER);
      if (opened.ok) return { file, bytes: inflateMaybe(opened.plaintext) };
    }
    throw new Error(`no key opens ${file}`);
  });
}

/** Where any of `values` occurs in these files, as UTF-8 or UTF-16 (IndexedDB and V8 keep two-byte strings). */
export function occurrences(files: readonly { file: string; bytes: Buffer }[], values: readonly string[]): string[] {
  const found: string[] = [];
  for (const value of values) {
    const forms = [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')];
    for (const { file, bytes } of files) if (forms.some((form) => bytes.includes(form))) found.push(`${value} in ${file}`);
  }
  return found;
}

/**
 * Every file of a workstation's backups as the backup key opens it: manifests (sealed inside
 * their JSON), record parts, photo lists. Photos themselves are binary: the caller checks they
 * are gone from the store by name (storedPhotoPath).
 */
export function readableBackups(backupsDir: string, key: BackupCrypto): { file: string; bytes: Buffer }[] {
  const sealKey: SealKey = { officeKey: key.key, workspaceId: key.keyId };
  const placeOf: PlaceOf = (file) => {
    const parts = relative(backupsDir, file).split(sep);
    const inSet = parts.slice(2).join('/'); // sets/<name>/… or tmp/<token>/…
    return inSet === SEALED_BLOB_LIST_FILE ? 'blobs' : inSet;
  };
  return readableFiles(backupsDir, [sealKey], placeOf, (file) => relative(backupsDir, file).split(sep)[0] === 'store' || file.endsWith('KEY.json')).map(({ file, bytes }) => {
    if (!file.endsWith(MANIFEST_FILE)) return { file, bytes };
    const envelope = JSON.parse(bytes.toString('utf8')) as { sealed?: string };
    if (!envelope.sealed) return { file, bytes };
    const opened = open(key.key, { workspaceId: key.keyId, kind: 'backup', path: 'manifest' }, Buffer.from(envelope.sealed, 'base64'), Number.MAX_SAFE_INTEGER);
    if (!opened.ok) throw new Error(`no key opens ${file}`);
    return { file, bytes: opened.plaintext };
  });
}
