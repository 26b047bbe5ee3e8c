import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findIn, type FindQuery } from '../../../shared/find';

export interface FindState {
  query: FindQuery;
  matches: { from: number; to: number }[];
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');
const none: FindQuery = { text: '', matchCase: false, wholeWord: false };

/** Every match in the body, as document positions; a match may run across bold or links. */
export function matchesIn(doc: ProseMirrorNode, query: FindQuery): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  doc.descendants((block, pos) => {
    if (!block.isTextblock) return true;
    // The block's text with the document position of each character.
    let text = '';
    const at: number[] = [];
    block.forEach((child, offset) => {
      if (!child.isText) return;
      for (let i = 0; i < child.text!.length; i++) at.push(pos + 1 + offset + i);
      text += child.text;
    });
    for (const [start, end] of findIn(text, query)) found.push({ from: at[start]!, to: at[end - 1]! + 1 });
    return false;
  });
  return found;
}

function build(doc: ProseMirrorNode, query: FindQuery, current: number): FindState {
  const matches = matchesIn(doc, query);
  const index = matches.length ? Math.min(current, matches.length - 1) : 0;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? 'find-match find-current' : 'find-match' })),
  );
  return { query, matches, current: index, decorations };
}

/** Find and replace: matches are marked in the text; the find bar drives it through transaction metas. */
export const Find = Extension.create({
  name: 'find',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: (_config, state: EditorState) => build(state.doc, none, 0),
          apply(tr: Transaction, old: FindState) {
            const meta = tr.getMeta(findKey) as Partial<Pick<FindState, 'query' | 'current'>> | undefined;
            if (!meta && !tr.docChanged) return old;
            if (!meta && !old.query.text) return { ...old, decorations: old.decorations.map(tr.mapping, tr.doc) };
            return build(tr.doc, meta?.query ?? old.query, meta?.current ?? old.current);
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
});
