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

/**
 * A saved HTML page: its lines (for the fields around the article), its <h1>, and the
 * paragraphs Mozilla's Readability takes for the main content.
 */
export async function readHtml(html: string): Promise<{ lines: string[]; title?: string; body?: string[] }> {
  const [{ JSDOM }, { Readability }] = await libraries();
  const dom = new JSDOM(html);
  const document = dom.window.document;
  const lines = linesOf(document.body ?? document.documentElement);
  const h1 = [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? '').find((t) => t.length > 0 && t.length <= 120);
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
  return { lines, title: h1, body: body?.length ? body : undefined };
}
