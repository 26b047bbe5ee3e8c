// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../renderer/editor/body-html';
import { bodyExtensions } from '../../renderer/editor/extensions';

const article = [
  '<h2>一、总体要求</h2>',
  '<p style="text-align: center">各地<strong>邮政管理</strong>部门要<a href="https://www.spb.gov.cn/">加强监管</a>，H<sub>2</sub>O 与 m<sup>2</sup>。</p>',
  '<ol><li><p>严格落实收寄验视制度。</p></li><li><p>加强从业人员安全培训。</p></li></ol>',
  '<blockquote><p>引文</p></blockquote><hr>',
  '<table><tbody><tr><th colspan="2"><p>地区</p></th></tr><tr><td><p>北京</p></td><td><p>上海</p></td></tr></tbody></table>',
  '<figure><img src="assets/ab.png" alt="网点"><figcaption>快递网点</figcaption></figure>',
  '<p>最后一段。</p>',
].join('');

describe('the body HTML that a save sends', () => {
  it('is what the editor holds, after edits anywhere in a long body, block by block cached or not', () => {
    const editor = new Editor({ extensions: bodyExtensions, content: article });
    expect(bodyHtml(editor)).toBe(editor.getHTML());
    // Typing at the end, then in the middle, then a change of a whole block.
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, '补充');
    expect(bodyHtml(editor)).toBe(editor.getHTML());
    expect(bodyHtml(editor)).toContain('<p>最后一段。补充</p>');
    editor.commands.insertContentAt(6, '新');
    const last = editor.state.doc.content.size - editor.state.doc.lastChild!.nodeSize + 2;
    editor.chain().setTextSelection(last).setTextAlign('right').run();
    expect(bodyHtml(editor)).toBe(editor.getHTML());
    expect(bodyHtml(editor)).toContain('<p style="text-align: right;">最后一段。补充</p>');
    // Undo brings back the older blocks, and their HTML with them.
    editor.commands.undo();
    expect(bodyHtml(editor)).toBe(editor.getHTML());
    editor.commands.clearContent();
    expect(bodyHtml(editor)).toBe('<p></p>');
    editor.destroy();
  });
});
