/** A rectangle on the desktop, as Electron's screen module gives work areas and windows have bounds. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const preferred = { width: 1400, height: 900 };
/** A window left as a sliver opens at least this large, to work in. */
const smallest = { width: 800, height: 560 };

const isBox = (value: unknown): value is Box =>
  !!value && typeof value === 'object' && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((value as Record<string, unknown>)[k]));

/**
 * Where the window opens: where it was last, if that still lies on a connected screen, and never
 * larger than the screen it opens on (a window saved on a large monitor, opened on a 1366×768
 * laptop). With nothing saved, or a damaged file, it takes 1400×900 or the screen, whichever is smaller.
 */
export function restoredBounds(saved: unknown, workAreas: Box[], primary: Box): Partial<Box> {
  const fit = (size: { width: number; height: number }, area: Box) => ({
    width: Math.max(Math.min(size.width, area.width), Math.min(smallest.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(smallest.height, area.height)),
  });
  if (!isBox(saved)) return fit(preferred, primary);
  const area = workAreas.find((a) => saved.x >= a.x - 50 && saved.y >= a.y - 50 && saved.x < a.x + a.width && saved.y < a.y + a.height);
  return area ? { x: saved.x, y: saved.y, ...fit(saved, area) } : fit(saved, primary);
}
