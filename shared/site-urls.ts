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

/** Column lists paginate as Chinese CMSs do: index.html, index_2.html, … */
export function columnUrl(slug: string, page = 1): string {
  return page === 1 ? `/${slug}/` : `/${slug}/index_${page}.html`;
}

/** The file in the site folder that serves a URL. */
export function fileOfUrl(url: string): string {
  return (url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');
}
