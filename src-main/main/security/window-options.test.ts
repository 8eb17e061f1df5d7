import { describe, expect, it } from 'vitest';
import { createMainWindowOptions } from './window-options';

describe('main window options', () => {
  const options = createMainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
  const prefs = options.webPreferences ?? {};

  it('has every security setting of DESIGN.md §8', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('waits until ready before showing and restores remembered bounds', () => {
    const restored = createMainWindowOptions({
      preloadPath: 'p',
      devTools: true,
      bounds: { x: 10, y: 20, width: 1300, height: 900 },
    });
    expect(options.show).toBe(false);
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1300, height: 900 });
  });
});
