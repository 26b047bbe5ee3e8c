// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n';
import { chordOf, commandOfKey, shortcuts } from '../../renderer/common/commands';
import { bodyExtensions } from '../../renderer/editor/extensions';

/** The keydown a user makes for "Ctrl+Shift+P" (Ctrl, not Cmd: the app's users are on Windows and Linux). */
function press(keys: string): KeyboardEvent {
  const { ctrl, shift, key } = chordOf(keys);
  const named: Record<string, string> = { esc: 'Escape', '↑': 'ArrowUp', '↓': 'ArrowDown', '←': 'ArrowLeft', '→': 'ArrowRight', home: 'Home', end: 'End', enter: 'Enter' };
  const name = named[key] ?? (key.length === 1 ? (shift ? key.toUpperCase() : key) : key.toUpperCase());
  // The key's code as Chromium gives it: ProseMirror falls back on it for Shift+letter ("Z").
  const keyCode = /^[a-z]$/.test(key) ? key.toUpperCase().charCodeAt(0) : ({ ',': 188, '.': 190, '/': 191 } as Record<string, number>)[key] ?? 0;
  return new KeyboardEvent('keydown', { key: name, keyCode, ctrlKey: ctrl, shiftKey: shift, bubbles: true, cancelable: true });
}

describe('the shortcut table (renderer/common/commands.ts), which the key handlers and the sheet are read from', () => {
  it('has each window shortcut run its command, from wherever the keyboard is', () => {
    const window = shortcuts.filter((s) => s.command);
    expect(window.map((s) => s.command)).toEqual(expect.arrayContaining(['new-article', 'save', 'search', 'toggle-preview', 'focus-mode', 'next-region', 'previous-region', 'shortcuts']));
    for (const shortcut of window) {
      for (const keys of shortcut.keys) {
        expect(commandOfKey(press(keys)), keys).toBe(shortcut.command);
        if (!shortcut.outsideBody) expect(commandOfKey(press(keys), { inBody: true }), `${keys} in the body`).toBe(shortcut.command);
      }
    }
  });

  it('has each body shortcut handled by the body editor itself', () => {
    const editor = new Editor({ extensions: bodyExtensions, content: '<p>近日，国家邮政局召开会议。</p>' });
    const asked: string[] = [];
    editor.view.dom.addEventListener('newsdesk-link', () => asked.push('link'));
    editor.view.dom.addEventListener('newsdesk-find', () => asked.push('find'));
    for (const shortcut of shortcuts.filter((s) => s.editor)) {
      for (const keys of shortcut.keys) {
        // Something to undo, or to redo, and words selected for the marks.
        editor.commands.insertContentAt(3, '新');
        if (shortcut.does === 'keys.redo') editor.commands.undo();
        editor.commands.setTextSelection({ from: 2, to: 5 });
        const before = asked.length;
        const html = editor.getHTML();
        editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, press(keys)));
        // The key did its work: a request went out, or the text changed (TipTap's setMark says
        // false when it has replaced an excluded mark, superscript for subscript, so what the
        // key handler answers is not the test).
        if (shortcut.editor === true) expect(editor.getHTML(), `${keys} (${shortcut.does})`).not.toBe(html);
        else expect(asked.slice(before), keys).toEqual([shortcut.editor]);
      }
    }
    editor.destroy();
  });

  it('says what each shortcut does in both languages, and no two rows say the same', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const keys = (resources[language].translation as unknown as { keys: Record<string, string> }).keys;
      const said = shortcuts.map((s) => keys[s.does.replace('keys.', '')]);
      for (const [i, words] of said.entries()) expect(words, `${language} ${shortcuts[i]!.does}`).toMatch(/\S/);
      expect(new Set(said).size).toBe(said.length);
    }
  });
});
