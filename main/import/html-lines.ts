import { listLinks } from './list-page';

/** jsdom takes about a second to load: loaded when a page is first read, not when the app starts. */
const libraries = () => Promise.all([import('jsdom'), import('@mozilla/readability')]);

const blocks = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'BR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'DL', 'DT', 'DD', 'HR', 'FORM', 'CENTER', 'ADDRESS', 'PRE', 'FIGURE', 'FIGCAPTION', 'TD', 'TH', 'TITLE']);
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'SVG', 'SELECT', 'OPTION']);

/** A page's text as the lines a reader sees: one per block, scripts and styles left out. */
export function linesOf(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skipped.has(element.tagName)) return;
    const block = blocks.has(element.tagName);
    if (block) flush();
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
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
      body = linesOf(content);
    }
  } catch {
    // Readability gave up on this page: the fields' own reading of the lines takes over.
  }
  dom.window.close();
  return { lines, title: h1, titles, body: body?.length ? body : undefined };
}
