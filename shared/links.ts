/**
 * The one rule for links that reach a page of the site (an `href` or a `src`) from an article,
 * a hand-off package or the site profile: http(s) with a host, mailto, or a path of the site
 * itself. Checked when a field is saved, when a package arrives, when the site profile is saved,
 * and again when a page is rendered, since a file may be edited by hand.
 */

/** The link as it may go on a page, trimmed, or null when it may not. */
export function safeLink(text: string): string | null {
  const link = text.trim();
  // Browsers drop tabs and newlines inside a URL and read `java\nscript:` as a scheme.
  // eslint-disable-next-line no-control-regex
  if (!link || /[\u0000-\u001f\u007f\\]/.test(link)) return null;
  if (link.startsWith('/')) return link.startsWith('//') ? null : link;
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(link)) return link;
  return isHttpUrl(link) ? link : null;
}

export function isSafeLink(text: string): boolean {
  return safeLink(text) !== null;
}

/** An absolute web address: http or https, with a host. */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && /^https?:\/\//i.test(text.trim());
}
