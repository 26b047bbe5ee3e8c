import type { AppCommand } from '../../shared/api';

/**
 * What the keyboard and the desktop menu ask the window to do. One bus: a shortcut and a menu item
 * reach the same listener, and every listener gets its unsubscribe function.
 */
export type Command = AppCommand | 'toggle-preview' | 'focus-mode' | 'next-region' | 'previous-region' | 'shortcuts' | 'search';

const bus = new EventTarget();

export function runCommand(command: Command): void {
  bus.dispatchEvent(new CustomEvent<Command>('command', { detail: command }));
}

export function onCommand(listener: (command: Command) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<Command>).detail);
  bus.addEventListener('command', handler);
  return () => bus.removeEventListener('command', handler);
}

/** What the body editor does on its own keys, besides TipTap's marks and history. */
export type EditorRequest = 'link' | 'find';

/**
 * Every shortcut of the app, once: the window's key handler (commandOfKey), the body editor's
 * requests (extensions.ts) and the shortcut sheet (Ctrl+/) are all read from this table, so the
 * sheet cannot leave out a key that works nor list one that does not.
 */
export interface Shortcut {
  /** The keys as written on the sheet and matched: "Ctrl+Shift+P"; each item works on its own. */
  keys: string[];
  /** The i18n key of what it does. */
  does: string;
  /** A window shortcut: the command it puts on the bus. */
  command?: Command;
  /** Not while the keyboard is in the body, which has the same keys for its own use (Ctrl+K: a link). */
  outsideBody?: boolean;
  /** The desktop menu has it as an accelerator: the window leaves it to the menu (one article per press). */
  menu?: boolean;
  /** A key of the body editor: what it asks for, or none for TipTap's own (bold, undo). */
  editor?: EditorRequest | true;
}

export const shortcuts: readonly Shortcut[] = [
  { keys: ['Ctrl+N'], does: 'keys.newArticle', command: 'new-article', menu: true },
  { keys: ['Ctrl+S'], does: 'keys.save', command: 'save', menu: true },
  { keys: ['Ctrl+Shift+F'], does: 'keys.search', command: 'search' },
  { keys: ['Ctrl+K'], does: 'keys.searchOutsideBody', command: 'search', outsideBody: true },
  { keys: ['Ctrl+Shift+P'], does: 'keys.preview', command: 'toggle-preview' },
  { keys: ['F11'], does: 'keys.focus', command: 'focus-mode' },
  { keys: ['F6'], does: 'keys.nextRegion', command: 'next-region' },
  { keys: ['Shift+F6'], does: 'keys.previousRegion', command: 'previous-region' },
  { keys: ['Ctrl+/'], does: 'keys.sheet', command: 'shortcuts' },
  { keys: ['Ctrl+F', 'Ctrl+H'], does: 'keys.find', editor: 'find' },
  { keys: ['Ctrl+K'], does: 'keys.link', editor: 'link' },
  { keys: ['Ctrl+Z'], does: 'keys.undo', editor: true },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'keys.redo', editor: true },
  { keys: ['Ctrl+B'], does: 'keys.bold', editor: true },
  { keys: ['Ctrl+I'], does: 'keys.italic', editor: true },
  { keys: ['Ctrl+U'], does: 'keys.underline', editor: true },
  { keys: ['Ctrl+,'], does: 'keys.subscript', editor: true },
  { keys: ['Ctrl+.'], does: 'keys.superscript', editor: true },
  // Handled where the keyboard is: the title field, lists, toolbars, tabs, menus and dialogs.
  { keys: ['Enter'], does: 'keys.titleToBody' },
  { keys: ['↑', '↓', '←', '→', 'Home', 'End'], does: 'keys.arrows' },
  { keys: ['Esc'], does: 'keys.escape' },
];

interface Key {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

interface Chord {
  ctrl: boolean;
  shift: boolean;
  key: string;
}

/** "Ctrl+Shift+P" -> Ctrl, Shift and the key "p" (Ctrl is Cmd on a Mac). */
export function chordOf(keys: string): Chord {
  const parts = keys.split('+');
  // "Ctrl++" would be the plus key; no shortcut uses it.
  const key = parts.pop()!.toLowerCase();
  return { ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), key };
}

/** Code of the key for layouts where Shift changes the character ("/" is "?" with Shift). */
const codes: Record<string, string> = { '/': 'Slash', ',': 'Comma', '.': 'Period' };

function matches(chord: Chord, event: Key): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl !== chord.ctrl || event.shiftKey !== chord.shift) return false;
  return event.key.toLowerCase() === chord.key || (!!codes[chord.key] && event.code === codes[chord.key]);
}

/**
 * The command a key press asks for, if any, from the table. `menu`: the desktop menu answers
 * its accelerators itself. `inBody`: the keyboard is in the body editor (or its link bar).
 */
export function commandOfKey(event: Key, { menu = false, inBody = false } = {}): Command | undefined {
  // While an input method composes (pinyin), keys belong to it.
  if (event.isComposing || event.altKey) return undefined;
  for (const shortcut of shortcuts) {
    if (!shortcut.command || (menu && shortcut.menu) || (inBody && shortcut.outsideBody)) continue;
    if (shortcut.keys.some((keys) => matches(chordOf(keys), event))) return shortcut.command;
  }
  return undefined;
}

/** The body editor's own keys for `request`, as TipTap writes them ("Mod-k"). */
export function editorKeys(request: EditorRequest): string[] {
  return shortcuts
    .filter((s) => s.editor === request)
    .flatMap((s) => s.keys)
    .map((keys) => {
      const { ctrl, shift, key } = chordOf(keys);
      return [ctrl ? 'Mod-' : '', shift ? 'Shift-' : '', key].join('');
    });
}
