/**
 * Peak resident memory per process, for one step of a bench at a time (Linux /proc).
 *
 * Each process's high-water mark (VmHWM) is reset before the step by writing 5 to
 * /proc/<pid>/clear_refs and read after it, so a step's peak is its own and nothing is
 * missed between samples. Chromium's processes of one workstation are found from its profile:
 * the browser process is the one whose command line names `--user-data-dir=<profile>`, the
 * others (renderer, GPU, utility services) are its descendants, told apart by `--type=`.
 * IndexedDB's files are read and written by the StorageService utility, not the renderer.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';

export interface ProcessInfo {
  pid: number;
  /** browser, renderer, gpu-process, utility, zygote … */
  type: string;
}

async function text(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}

async function allProcesses(): Promise<{ pid: number; ppid: number; args: string[] }[]> {
  const out: { pid: number; ppid: number; args: string[] }[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const [cmdline, stat] = await Promise.all([text(`/proc/${name}/cmdline`), text(`/proc/${name}/stat`)]);
    if (cmdline === null || stat === null) continue;
    // The command name in stat is in parentheses and may hold spaces: ppid follows the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // Chromium rewrites its children's command lines as one space-separated string.
    out.push({ pid: Number(name), ppid, args: cmdline.split(/[\0 ]/).filter(Boolean) });
  }
  return out;
}

/** Chromium's processes for the profile at `profileDir` (browser first). */
export async function chromiumProcesses(profileDir: string): Promise<ProcessInfo[]> {
  const processes = await allProcesses();
  const browser = processes.find((p) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.some((a) => a.startsWith('--type=')));
  if (!browser) return [];
  const found: ProcessInfo[] = [{ pid: browser.pid, type: 'browser' }];
  const children = (pid: number) => processes.filter((p) => p.ppid === pid);
  const queue = children(browser.pid);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const type = next.args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? 'other';
    // Utilities by service: IndexedDB lives in the StorageService, so it is named apart.
    const service = next.args.find((a) => a.startsWith('--utility-sub-type='))?.split('.').pop() ?? '';
    found.push({ pid: next.pid, type: type === 'utility' ? service : type });
    queue.push(...children(next.pid));
  }
  return found;
}

/** Peak RSS (VmHWM) in bytes, or null when the process is gone. */
export async function peakRss(pid: number | 'self'): Promise<number | null> {
  const status = await text(`/proc/${pid}/status`);
  const kb = status?.match(/^VmHWM:\s+(\d+) kB/m)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

/** Current RSS (VmRSS) in bytes, or null when the process is gone. */
export async function currentRss(pid: number | 'self'): Promise<number | null> {
  const status = await text(`/proc/${pid}/status`);
  const kb = status?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

/** Resets the process's peak to its current RSS (ignored for a process that has exited). */
export async function resetPeak(pid: number | 'self'): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined);
}

export interface Watched {
  /** Prefix in the report, e.g. "A" → "A renderer". */
  label: string;
  profileDir: string;
  /** The Node process running this workstation's main handlers (startWorkstation's mainPid). */
  mainPid?: number | null;
}

/** This Node process when main's handlers run elsewhere: Playwright's client and the page server. */
export const BENCH_HOST = 'bench host (Playwright, server)';

/**
 * Runs `step` and answers its result with the peak RSS of each watched workstation's main
 * process, `<label> main` (its mainPid), and Chromium processes: `<label> renderer` (the
 * largest renderer: the page's), `<label> browser`, `<label> gpu-process`,
 * `<label> StorageService` (IndexedDB), `<label> NetworkService`, … This Node process is
 * reported too: as BENCH_HOST when a mainPid is watched, else as `main` (it then hosts the
 * handlers as well as Playwright and the page server, so `main` is inflated by both).
 */
export async function withPeaks<T>(watched: readonly Watched[], step: () => Promise<T>): Promise<{ result: T; peaks: Record<string, number> }> {
  const before = await Promise.all(watched.map(async (w) => ({ w, processes: await chromiumProcesses(w.profileDir) })));
  const mains = watched.filter((w): w is Watched & { mainPid: number } => typeof w.mainPid === 'number');
  await resetPeak('self');
  for (const w of mains) await resetPeak(w.mainPid);
  for (const { processes } of before) for (const p of processes) await resetPeak(p.pid);
  const result = await step();
  const peaks: Record<string, number> = {};
  for (const w of mains) peaks[`${w.label} main`] = (await peakRss(w.mainPid)) ?? 0;
  peaks[mains.length > 0 ? BENCH_HOST : 'main'] = (await peakRss('self')) ?? 0;
  for (const { w } of before) {
    // Listed again: a renderer started during the step has its own peak since it started.
    for (const p of await chromiumProcesses(w.profileDir)) {
      const peak = await peakRss(p.pid);
      if (peak === null) continue;
      const key = `${w.label} ${p.type}`;
      peaks[key] = Math.max(peaks[key] ?? 0, peak);
    }
  }
  return { result, peaks };
}

export const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export function formatPeaks(peaks: Record<string, number>): string {
  return Object.entries(peaks)
    .map(([k, v]) => `${k} ${formatMiB(v)}`)
    .join(' · ');
}
