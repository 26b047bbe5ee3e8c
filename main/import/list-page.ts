import { findDate } from '../../shared/import/dates';
import type { ListLink } from '../../shared/import/draft';

/** An item of a column list: a link whose words read like a headline. */
const headline = (text: string) => text.length >= 6 && text.length <= 120 && !/^(首页|上一页|下一页|尾页|末页|更多|more|返回|登录|注册)/i.test(text);

/**
 * The article links of a column list page (栏目列表页), or null when the page is not one. The
 * links of a list stand side by side in one container (the <li>s of a <ul>, the rows of a
 * table); the page is a list when its largest such group has at least five headlines and their
 * words outweigh the page's text outside links, which on an article page is its body.
 * `pageText` is the page's visible text (scripts and styles left out).
 */
export function listLinks(document: Document, baseUrl: string, pageText: string): Omit<ListLink, 'inLibrary'>[] | null {
  const body = document.body;
  if (!body) return null;
  const groups = new Map<Element, { url: string; title: string; publishedAt: string }[]>();
  for (const a of body.querySelectorAll('a[href]')) {
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const full = a.getAttribute('title')?.trim();
    const text = full && full.length > title.length && /(\.\.\.|…)$/.test(title) ? full : title;
    if (!headline(text)) continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, baseUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    url.hash = '';
    if (url.href === new URL(baseUrl).href) continue;
    // The list item: the nearest <li>, <tr> or <dd>, else the link's own parent.
    const item = a.closest('li, tr, dd, dt') ?? a.parentElement!;
    const container = item.parentElement ?? item;
    const rest = (item.textContent ?? '').replace(a.textContent ?? '', ' ');
    const list = groups.get(container) ?? [];
    if (!list.some((l) => l.url === url.href)) list.push({ url: url.href, title: text, publishedAt: findDate(rest)?.iso ?? '' });
    groups.set(container, list);
  }
  const best = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || best.length < 5) return null;
  const linkChars = best.reduce((sum, l) => sum + l.title.length, 0);
  const allText = pageText.replace(/\s+/g, '').length;
  const anchorText = [...body.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return linkChars >= allText - anchorText ? best : null;
}
