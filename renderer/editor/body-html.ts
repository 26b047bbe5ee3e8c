import { DOMSerializer, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/core';

/**
 * The HTML of each top-level block, kept as long as the block itself lives. ProseMirror
 * shares unchanged blocks between document versions, so a key typed in a 30,000-character
 * article leaves one paragraph to serialize, not the whole body.
 */
const blockHtml = new WeakMap<ProseMirrorNode, string>();

/** The body's HTML: the same as `editor.getHTML()`, at the cost of the blocks changed since the last call. */
export function bodyHtml(editor: Editor): string {
  const serializer = DOMSerializer.fromSchema(editor.schema);
  let html = '';
  editor.state.doc.forEach((block) => {
    let text = blockHtml.get(block);
    if (text === undefined) {
      text = (serializer.serializeNode(block) as Element).outerHTML;
      blockHtml.set(block, text);
    }
    html += text;
  });
  return html;
}
