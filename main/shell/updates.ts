import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';

const day = 24 * 60 * 60 * 1000;

/**
 * Updates from the customer's web server (the generic provider in electron-builder.yml, or
 * the URL in settings): checked at start and daily, downloaded in the background with the
 * progress on the taskbar, installed only after the user agrees and never during a push.
 * A server that is down or serves a bad file costs a line in the log, nothing more.
 */
export function startUpdates(window: BrowserWindow, options: { feedUrl?: string; isBusy: () => boolean }) {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  if (options.feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: options.feedUrl });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.on('error', (error) => console.warn('[newsdesk] update check failed:', error.message));
  autoUpdater.on('download-progress', (p) => window.setProgressBar(p.percent / 100));
  autoUpdater.on('update-downloaded', async (info) => {
    window.setProgressBar(-1);
    while (options.isBusy()) await new Promise((resolve) => setTimeout(resolve, 30_000));
    const { response } = await dialog.showMessageBox(window, {
      type: 'info',
      buttons: ['立即重启更新', '稍后'],
      defaultId: 0,
      cancelId: 1,
      message: `编辑台 ${info.version} 已下载`,
      detail: '重启后即可使用新版本。您的文章已自动保存。',
    });
    if (response === 0) autoUpdater.quitAndInstall();
  });
  const check = () => void autoUpdater.checkForUpdates().catch((error: Error) => console.warn('[newsdesk] update check failed:', error.message));
  check();
  setInterval(check, day).unref();
}
