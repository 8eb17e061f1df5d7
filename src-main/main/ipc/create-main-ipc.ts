import { createHandlerTable, type MainDeps } from '../handlers';
import { createDispatcher, type Dispatch } from './dispatch';
import { isTrustedSender, type TrustedOrigin } from './trusted-sender';

/**
 * Main's whole IPC surface as one function of its dependencies. The Electron app registers
 * `dispatch` for every channel; the E2E harness calls the very same `dispatch` through a
 * Playwright binding, so tests exercise the real validation and handlers.
 */
export function createMainIpc(
  deps: MainDeps,
  trusted: TrustedOrigin,
  log?: (message: string, error?: unknown) => void,
): { dispatch: Dispatch } {
  return {
    dispatch: createDispatcher({
      handlers: createHandlerTable(deps),
      isTrustedSender: (sender) => isTrustedSender(sender, trusted),
      ...(log ? { log } : {}),
    }),
  };
}
