import { describe, expect, it } from 'vitest';
import { createMainWindowOptions, createPrintViewerWindowOptions } from './window-options';

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

describe('print viewer window options', () => {
  const main = createMainWindowOptions({ preloadPath: 'p', devTools: false }).webPreferences ?? {};
  const viewer = createPrintViewerWindowOptions();
  const prefs = viewer.webPreferences ?? {};

  it('has every security setting of the main window, DevTools off always', () => {
    const { preload: _preload, ...mainWithoutPreload } = main;
    expect(prefs).toMatchObject(mainWithoutPreload);
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('has no preload (no window.prDesk bridge) and only the PDF viewer plugin on top', () => {
    expect(prefs.preload).toBeUndefined();
    expect(Object.keys(prefs).filter((key) => !(key in main)).sort()).toEqual(['plugins']);
    expect(prefs.plugins).toBe(true);
  });

  it('sits in front of the main window when there is one', () => {
    const parent = { id: 1 } as unknown as NonNullable<Parameters<typeof createPrintViewerWindowOptions>[0]>['parent'];
    expect(createPrintViewerWindowOptions({ parent }).parent).toBe(parent);
    expect('parent' in viewer).toBe(false);
  });
});

describe('the main window in kiosk mode', () => {
  it('opens in kiosk mode with the same security settings when kiosk mode was on before a restart', () => {
    const normal = createMainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    const kiosk = createMainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false, kiosk: true });
    expect(kiosk).toEqual({ ...normal, kiosk: true });
    expect(normal).not.toHaveProperty('kiosk');
  });
});
