import { trimSpaces } from '../../../shared/cleanup';

const dropped = 'script, style, meta, link, title, xml, head, noscript, iframe, object';
const unwrapped = new Set(['SPAN', 'FONT', 'DIV', 'SECTION', 'ARTICLE', 'CENTER']);
const kept: Record<string, string[]> = { A: ['href'], TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan'], IMG: ['src', 'alt'] };
const ordered = /^(\(?\d+[.)、]|[一二三四五六七八九十]+、|[a-zA-Z][.)]|[ivxIVX]+[.)])$/;

/**
 * HTML pasted from Word, WPS or a web page, reduced to what an article is made of: no inline
 * styles, fonts, classes, mso- markup, comments or empty spans; Word's list paragraphs become
 * real lists; full-width indents go (the site indents paragraphs itself); alignment stays.
 * Images from Office's local temporary files cannot be read from a web page: they are
 * removed and counted, never left as broken links.
 */
export function cleanPastedHtml(html: string): { html: string; missingImages: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  removeComments(body);
  for (const e of body.querySelectorAll(dropped)) e.remove();
  // Office's own elements (o:p holds a paragraph's &nbsp;, v:shape a drawing): nothing of the text.
  for (const e of [...body.querySelectorAll('*')].filter((e) => e.tagName.includes(':'))) e.remove();
  let missingImages = 0;
  for (const img of body.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (/^file:/i.test(src)) missingImages++;
    // Kept: images of the web, and of this library (copied from another article).
    if (!/^(https?:|\/assets\/)/i.test(src)) img.remove();
  }
  wordLists(body);
  for (const e of [...body.querySelectorAll('*')]) cleanAttributes(e);
  for (const e of [...body.querySelectorAll('*')].reverse()) if (unwrapped.has(e.tagName)) unwrap(e);
  for (const a of body.querySelectorAll('a')) if (!/^(https?:|mailto:)/i.test(a.getAttribute('href') ?? '')) unwrap(a);
  for (const p of body.querySelectorAll('p, h1, h2, h3, h4, li')) trimIndent(p);
  for (const p of [...body.querySelectorAll('p')]) if (!p.textContent?.replace(/[\s\u00a0\u3000]/g, '') && !p.querySelector('img')) p.remove();
  for (const n of [...body.childNodes]) if (n.nodeType === 3 && !n.textContent?.trim()) n.remove();
  return { html: body.innerHTML.trim(), missingImages };
}

/** Plain text pasted: blank lines separate paragraphs; lines within one are joined. */
export function paragraphsOfText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map(trimSpaces)
        .filter(Boolean)
        .reduce((joined, line) => (joined && /[A-Za-z0-9,.;:!?]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line), ''),
    )
    .filter(Boolean);
}

function removeComments(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/** Word writes lists as paragraphs with mso-list in their style and the number in a hidden span. */
function wordLists(body: HTMLElement) {
  let list: HTMLElement | null = null;
  let id = '';
  for (const p of [...body.querySelectorAll('p')]) {
    const style = p.getAttribute('style') ?? '';
    const match = /mso-list:\s*(l\d+)/.exec(style);
    if (!match) {
      list = null;
      continue;
    }
    const marker = p.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
    const kind = ordered.test((marker?.textContent ?? '').replace(/[\s\u00a0]/g, '')) ? 'OL' : 'UL';
    marker?.remove();
    if (!list || id !== match[1] || list.tagName !== kind) {
      list = p.ownerDocument.createElement(kind);
      p.before(list);
      id = match[1]!;
    }
    const item = p.ownerDocument.createElement('li');
    list.append(item);
    item.append(p);
  }
}

function cleanAttributes(e: Element) {
  const align = alignmentOf(e);
  for (const attr of [...e.attributes]) if (!kept[e.tagName]?.includes(attr.name)) e.removeAttribute(attr.name);
  if (align && /^(P|H[1-6])$/.test(e.tagName)) e.setAttribute('style', `text-align: ${align}`);
}

function alignmentOf(e: Element): string | null {
  const value = /text-align:\s*(left|right|center|justify)/i.exec(e.getAttribute('style') ?? '')?.[1] ?? e.getAttribute('align');
  return value && /^(right|center|justify)$/i.test(value) ? value.toLowerCase() : null;
}

function unwrap(e: Element) {
  e.replaceWith(...e.childNodes);
}

/** Leading indents and trailing spaces of a block's text. */
function trimIndent(block: Element) {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  if (texts[0]) texts[0].textContent = (texts[0].textContent ?? '').replace(/^[\s\u00a0\u3000]+/, '');
  const last = texts.at(-1);
  if (last) last.textContent = (last.textContent ?? '').replace(/[\s\u00a0\u3000]+$/, '');
}
