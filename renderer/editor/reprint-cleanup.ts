import { continuesInto, fullWidthPunctuation, trimSpaces } from '../../shared/cleanup';

const blocks = 'p, li, h2, h3, h4, blockquote, td, th';

/**
 * 转载清理 over the editor's HTML: punctuation inside each run of text, indents trimmed,
 * empty paragraphs dropped, paragraphs cut mid-sentence joined. Marks (bold, links) stay.
 */
export function cleanupHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.textContent = fullWidthPunctuation(node.textContent ?? '');
  for (const block of doc.body.querySelectorAll(blocks)) trimEdges(block);
  const paragraphs = [...doc.body.children].filter((e) => e.tagName === 'P');
  for (const p of paragraphs) if (!p.textContent?.trim() && !p.querySelector('img')) p.remove();
  let previous: Element | null = null;
  for (const p of [...doc.body.children]) {
    if (p.tagName === 'P' && previous?.tagName === 'P' && continuesInto(previous.textContent ?? '', p.textContent ?? '')) {
      previous.append(...p.childNodes);
      p.remove();
    } else {
      previous = p;
    }
  }
  return doc.body.innerHTML;
}

function trimEdges(block: Element) {
  const texts: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  if (texts[0]) texts[0].textContent = (texts[0].textContent ?? '').replace(/^[\s\u3000\u00a0]+/, '');
  const last = texts.at(-1);
  if (last) last.textContent = (last.textContent ?? '').replace(/[\s\u3000\u00a0]+$/, '');
  if (texts.length === 1) texts[0]!.textContent = trimSpaces(texts[0]!.textContent ?? '');
}
