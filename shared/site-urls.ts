import { wallClock } from './dates';

/**
 * Where each page lives on the site. An article's URL is built from its id, never its title,
 * so retitling keeps the URL: /{column}/{yyyymm}/{id}.html.
 */
export function articleUrl(a: { id: string; column: string; publishedAt: string }, zone: string): string {
  const clock = wallClock(a.publishedAt, zone);
  const month = clock ? clock.slice(0, 4) + clock.slice(5, 7) : '000000';
  return `/${a.column}/${month}/${a.id}.html`;
}

/** A column's list page by its key (see pagination.ts): 0 is index.html, k is index_k.html. */
export function columnUrl(slug: string, key = 0): string {
  return key === 0 ? `/${slug}/` : `/${slug}/index_${key}.html`;
}

/** The file in the site folder that serves a URL. */
export function fileOfUrl(url: string): string {
  return (url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');
}
