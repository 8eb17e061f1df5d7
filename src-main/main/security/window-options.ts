import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface MainWindowOptionsInput {
  preloadPath: string;
  bounds?: Partial<Rectangle>;
  /** DevTools only in development builds. */
  devTools: boolean;
}

/** The main window's options: the Electron security checklist of DESIGN.md §8, in one place. */
export function createMainWindowOptions({ preloadPath, bounds, devTools }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'PR Desk',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
}
