import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, loadWindowState, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('brings a window from an unplugged monitor back on screen', () => {
    expect(clampToDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({
      x: 166,
      y: 0,
      width: 1200,
      height: 728,
    });
  });

  it('keeps a window where it was when that display still exists', () => {
    const bounds = { x: 1500, y: 50, width: 1200, height: 800 };
    expect(clampToDisplays(bounds, [laptop, monitor])).toEqual(bounds);
  });

  it('round-trips and ignores a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-desk-ws-'));
    const file = join(dir, 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1300, height: 800 }, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": "nonsense"');
    expect(await loadWindowState(file)).toBeNull();
  });
});
