import { randomBytes } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IpcError } from '../../shared/ipc/errors';

/** What a chosen path may be used for; a token of one purpose never opens another. */
export type ChosenPathPurpose = 'sync-folder';

/** How long a choice stays good: long enough to type the passphrase twice, or look for the key sheet. */
export const CHOSEN_PATH_TTL_MS = 15 * 60_000;

/**
 * Paths the user picked in one of main's own dialogs, each behind a one-time token (issue 19,
 * docs/THREAT-MODEL.md "Paths only from main's dialogs"). A channel that acts on a folder or a
 * file takes the token, not the path, so code in the window cannot make main create, read or
 * write anywhere the user did not pick.
 *
 * - A token is 32 random bytes, bound to one path and one purpose, and good for
 *   CHOSEN_PATH_TTL_MS (on a monotonic clock: setting the PC's clock neither extends nor ends it).
 * - It is used up when the action it opened **succeeds**. When the action fails (a mistyped
 *   passphrase, a folder that is not empty) the token stays good until it expires, so the person
 *   corrects what they typed without picking the folder again; the path behind it cannot change.
 * - One choice per purpose: picking again drops the earlier token of that purpose, so what the
 *   screen shows is the only folder that can be used.
 * - While an action runs its token is refused to a second call (no two creates in one folder).
 *
 * An unknown, expired, used or busy token is refused with `path-not-chosen` before anything is
 * touched; the renderer asks the person to pick the folder again.
 */
export interface ChosenPaths {
  /** Remembers a path the user just picked in a dialog of main; answers its token. */
  issue(purpose: ChosenPathPurpose, path: string): string;
  /** Runs `action` on the path behind the token; the token is used up only if it resolves. */
  use<T>(purpose: ChosenPathPurpose, token: string, action: (path: string) => Promise<T>): Promise<T>;
  /** How many tokens are held (tests; expired ones are dropped as they are met). */
  size(): number;
}

interface Choice {
  path: string;
  purpose: ChosenPathPurpose;
  issuedAt: number;
  busy: boolean;
  /** Picked again while this one's action ran: dropped when that action ends. */
  superseded: boolean;
}

export interface ChosenPathsOptions {
  /** Milliseconds on a monotonic clock (performance.now in the app; tests move it). */
  now?: () => number;
  ttlMs?: number;
  /** The token's bytes (tests only: to check a collision is never issued). */
  randomToken?: () => string;
}

const notChosen = (detail: string) => new IpcError({ code: 'path-not-chosen', detail });

export function createChosenPaths(options: ChosenPathsOptions = {}): ChosenPaths {
  const now = options.now ?? (() => performance.now());
  const ttlMs = options.ttlMs ?? CHOSEN_PATH_TTL_MS;
  const randomToken = options.randomToken ?? (() => randomBytes(32).toString('base64url'));
  const choices = new Map<string, Choice>();

  const expired = (choice: Choice, at: number) => at - choice.issuedAt > ttlMs || at < choice.issuedAt;
  const sweep = (at: number) => {
    for (const [token, choice] of choices) if (!choice.busy && expired(choice, at)) choices.delete(token);
  };

  return {
    issue(purpose, path) {
      // Main's dialogs answer absolute paths; anything else is a bug, never a token.
      if (!isAbsolute(path)) throw new Error('a chosen path must be absolute');
      const at = now();
      sweep(at);
      for (const [token, choice] of choices) {
        if (choice.purpose !== purpose) continue;
        if (choice.busy) choice.superseded = true;
        else choices.delete(token);
      }
      let token = randomToken();
      while (choices.has(token)) token = randomToken();
      choices.set(token, { path, purpose, issuedAt: at, busy: false, superseded: false });
      return token;
    },

    async use(purpose, token, action) {
      const at = now();
      const choice = choices.get(token);
      if (!choice) throw notChosen('unknown or used token');
      if (choice.purpose !== purpose) throw notChosen('token of another purpose');
      if (expired(choice, at)) {
        if (!choice.busy) choices.delete(token);
        throw notChosen('token expired');
      }
      if (choice.busy) throw notChosen('token in use');
      choice.busy = true;
      try {
        const result = await action(choice.path);
        choices.delete(token);
        return result;
      } finally {
        choice.busy = false;
        if (choice.superseded) choices.delete(token);
      }
    },

    size: () => choices.size,
  };
}
