import { expect, test } from 'vitest';
import { patchBlock } from '../../renderer/preview/patch-block';

const page = (title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><header><p class="site">通讯邮递调研网</p></header>` +
  `<article><h1>${title}</h1><div class="body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article><footer><p>版权所有</p></footer></body></html>`;

function shown(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const texts = ['第一段，<strong>加粗</strong>的字。', '第二段。', '第三段 &amp; 符号。'];

test('a key typed in a paragraph replaces that paragraph alone, the rest of the page left as it was', () => {
  const before = page('标题', texts);
  const doc = shown(before);
  const [first, , third] = [...doc.querySelectorAll('.body p')];
  const after = page('标题', [texts[0]!, '第二段，又加了几个字。', texts[2]!]);
  expect(patchBlock(doc, before, after)).toBe(true);
  const now = [...doc.querySelectorAll('.body p')];
  expect(now.map((p) => p.textContent)).toEqual(['第一段，加粗的字。', '第二段，又加了几个字。', '第三段 & 符号。']);
  expect(now[0]).toBe(first);
  expect(now[2]).toBe(third);
  expect(doc.documentElement.outerHTML).toBe(shown(after).documentElement.outerHTML);
});

test('text typed inside bold or after an entity is patched too, and gives the page the new HTML would', () => {
  const before = page('标题', texts);
  const doc = shown(before);
  const after = page('标题', ['第一段，<strong>加粗了</strong>的字。', texts[1]!, '第三段 &amp; 符号和字。']);
  // Two blocks changed: not one block's text, so it is left to the whole-page patch.
  expect(patchBlock(doc, before, after)).toBe(false);
  const one = page('标题', ['第一段，<strong>加粗了</strong>的字。', texts[1]!, texts[2]!]);
  expect(patchBlock(doc, before, one)).toBe(true);
  expect(doc.documentElement.outerHTML).toBe(shown(one).documentElement.outerHTML);
});

test('a changed title, a new paragraph or a new tag is left to the whole-page patch, touching nothing', () => {
  const before = page('标题', texts);
  for (const after of [page('新标题', texts), page('标题', [...texts, '第四段。']), page('标题', [texts[0]!, '第二<em>段</em>。', texts[2]!])]) {
    const doc = shown(before);
    expect(patchBlock(doc, before, after)).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(shown(before).documentElement.outerHTML);
  }
});

test('a page whose HTML the browser reads differently from its text (a paragraph in a comment) is never patched in the wrong place', () => {
  const before = page('标题', texts).replace('<article>', '<!-- <p>旧的说明</p> --><article>');
  const doc = shown(before);
  const after = before.replace('第二段。', '第二段，改了。');
  expect(patchBlock(doc, before, after)).toBe(false);
  expect(doc.querySelectorAll('.body p')[1]!.textContent).toBe('第二段。');
});
