import os from 'node:os';
import path from 'node:path';

/** Where the library lives by default: the same folder Electron calls userData, so both shells share it. */
export function defaultLibraryDir(): string {
  if (process.env.NEWSDESK_LIBRARY) return path.resolve(process.env.NEWSDESK_LIBRARY);
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'Newsdesk', 'library');
}
