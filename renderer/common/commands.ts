import type { AppCommand } from '../../shared/api';

/**
 * What the keyboard and the desktop menu ask the window to do. One bus: a shortcut and a menu item
 * reach the same listener, and every listener gets its unsubscribe function.
 */
export type Command = AppCommand | 'toggle-preview' | 'focus-mode' | 'next-region' | 'previous-region' | 'shortcuts';

const bus = new EventTarget();

export function runCommand(command: Command): void {
  bus.dispatchEvent(new CustomEvent<Command>('command', { detail: command }));
}

export function onCommand(listener: (command: Command) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<Command>).detail);
  bus.addEventListener('command', handler);
  return () => bus.removeEventListener('command', handler);
}

interface Key {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * The command a key press asks for, if any. `menu`: the desktop menu already answers Ctrl+N and
 * Ctrl+S with its accelerators, so the window leaves them to it (one new article per press).
 */
export function commandOfKey(event: Key, menu = false): Command | undefined {
  // While an input method composes (pinyin), keys belong to it.
  if (event.isComposing || event.altKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.key === 'F6') return event.shiftKey ? 'previous-region' : 'next-region';
  if (event.key === 'F11' && !ctrl) return 'focus-mode';
  if (!ctrl) return undefined;
  if (key === 'n' && !event.shiftKey) return menu ? undefined : 'new-article';
  if (key === 's' && !event.shiftKey) return menu ? undefined : 'save';
  if (key === 'p' && event.shiftKey) return 'toggle-preview';
  if (key === '/' || event.code === 'Slash') return 'shortcuts';
  return undefined;
}

/** The shortcut sheet's rows: keys and the i18n key of what they do. */
export const shortcutSheet: { keys: string; does: string }[] = [
  { keys: 'Ctrl+N', does: 'keys.newArticle' },
  { keys: 'Ctrl+S', does: 'keys.save' },
  { keys: 'Ctrl+Shift+P', does: 'keys.preview' },
  { keys: 'F11', does: 'keys.focus' },
  { keys: 'F6 / Shift+F6', does: 'keys.regions' },
  { keys: 'Esc', does: 'keys.escape' },
  { keys: 'Ctrl+F', does: 'keys.find' },
  { keys: 'Ctrl+K', does: 'keys.link' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', does: 'keys.undo' },
  { keys: 'Ctrl+B / Ctrl+I / Ctrl+U', does: 'keys.marks' },
  { keys: '↑ ↓ ← →', does: 'keys.arrows' },
  { keys: 'Ctrl+/', does: 'keys.sheet' },
];
