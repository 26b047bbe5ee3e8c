import { listLinks } from './list-page';

/** jsdom takes about a second to load: loaded when a page is first read, not when the app starts. */
const libraries = () => Promise.all([import('jsdom'), import('@mozilla/readability')]);

const blocks = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'DL', 'DT', 'DD', 'HR', 'FORM', 'CENTER', 'ADDRESS', 'PRE', 'FIGURE', 'FIGCAPTION', 'TD', 'TH', 'TITLE']);
// (A player's inner text is what a browser without it shows, "您的浏览器不支持video标签"; a text box's is a form's.
// A button's text is read: a page may fold its questions' headings into buttons, and a widget's word is dropped as chrome.)
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'SVG', 'SELECT', 'OPTION', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'CANVAS', 'TEXTAREA']);

/** A block of a page as a reader sees it: its text, how much of it is links', and whether it holds a picture or is a caption. */
export interface Block {
  text: string;
  linked: number;
  picture: boolean;
  caption: boolean;
}

/** A page's blocks: one per block element, scripts and styles left out. */
export function blocksOf(root: Element): Block[] {
  const found: Block[] = [];
  let current = { text: '', linked: 0, picture: false, caption: false };
  let inLink = 0;
  let inCaption = 0;
  const flush = () => {
    const text = current.text.trim();
    if (text || current.picture) found.push({ ...current, text });
    current = { text: '', linked: 0, picture: false, caption: false };
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      current.text += text;
      if (inLink) current.linked += text.trim().length;
      if (inCaption && text.trim()) current.caption = true;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skipped.has(element.tagName)) return;
    if (element.tagName === 'IMG') current.picture = true;
    const block = blocks.has(element.tagName);
    if (block) flush();
    const link = element.tagName === 'A' && element.hasAttribute('href');
    const caption = element.tagName === 'FIGCAPTION';
    if (link) inLink++;
    if (caption) inCaption++;
    for (const child of element.childNodes) walk(child);
    if (link) inLink--;
    if (caption) inCaption--;
    if (block) flush();
  };
  walk(root);
  flush();
  return found;
}

/** A page's text as the lines a reader sees: one per block, scripts and styles left out. */
export function linesOf(root: Element): string[] {
  return blocksOf(root)
    .map((b) => b.text)
    .filter(Boolean);
}

/**
 * The article's paragraphs among the blocks of the main content: less the lines that are all
 * links (a list of other articles, "更多>>", the tags; an attachment's link, 《…》 or a file, stays),
 * and less the pictures' captions (a <figcaption>, the short text beside a picture or right under
 * it), unless the captions are all the text there is (a photo item).
 */
export function articleLines(content: Block[]): string[] {
  const linkOnly = (b: Block) => b.linked >= 0.8 * b.text.replace(/\s+/g, '').length && !/《|\.(pdf|docx?|xlsx?|wps|zip|rar)\s*$/i.test(b.text);
  const short = (b: Block) => b.text.replace(/\s+/g, '').length <= 40 && (b.text.match(/[，。；,;]/g) ?? []).length <= 1;
  const caption = (b: Block, i: number) => b.caption || (b.picture && short(b)) || (short(b) && i > 0 && content[i - 1]!.picture && !content[i - 1]!.text);
  const kept = content.filter((b) => b.text && !linkOnly(b));
  const text = kept.filter((b) => !caption(b, content.indexOf(b)));
  const paragraphs = text.some((b) => /[，。,]/.test(b.text)) ? text : kept;
  return paragraphs.map((b) => b.text);
}

/** What a saved or fetched page gives the fields' reading: its lines, and what its structure says. */
export interface HtmlPage {
  lines: string[];
  /** The headline the markup names: the page's <h1>. */
  title?: string;
  /** Other names the page gives itself (<title>, og:title): agreeing with one makes a line the title. */
  titles?: string[];
  /** The paragraphs Readability takes for the main content. */
  body?: string[];
  /** The article links, when the page is a column's list of articles (only looked for with a `baseUrl`). */
  list?: ReturnType<typeof listLinks>;
}

/**
 * A saved HTML page: its lines (for the fields around the article), its <h1>, <title> and
 * og:title, and the paragraphs Mozilla's Readability takes for the main content. With the
 * page's address, a page that is a column's list of links gives those links instead.
 */
export async function readHtml(html: string, baseUrl?: string): Promise<HtmlPage> {
  const [{ JSDOM }, { Readability }] = await libraries();
  const dom = new JSDOM(html);
  const document = dom.window.document;
  const lines = linesOf(document.body ?? document.documentElement);
  const h1 = [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? '').find((t) => t.length > 0 && t.length <= 120);
  const titles = [document.title, document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '', document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '']
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (baseUrl) {
    const list = listLinks(document, baseUrl, lines.join(''));
    if (list) {
      dom.window.close();
      return { lines, title: h1, titles, list };
    }
  }
  let body: string[] | undefined;
  try {
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const content = new JSDOM(`<body>${article.content}</body>`).window.document.body;
      body = articleLines(blocksOf(content));
    }
  } catch {
    // Readability gave up on this page: the fields' own reading of the lines takes over.
  }
  dom.window.close();
  return { lines, title: h1, titles, body: body?.length ? body : undefined };
}
