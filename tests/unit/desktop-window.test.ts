import { describe, expect, test } from 'vitest';
import { restoredBounds } from '../../main/shell/window-bounds';

// Work areas as Electron reports them: the screen less the taskbar.
const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 2560, height: 1400 };

describe('where the desktop window opens', () => {
  test('the first time, 1400×900 where that fits, and no larger than a 1366×768 laptop\'s screen', () => {
    expect(restoredBounds(undefined, [monitor], monitor)).toEqual({ width: 1400, height: 900 });
    expect(restoredBounds(undefined, [laptop], laptop)).toEqual({ width: 1366, height: 728 });
  });

  test('where it was last, when that is on a connected screen', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000 };
    expect(restoredBounds(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  test('on the laptop alone after the monitor it was on is unplugged: its size, fitted, where the system puts it', () => {
    expect(restoredBounds({ x: 1500, y: 100, width: 1600, height: 1000 }, [laptop], laptop)).toEqual({ width: 1366, height: 728 });
  });

  test('a damaged or hand-edited window.json opens the default window', () => {
    for (const saved of [null, 'x', { x: 0, y: 0 }, { x: 0, y: 0, width: 'wide', height: 900 }, [1, 2, 3, 4]]) {
      expect(restoredBounds(saved, [laptop], laptop)).toEqual({ width: 1366, height: 728 });
    }
  });

  test('a window left as a sliver opens at least 800×560', () => {
    expect(restoredBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop], laptop)).toEqual({ x: 10, y: 10, width: 800, height: 560 });
  });
});
