import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { translator } from './translate';
import { offerUpdate, progressFraction } from './update-flow';

const day = 24 * 60 * 60 * 1000;

/**
 * Updates from the customer's web server (the generic provider in electron-builder.yml, or
 * the URL in settings): checked at start and daily, downloaded in the background with the
 * progress on the taskbar, installed only after the user agrees and never during a push.
 * A server that is down or serves a bad file costs a line in the log, nothing more.
 */
export function startUpdates(window: BrowserWindow, options: { feedUrl?: string; isBusy: () => boolean; language: () => string }) {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  if (options.feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: options.feedUrl });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.on('error', (error) => console.warn('[newsdesk] update check failed:', error.message));
  autoUpdater.on('download-progress', (p) => window.setProgressBar(progressFraction(p.percent)));
  autoUpdater.on('update-downloaded', (info) => {
    window.setProgressBar(-1);
    void offerUpdate(info.version, {
      isBusy: options.isBusy,
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      ask: async (prompt) => (await dialog.showMessageBox(window, prompt)).response,
      install: () => autoUpdater.quitAndInstall(),
      t: () => translator(options.language()),
    });
  });
  const check = () => void autoUpdater.checkForUpdates().catch((error: Error) => console.warn('[newsdesk] update check failed:', error.message));
  check();
  setInterval(check, day).unref();
}
