import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BackupReason } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { BackupFs } from './backup-fs';
import { SealedBlobListWriter } from './blob-list';
import { sealBackupFile, type BackupCrypto } from './backup-seal';
import { gzipText, sha256Of } from './gzip';
import { SEALED_BLOB_LIST_FILE, TABLES_DIR, partFileName, type BackupLayout } from './layout';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest, type PartEntry } from './manifest';
import { allocateSeq, publishSet, type BackupSet } from './sets';

export interface SetMeta {
  reason: BackupReason;
  createdAt: string;
  schemaVersion: number;
  deviceId: string;
  tableGens?: Record<string, string>;
}

/**
 * One backup being written in `tmp/<token>/`: record parts, then the blob list, then the
 * manifest and a single rename into `sets/`. `discard` removes everything written so far;
 * whoever drives a builder calls it on any failure, so nothing half-written is ever a backup.
 * Used by the renderer's streamed backup, by imports and by the conversion of old files.
 */
export class SetBuilder {
  private readonly tables = new Map<string, Map<number, PartEntry>>();
  private constructor(
    private readonly fs: BackupFs,
    private readonly layout: BackupLayout,
    readonly token: string,
    readonly dir: string,
    readonly crypto: BackupCrypto,
    readonly blobList: SealedBlobListWriter,
  ) {}

  /** Every file of the set is sealed with `crypto` (format 3). */
  static async begin(fs: BackupFs, layout: BackupLayout, crypto: BackupCrypto, token: string = randomUUID()): Promise<SetBuilder> {
    const dir = join(layout.tmp, token);
    try {
      await fs.mkdir(join(dir, TABLES_DIR));
      return new SetBuilder(fs, layout, token, dir, crypto, new SealedBlobListWriter(fs, join(dir, SEALED_BLOB_LIST_FILE), crypto));
    } catch (error) {
      await fs.remove(dir).catch(() => undefined);
      throw error;
    }
  }

  hasPart(table: string, part: number): boolean {
    return this.tables.get(table)?.has(part) ?? false;
  }

  /** Compresses, seals and writes one part of one table (NDJSON, text or UTF-8, `rows` lines). */
  async writePart(table: string, part: number, rows: number, ndjson: string | Uint8Array): Promise<PartEntry> {
    return this.writeCompressedPart(table, part, rows, await gzipText(ndjson));
  }

  /** Seals and writes a part already compressed (an import, a converted old file). */
  async writeCompressedPart(table: string, part: number, rows: number, gz: Uint8Array): Promise<PartEntry> {
    if (this.hasPart(table, part)) throw new IpcError({ code: 'not-allowed', detail: `part ${table}.${part} written twice` });
    const file = partFileName(table, part);
    const sealed = sealBackupFile(this.crypto, `${TABLES_DIR}/${file}`, gz);
    const entry: PartEntry = { file, sha256: sha256Of(sealed), rows, bytes: sealed.byteLength };
    await this.fs.writeFile(join(this.dir, TABLES_DIR, entry.file), sealed);
    const parts = this.tables.get(table) ?? new Map<number, PartEntry>();
    parts.set(part, entry);
    this.tables.set(table, parts);
    return entry;
  }

  /**
   * Puts a sealed part (from an earlier format-3 backup under the same key) into this set
   * unchanged: same table and part number, so the same file name and sealed place.
   */
  async adoptPart(table: string, part: number, entry: PartEntry, sealed: Uint8Array): Promise<void> {
    if (this.hasPart(table, part)) throw new IpcError({ code: 'not-allowed', detail: `part ${table}.${part} written twice` });
    const file = partFileName(table, part);
    if (entry.file !== file) throw new IpcError({ code: 'not-allowed', detail: `part ${entry.file} is not ${file}` });
    await this.fs.writeFile(join(this.dir, TABLES_DIR, file), sealed);
    const parts = this.tables.get(table) ?? new Map<number, PartEntry>();
    parts.set(part, { ...entry, file });
    this.tables.set(table, parts);
  }

  /** Finishes the blob list, writes the manifest and publishes the set under a new sequence number. */
  async commit(meta: SetMeta): Promise<BackupSet> {
    const tables: BackupManifest['tables'] = {};
    for (const [table, parts] of [...this.tables].sort(([a], [b]) => a.localeCompare(b))) {
      const ordered = [...parts].sort(([a], [b]) => a - b);
      // Parts are numbered 0, 1, 2…: a gap means a part was lost on the way.
      if (ordered.some(([n], i) => n !== i)) throw new IpcError({ code: 'not-allowed', detail: `parts of ${table} are not 0..n-1` });
      const entries = ordered.map(([, entry]) => entry);
      tables[table] = { rows: entries.reduce((sum, p) => sum + p.rows, 0), parts: entries };
    }
    const blobs = await this.blobList.finish();
    const seq = await allocateSeq(this.fs, this.layout);
    const manifest: BackupManifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, seq, ...meta, tables, blobs };
    return publishSet(this.fs, this.layout, this.dir, manifest, this.crypto);
  }

  async discard(): Promise<void> {
    await this.blobList.discard();
    await this.fs.remove(this.dir);
  }
}
