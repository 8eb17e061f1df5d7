import type { AppUpdater } from 'electron-updater';
import type { Updater, UpdaterEvent } from './update-controller';

/** The parts of electron-updater's `autoUpdater` the adapter uses (a fake in tests). */
export type AutoUpdaterLike = Pick<AppUpdater, 'autoDownload' | 'autoInstallOnAppQuit' | 'allowDowngrade' | 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'on' | 'off'>;

/**
 * electron-updater behind the `Updater` interface. It never downloads or installs by itself:
 * autoDownload and autoInstallOnAppQuit are switched off here, before anything else is called,
 * and so is allowDowngrade.
 * The download is checked against the SHA-512 in the feed, and on Windows the installer's
 * Authenticode publisher against the one built into the app (win.verifyUpdateCodeSignature),
 * before electron-updater reports 'update-downloaded'.
 */
export function adaptElectronUpdater(auto: AutoUpdaterLike): Updater {
  auto.autoDownload = false;
  auto.autoInstallOnAppQuit = false;
  // Never an older version, even if the feed offers one (setting a channel would turn this on).
  auto.allowDowngrade = false;
  return {
    check: async () => {
      await auto.checkForUpdates();
    },
    download: async () => {
      await auto.downloadUpdate();
    },
    // Not silent (the installer shows its pages on Windows), and the app opens again after it.
    quitAndInstall: () => auto.quitAndInstall(false, true),
    on(listener: (event: UpdaterEvent) => void) {
      const checking = () => listener({ type: 'checking' });
      const available = (info: { version: string; releaseDate?: string }) =>
        listener({ type: 'available', version: String(info.version), releaseDate: info.releaseDate ? String(info.releaseDate) : null });
      const notAvailable = () => listener({ type: 'not-available' });
      const progress = (info: { percent: number }) => listener({ type: 'progress', percent: Number(info.percent) });
      const downloaded = (info: { version?: string }) => listener({ type: 'downloaded', version: info.version ? String(info.version) : null });
      const error = (e: Error) => listener({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      auto.on('checking-for-update', checking);
      auto.on('update-available', available);
      auto.on('update-not-available', notAvailable);
      auto.on('download-progress', progress);
      auto.on('update-downloaded', downloaded);
      auto.on('error', error);
      return () => {
        auto.off('checking-for-update', checking);
        auto.off('update-available', available);
        auto.off('update-not-available', notAvailable);
        auto.off('download-progress', progress);
        auto.off('update-downloaded', downloaded);
        auto.off('error', error);
      };
    },
  };
}
