import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(200).max(20000),
    height: z.number().int().min(200).max(20000),
  }),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** Reads the remembered window state; a missing or damaged file just means "defaults". */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, JSON.stringify(state), 'utf8');
  await rename(tmp, file);
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Puts remembered bounds back on a screen that exists now: a window last seen on a projector
 * or an unplugged second monitor would otherwise open off-screen. Picks the display it
 * overlaps most (else the first), shrinks it to fit and moves it inside that work area.
 */
export function clampToDisplays(bounds: Bounds, workAreas: readonly Bounds[]): Bounds {
  const first = workAreas[0];
  if (!first) return bounds;
  let target = first;
  let best = overlap(bounds, first);
  for (const area of workAreas.slice(1)) {
    const o = overlap(bounds, area);
    if (o > best) {
      best = o;
      target = area;
    }
  }
  const width = Math.min(bounds.width, target.width);
  const height = Math.min(bounds.height, target.height);
  const x = Math.min(Math.max(bounds.x, target.x), target.x + target.width - width);
  const y = Math.min(Math.max(bounds.y, target.y), target.y + target.height - height);
  return { x, y, width, height };
}

/** Coalesces the stream of move/resize events into one write after the user stops. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
