import fs from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import { restoredBounds } from './window-bounds';

const file = () => path.join(app.getPath('userData'), 'window.json');

/** The last size and position, fitted to the screens connected now. */
export function restoreBounds(): Partial<Rectangle> {
  let saved: unknown;
  try {
    saved = JSON.parse(fs.readFileSync(file(), 'utf8'));
  } catch {
    saved = undefined;
  }
  return restoredBounds(saved, screen.getAllDisplays().map((d) => d.workArea), screen.getPrimaryDisplay().workArea);
}

export function trackBounds(window: BrowserWindow) {
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fs.writeFileSync(file(), JSON.stringify(window.getNormalBounds())), 500);
  };
  window.on('resize', remember);
  window.on('move', remember);
}
