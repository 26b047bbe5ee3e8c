import crypto from 'node:crypto';
import sanitizeHtml from 'sanitize-html';

const linkAttributes = { rel: 'nofollow noopener' };
/**
 * Article HTML as it may reach a page: the editor's own vocabulary and nothing else. No
 * script, no event handler, no style but `text-align` (the editor's alignment), and links only
 * to http(s), mailto or the site itself.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li',
    'blockquote', 'hr', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'colgroup', 'col', 'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    '*': ['class', 'style'],
  },
  allowedClasses: { '*': ['text-left', 'text-center', 'text-right', 'text-justify', 'caption'] },
  // Alignment from the editor, and nothing else of style.
  allowedStyles: { '*': { 'text-align': [/^(left|right|center|justify)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Ours replaces any rel the body brought.
  transformTags: { a: sanitizeHtml.simpleTransform('a', linkAttributes) },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options);
}

/**
 * Names the rules above: a body sanitized under other rules is sanitized again. Made of the
 * options as data (a function's text differs between builds, so the link transform is named
 * by its attributes).
 */
const rules = crypto
  .createHash('sha1')
  .update(JSON.stringify({ ...options, transformTags: { a: linkAttributes } }, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value)))
  .digest('base64url')
  .slice(0, 12);

/** A body sanitized ahead of time, stamped with the rules that made it. */
export interface SiteBody {
  rules: string;
  html?: string;
}

/**
 * The body as a page shows it, to keep beside the editor's own: `html` is left out when
 * sanitizing changed nothing, as with most bodies from the editor.
 */
export function siteBodyFor(bodyHtml: string): SiteBody {
  const html = sanitizeBody(bodyHtml);
  return html === bodyHtml ? { rules } : { rules, html };
}

/** The body as a page shows it: the copy sanitized at save, if it was made by these rules; else sanitized now. */
export function siteBodyOf(article: { bodyHtml: string; siteBody?: SiteBody }): string {
  const stored = article.siteBody;
  if (stored?.rules !== rules) return sanitizeBody(article.bodyHtml);
  return stored.html ?? article.bodyHtml;
}

/**
 * The opening words of a body as plain text (a feed's description): tags and whatever scripts
 * or styles hold are dropped. Only the first few thousand characters are read: a description
 * needs a sentence, not a 30,000-character body.
 */
export function leadText(html: string, length: number): string {
  const text = sanitizeHtml(html.slice(0, length * 20), { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'title'] });
  // sanitize-html escapes the text it returns; the template escapes it again for the feed.
  const plain = text.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return plain.replace(/\s+/g, ' ').trim().slice(0, length);
}
