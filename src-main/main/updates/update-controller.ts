import type { UpdateStatus } from '../../shared/ipc/channels/update';

/**
 * The program's own update as a small state machine over an `Updater` (electron-updater in the
 * installed app, a fake in tests). Pure: no Electron, no network. Every step is a person's
 * request: a check, then a download, then an install; nothing happens by itself.
 *
 *   off                                   (no updater: development, E2E, or no feed built in)
 *   idle ─check→ checking ─→ up-to-date | available{version} | error{check}
 *   available ─download→ downloading{percent} ─→ ready{version} | error{download}
 *   ready ─install→ (the app closes and the installer runs) | error{install}
 *
 * A check while checking or downloading, or once an update is ready, is ignored (the current
 * status is returned). A download is refused unless a newer version is available; an install
 * unless the download has finished (and so was verified).
 */

export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string; releaseDate: string | null }
  | { type: 'not-available' }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string | null }
  | { type: 'error'; message: string };

/** What the state machine needs from an updater. */
export interface Updater {
  check(): Promise<void>;
  download(): Promise<void>;
  quitAndInstall(): void;
  /** Subscribes to the updater's events; returns the unsubscribe. */
  on(listener: (event: UpdaterEvent) => void): () => void;
}

export type UpdateRefusal = 'off' | 'nothing-to-download' | 'not-ready';

export class UpdateRefusedError extends Error {
  constructor(readonly reason: UpdateRefusal) {
    super(`update refused: ${reason}`);
    this.name = 'UpdateRefusedError';
  }
}

export interface UpdateController {
  status(): UpdateStatus;
  /** Resolves with the status once the check has settled (or at once when it is ignored). */
  check(): Promise<UpdateStatus>;
  /** Starts the download and answers at once with 'downloading'; throws UpdateRefusedError unless 'available'. */
  download(): UpdateStatus;
  /** Throws UpdateRefusedError unless 'ready'. */
  install(): UpdateStatus;
}

const MAX_MESSAGE = 300;

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_MESSAGE) || 'unknown error';
}

function clampPercent(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent))) : 0;
}

export function createUpdateController(updater: Updater | null): UpdateController {
  if (!updater) {
    const off = (): never => {
      throw new UpdateRefusedError('off');
    };
    return { status: () => ({ state: 'off' }), check: () => Promise.resolve({ state: 'off' }), download: off, install: off };
  }

  let status: UpdateStatus = { state: 'idle' };
  let checking: Promise<UpdateStatus> | null = null;

  const fail = (during: 'check' | 'download' | 'install', error: unknown) => {
    status = { state: 'error', during, message: messageOf(error) };
  };

  updater.on((event) => {
    switch (event.type) {
      case 'checking':
        return; // set by check() itself: an event on its own starts nothing
      case 'available':
        if (status.state === 'checking') status = { state: 'available', version: event.version.slice(0, 64) || '?', releaseDate: event.releaseDate?.slice(0, 64) ?? null };
        return;
      case 'not-available':
        if (status.state === 'checking') status = { state: 'up-to-date' };
        return;
      case 'progress':
        if (status.state === 'downloading') status = { ...status, percent: clampPercent(event.percent) };
        return;
      case 'downloaded':
        if (status.state === 'downloading') status = { state: 'ready', version: status.version };
        return;
      case 'error':
        if (status.state === 'checking') fail('check', event.message);
        else if (status.state === 'downloading') fail('download', event.message);
        else if (status.state === 'ready') fail('install', event.message);
        return;
    }
  });

  return {
    status: () => status,
    check() {
      if (checking) return checking;
      if (status.state === 'downloading' || status.state === 'ready') return Promise.resolve(status);
      status = { state: 'checking' };
      checking = updater
        .check()
        .then(
          () => {
            // The updater answered without saying what it found: not a result to show as one.
            if (status.state === 'checking') fail('check', 'no answer from the update feed');
          },
          (error: unknown) => {
            if (status.state === 'checking') fail('check', error);
          },
        )
        .then(() => {
          checking = null;
          return status;
        });
      return checking;
    },
    download() {
      if (status.state !== 'available') throw new UpdateRefusedError('nothing-to-download');
      status = { state: 'downloading', version: status.version, percent: 0 };
      updater.download().catch((error: unknown) => {
        if (status.state === 'downloading') fail('download', error);
      });
      return status;
    },
    install() {
      if (status.state !== 'ready') throw new UpdateRefusedError('not-ready');
      try {
        updater.quitAndInstall();
      } catch (error) {
        fail('install', error);
      }
      return status;
    },
  };
}
