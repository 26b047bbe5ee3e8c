import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage } from 'electron';
import { ApiError } from '../../shared/errors';
import { dispatch } from '../dispatch';
import { sessionEvents } from '../events';
import { createHandlers } from '../handlers';
import { handlersWhenOpen, Opening, openingEvents } from '../opening';
import { openSession, type Session } from '../session';
import { appOrigin, isTrustedSender } from './app-origin';
import { callChannel, commandChannel, eventChannel } from './bridge';
import { libraryDirFrom, packagesIn } from './command-line';
import { buildMenu } from './menu';
import { PackageHandOver, secondInstance } from './open-packages';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDown } from './security';
import { startUpdates } from './updates';
import { restoreBounds, trackBounds } from './window-state';

/** The thin desktop shell: a window, menus and IPC around the same handler table as the web shell. */
let window: BrowserWindow | undefined;
let session: Session | undefined;
let opening: Opening | undefined;

// A .newsdesk package opened from the system (double-click, "open with") goes to the open
// window: Windows and Linux pass it to a second instance, macOS sends open-file, which can
// come before the library is open.
const handOver = new PackageHandOver((file, error) => console.warn(`[newsdesk] could not take in ${file}:`, error));

registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => void secondInstance(argv, workingDirectory, window, handOver));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void handOver.offer([file]);
  });
  app.whenReady().then(start, fail);
}

async function start() {
  lockDown();
  const dir = libraryDirFrom(process.argv.slice(1), process.env, app.getPath('userData'));
  // Deploy passwords are kept encrypted by the system keychain, when it offers encryption.
  const cipher = safeStorage.isEncryptionAvailable()
    ? { encrypt: (text: string) => safeStorage.encryptString(text), decrypt: (data: Buffer) => safeStorage.decryptString(data) }
    : undefined;
  // The library opens while the window comes up; the window shows the opening screen meanwhile
  // (or the opening's error: locked, unreadable), and every call waits for the library.
  opening = new Opening((report) => openSession(dir, { cipher, ...report }));
  serveRenderer(() => opening?.sessionNow?.library.assets);
  const handlers = handlersWhenOpen(opening, (open) =>
    createHandlers(open, {
      pickFolder: async () => {
        const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
        const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return picked.canceled ? null : (picked.filePaths[0] ?? null);
      },
      pickFiles: async () => {
        const options = { properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[], filters: [{ name: '网页、文本、Word 文档', extensions: ['html', 'htm', 'txt', 'docx'] }] };
        const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return picked.canceled ? null : picked.filePaths;
      },
      settingsChanged: (settings) => buildMenu(settings.language, () => window),
    }),
  );
  ipcMain.handle(callChannel, (event, name: string, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null })) throw new Error('Refused: IPC from an untrusted frame');
    return dispatch(handlers, name, input);
  });
  await buildMenu('zh-CN', () => window);

  window = new BrowserWindow({
    ...restoreBounds(),
    show: false,
    title: 'Newsdesk',
    webPreferences: {
      preload: path.join(import.meta.dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK reviewed: it exposes only invoke for the contract's calls, onCommand and onEvent
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  trackBounds(window);
  window.once('ready-to-show', () => window?.show());
  const shown = window;
  const stopEvents = openingEvents(opening, sessionEvents)((event) => shown.webContents.send(eventChannel, event));
  shown.once('closed', stopEvents);
  await window.loadURL(`${appOrigin}/index.html`);
  const opened = await opening.session.catch(() => undefined);
  if (!opened) return; // the window shows why; closing it quits
  session = opened;
  const { library, publisher } = opened;
  publisher.start();
  await buildMenu(library.getSettings().language, () => window);
  if (!shown.isDestroyed()) shown.setTitle(library.getSite().name);
  opened.handoff.watch();
  opened.backups.start();
  void handOver.offer(packagesIn(process.argv.slice(1), process.cwd()));
  void handOver.ready(async (file) => {
    await session?.handoff.receiveFile(file);
    window?.webContents.send(commandChannel, 'show-received');
  });
  startUpdates(shown, {
    feedUrl: library.getSettings().updateUrl || undefined,
    isBusy: () => publisher.isBusy(),
    language: () => library.getSettings().language,
  });
}

app.on('window-all-closed', async () => {
  // A window closed while the library still opens: it is closed cleanly once open.
  const open = session ?? (await opening?.session.catch(() => undefined));
  session = undefined;
  await open?.close();
  app.quit();
});

function fail(error: unknown) {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Newsdesk', message);
  app.quit();
}
