import { Menu, type BrowserWindow } from 'electron';
import { commandChannel } from './bridge';
import { menuTemplate } from './menu-template';
import { translator } from './translate';

/** Native menus in the interface language; a menu command goes to the window's renderer. */
export async function buildMenu(language: string, window: () => BrowserWindow | undefined) {
  const t = await translator(language);
  const send = (command: string) => window()?.webContents.send(commandChannel, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, send, process.platform)));
}
