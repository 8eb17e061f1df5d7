import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BACKUP_FILE_NAME, type BackupInfo } from '../../shared/ipc/channels/sync';
import { IpcError } from '../../shared/ipc/errors';
import type { HandlerTable } from '../ipc/dispatch';
import { writeFileAtomic } from '../sync/atomic-file';

export interface BackupHandlerDeps {
  userDataDir: string;
  now?: () => Date;
  /** The save dialog for an export file; null when the user cancels. */
  chooseSaveFile: (defaultName: string) => Promise<string | null>;
  /** The open dialog for an import file; null when the user cancels. */
  chooseOpenFile: () => Promise<string | null>;
}

/** Larger than any office database we expect; a bigger file is not a PR Desk export. */
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** File names carry UTC, so the time shown is right whatever time zone main and page are in. */
function stampOf(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}-${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}`;
}

function infoOf(name: string, size: number): BackupInfo {
  const match = /^pr-desk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(.+)\.json\.gz$/.exec(name);
  const [, y, mo, d, h, mi, s, reason] = match ?? [];
  return {
    name,
    reason: reason as BackupInfo['reason'],
    createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}Z`,
    size,
  };
}

/**
 * Local backups in the app's own folder: the renderer hands over the whole database as JSON,
 * main compresses and writes it atomically, and keeps the newest `keep` files of each reason.
 */
export function createBackupHandlers({ userDataDir, now = () => new Date(), chooseSaveFile, chooseOpenFile }: BackupHandlerDeps): Pick<
  HandlerTable,
  'backup:write' | 'backup:list' | 'backup:read' | 'backup:export-file' | 'backup:import-file'
> {
  const dir = join(userDataDir, 'backups');

  async function list(): Promise<BackupInfo[]> {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => BACKUP_FILE_NAME.test(n));
    const infos = await Promise.all(names.map(async (n) => infoOf(n, (await stat(join(dir, n))).size)));
    return infos.sort((a, b) => b.name.localeCompare(a.name));
  }

  return {
    'backup:write': async ({ reason, json, keep }) => {
      await mkdir(dir, { recursive: true });
      let name = `pr-desk-${stampOf(now())}-${reason}.json.gz`;
      for (let i = 1; await stat(join(dir, name)).then(() => true, () => false); i++) {
        // Two backups in one second (sync right after a manual backup): wait for the next stamp.
        name = `pr-desk-${stampOf(new Date(now().getTime() + i * 1000))}-${reason}.json.gz`;
      }
      const bytes = gzipSync(Buffer.from(json, 'utf8'));
      await writeFileAtomic(join(dir, `${name}.tmp`), join(dir, name), bytes);
      const same = (await list()).filter((b) => b.reason === reason);
      for (const old of same.slice(keep)) await rm(join(dir, old.name), { force: true });
      return infoOf(name, bytes.length);
    },
    'backup:list': list,
    'backup:export-file': async ({ json, suggestedName }) => {
      // Characters Windows forbids in file names (control characters included) become "_".
      const safe = [...suggestedName].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
      const path = await chooseSaveFile(`${safe}.prdesk.json.gz`);
      if (!path) return { path: null };
      await writeFileAtomic(`${path}.${process.pid}.tmp`, path, gzipSync(Buffer.from(json, 'utf8')));
      return { path };
    },
    'backup:import-file': async () => {
      const path = await chooseOpenFile();
      if (!path) return { json: null };
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_IMPORT_BYTES) throw new IpcError({ code: 'not-allowed', detail: 'not an importable file' });
      const bytes = await readFile(path);
      try {
        // Exports are gzip; a plain JSON file (unzipped by hand) is accepted too.
        return { json: bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8') };
      } catch {
        throw new IpcError({ code: 'not-allowed', detail: 'damaged file' });
      }
    },
    'backup:read': async ({ name }) => {
      try {
        return { json: gunzipSync(await readFile(join(dir, name))).toString('utf8') };
      } catch {
        throw new IpcError({ code: 'not-found', detail: name });
      }
    },
  };
}
