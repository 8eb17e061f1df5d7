import type { HandlerTable } from '../ipc/dispatch';
import { createAppHandlers, type AppHandlerDeps } from './app-handlers';

/** Everything main's handlers need from the outside world, injected so tests run without Electron. */
export type MainDeps = AppHandlerDeps;

/** The one handler table: registered with ipcMain in the app, bridged by the E2E harness. */
export function createHandlerTable(deps: MainDeps): HandlerTable {
  return {
    ...createAppHandlers(deps),
  };
}
