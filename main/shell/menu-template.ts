import type { TFunction } from 'i18next';
import type { AppCommand } from '../../shared/api';

/** Electron roles this menu uses: the system does these (clipboard, undo in text fields, zoom). */
type Role = 'appMenu' | 'quit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'reload' | 'toggleDevTools' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'minimize' | 'close' | 'about';

/** A menu item as Electron's Menu.buildFromTemplate takes it. */
export interface MenuEntry {
  label?: string;
  role?: Role;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuEntry[];
}

/**
 * The native menus in the interface language. Commands the app itself carries out (a new
 * article, saving now) are sent to the window; on macOS the first menu is the application's
 * own, so it is added there and holds Quit.
 */
export function menuTemplate(t: TFunction, send: (command: AppCommand) => void, platform: NodeJS.Platform): MenuEntry[] {
  const mac = platform === 'darwin';
  const separator: MenuEntry = { type: 'separator' };
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuEntry] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newArticle'), accelerator: 'CmdOrCtrl+N', click: () => send('new-article') },
        { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        ...(mac ? [] : [separator, { label: t('menu.quit'), role: 'quit' } as MenuEntry]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        separator,
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        { label: t('menu.toggleDevTools'), role: 'toggleDevTools' },
        separator,
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { label: t('menu.minimize'), role: 'minimize' },
        { label: t('menu.close'), role: 'close' },
      ],
    },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), role: 'about' }] },
  ];
}
