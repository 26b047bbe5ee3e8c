import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import i18next from 'i18next';
import type { AppCommand } from '../../shared/api';
import { resources } from '../../shared/i18n';

/** Native menus in the interface language. */
export async function buildMenu(language: string, window: () => BrowserWindow | undefined) {
  const t = i18next.createInstance();
  await t.init({ lng: language, fallbackLng: 'zh-CN', resources });
  const send = (command: AppCommand) => () => window()?.webContents.send('newsdesk:command', command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.t('menu.file'),
      submenu: [
        { label: t.t('menu.newArticle'), accelerator: 'CmdOrCtrl+N', click: send('new-article') },
        { label: t.t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send('save') },
        { type: 'separator' },
        { label: t.t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t.t('menu.edit'),
      submenu: [
        { label: t.t('menu.undo'), role: 'undo' },
        { label: t.t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t.t('menu.cut'), role: 'cut' },
        { label: t.t('menu.copy'), role: 'copy' },
        { label: t.t('menu.paste'), role: 'paste' },
        { label: t.t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t.t('menu.view'),
      submenu: [
        { label: t.t('menu.reload'), role: 'reload' },
        { label: t.t('menu.toggleDevTools'), role: 'toggleDevTools' },
        { type: 'separator' },
        { label: t.t('menu.zoomIn'), role: 'zoomIn' },
        { label: t.t('menu.zoomOut'), role: 'zoomOut' },
        { label: t.t('menu.resetZoom'), role: 'resetZoom' },
      ],
    },
    {
      label: t.t('menu.window'),
      submenu: [
        { label: t.t('menu.minimize'), role: 'minimize' },
        { label: t.t('menu.close'), role: 'close' },
      ],
    },
    { label: t.t('menu.help'), submenu: [{ label: t.t('menu.about'), role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
