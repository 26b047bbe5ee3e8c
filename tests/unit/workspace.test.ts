import { describe, expect, it } from 'vitest';
import { commandOfKey } from '../../renderer/common/commands';
import { fittingItems } from '../../renderer/editor/Toolbar';

const key = (k: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean; composing: boolean }> = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: false,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
  isComposing: !!mods.composing,
});

describe('shortcuts', () => {
  it('maps the documented keys to their commands', () => {
    expect(commandOfKey(key('n', { ctrl: true }))).toBe('new-article');
    expect(commandOfKey(key('s', { ctrl: true }))).toBe('save');
    expect(commandOfKey(key('P', { ctrl: true, shift: true }))).toBe('toggle-preview');
    expect(commandOfKey(key('/', { ctrl: true }))).toBe('shortcuts');
    expect(commandOfKey(key('F6'))).toBe('next-region');
    expect(commandOfKey(key('F6', { shift: true }))).toBe('previous-region');
    expect(commandOfKey(key('F11'))).toBe('focus-mode');
  });
  it('leaves keys to an input method while it composes, and plain typing alone', () => {
    expect(commandOfKey(key('n', { ctrl: true, composing: true }))).toBeUndefined();
    expect(commandOfKey(key('n'))).toBeUndefined();
    expect(commandOfKey(key('p', { ctrl: true }))).toBeUndefined();
  });
  it('leaves Ctrl+N and Ctrl+S to the desktop menu, which has them as accelerators (one article per press)', () => {
    expect(commandOfKey(key('n', { ctrl: true }), { menu: true })).toBeUndefined();
    expect(commandOfKey(key('s', { ctrl: true }), { menu: true })).toBeUndefined();
    expect(commandOfKey(key('P', { ctrl: true, shift: true }), { menu: true })).toBe('toggle-preview');
  });
  it('searches the library with Ctrl+Shift+F anywhere, and with Ctrl+K outside the body, where Ctrl+K is a link', () => {
    expect(commandOfKey(key('F', { ctrl: true, shift: true }), { inBody: true })).toBe('search');
    expect(commandOfKey(key('k', { ctrl: true }))).toBe('search');
    expect(commandOfKey(key('k', { ctrl: true }), { inBody: true })).toBeUndefined();
  });
});

describe('the toolbar row', () => {
  const groups = [0, 0, 1, 1, 1, 2, 2];
  it('shows everything when it fits, without a "more" button', () => {
    // 7 buttons of 32 px and 2 separators of 9 px.
    expect(fittingItems(groups, 7 * 32 + 2 * 9)).toBe(7);
  });
  it('keeps room for the "more" button when some do not fit', () => {
    expect(fittingItems(groups, 7 * 32 + 2 * 9 - 1)).toBeLessThan(7);
    const shown = fittingItems(groups, 200);
    // What is shown plus its separators, the "more" button and its separator fit in 200 px.
    expect(shown * 32 + 9 + 32 + 9).toBeLessThanOrEqual(200);
    expect(fittingItems(groups, 0)).toBe(0);
  });
});
