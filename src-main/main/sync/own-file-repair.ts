import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARE_SIZE_CAPS, safeReadFile } from '../workspace/safe-read';
import { writeFileAtomic, type ShareWriteFs } from './atomic-file';
import { parseLogFileName } from './log-file';
import { sha256Of, type OwnFilesStore } from './own-files';

/**
 * Self-repair (issue 18): at every sync a workstation looks at its own op files on the share and
 * puts back any that went missing or changed since it wrote them (truncated by a half-finished
 * copy, zero-filled after a power cut, deleted by someone tidying the share). Without this, a
 * file the other workstations already confirmed and that is later damaged stays damaged for
 * ever, and every workstation that still needs it (one joining later) waits behind it.
 *
 * Cheap on a ten-year share: one listing and one stat per own file; a file is read only when its
 * stat changed, and it is then compared with the kept copy's hash (no decryption). Only a file
 * published before this version, which has no kept copy yet, is opened and verified, once, to
 * adopt it.
 */
export interface OwnFileCheck {
  /** Own files on record (after adopting the ones found on the share). */
  checked: number;
  /** Files put back from the kept copy. */
  repaired: number;
  /** Missing or damaged own files with no usable kept copy (published before this version, or the copy lost): their names. */
  unrepairable: string[];
}

export interface OwnFileRepairDeps {
  share: string;
  deviceId: string;
  store: OwnFilesStore;
  fs: ShareWriteFs;
  /** Opens and verifies an own file the store does not know (every check a reader makes); its bytes when sound. */
  adopt: (name: string, range: { firstSeq: number; lastSeq: number }) => Promise<Buffer | null>;
}

/** stat calls in flight at once: SMB answers each in a round trip, so they overlap. */
const STAT_CONCURRENCY = 16;

interface ShareStat {
  isFile: boolean;
  size: number;
  mtimeMs: number;
}

async function statAll(dir: string, names: readonly string[]): Promise<Map<string, ShareStat | null>> {
  const out = new Map<string, ShareStat | null>();
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const info = await lstat(join(dir, name)).catch(() => null);
      out.set(name, info ? { isFile: info.isFile(), size: info.size, mtimeMs: info.mtimeMs } : null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, names.length) }, worker));
  return out;
}

export async function repairOwnFiles(deps: OwnFileRepairDeps): Promise<OwnFileCheck> {
  const logRel = `devices/${deps.deviceId}/log`;
  const logDir = join(deps.share, 'devices', deps.deviceId, 'log');
  const onShare = (await readdir(logDir).catch(() => [] as string[])).filter((name) => parseLogFileName(name) !== null);
  const stats = await statAll(logDir, onShare);
  let records = await deps.store.load();

  // Files on the share the store does not know: published before this version. Adopted when
  // they verify; a damaged one can no longer be rebuilt here (it is reported).
  const unrepairable: string[] = [];
  for (const name of onShare) {
    if (records.has(name)) continue;
    const stat = stats.get(name);
    const bytes = stat?.isFile ? await deps.adopt(name, parseLogFileName(name)!) : null;
    if (bytes && stat) await deps.store.keep(name, bytes, stat);
    else unrepairable.push(name);
  }
  if (onShare.some((name) => !records.has(name))) records = await deps.store.load();

  let repaired = 0;
  const touched = new Map<string, { size: number; mtimeMs: number }>();
  for (const [name, rec] of records) {
    const stat = stats.get(name) ?? null;
    if (stat?.isFile && stat.size === rec.size) {
      if (stat.mtimeMs === rec.mtimeMs) continue; // unchanged since last seen whole
      // Same size, newer time (copied back, touched, or overwritten in place): compare the bytes.
      const read = await safeReadFile(deps.share, `${logRel}/${name}`, SHARE_SIZE_CAPS.op);
      if (read.ok && sha256Of(read.bytes) === rec.sha256) {
        touched.set(name, { size: stat.size, mtimeMs: stat.mtimeMs });
        continue;
      }
    }
    const copy = await deps.store.copyOf(name);
    if (!copy) {
      unrepairable.push(name);
      continue;
    }
    await mkdir(logDir, { recursive: true });
    await mkdir(join(deps.share, 'tmp'), { recursive: true });
    await writeFileAtomic(join(deps.share, 'tmp', `${deps.deviceId}-${name}.${randomUUID()}.tmp`), join(logDir, name), copy, deps.fs);
    const now = await lstat(join(logDir, name));
    touched.set(name, { size: now.size, mtimeMs: now.mtimeMs });
    repaired += 1;
  }
  await deps.store.seen(touched);
  return { checked: records.size, repaired, unrepairable: unrepairable.sort() };
}
