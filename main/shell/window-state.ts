import fs from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';

const file = () => path.join(app.getPath('userData'), 'window.json');

/** The last size and position, if it still fits on a connected screen. */
export function restoreBounds(): Partial<Rectangle> {
  try {
    const bounds = JSON.parse(fs.readFileSync(file(), 'utf8')) as Rectangle;
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea;
      return bounds.x >= a.x - 50 && bounds.y >= a.y - 50 && bounds.x < a.x + a.width && bounds.y < a.y + a.height;
    });
    return visible ? bounds : { width: bounds.width, height: bounds.height };
  } catch {
    return { width: 1400, height: 900 };
  }
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
