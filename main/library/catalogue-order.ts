import type { ArticlePage, ListQuery, ListSort } from '../../shared/library';
import type { ArticleSummary } from '../../shared/article';

/** An article as the list needs it: its dates parsed and its title lowered once, when it is saved. */
export interface Entry {
  a: ArticleSummary;
  published: number;
  changed: number;
  /** The publish day as written (YYYY-MM-DD, in the site's timezone), for date ranges. */
  day: string;
  title: string;
}

export function entryOf(a: ArticleSummary): Entry {
  return { a, published: Date.parse(a.publishedAt) || 0, changed: Date.parse(a.updatedAt) || 0, day: a.publishedAt.slice(0, 10), title: a.title.toLowerCase() };
}

// Titles in the order a Chinese reader expects (pinyin), as the interface shows them.
const collator = new Intl.Collator('zh-CN');
const byId = (x: Entry, y: Entry) => (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0);
export const compareBy: Record<ListSort, (x: Entry, y: Entry) => number> = {
  // Newest first; undated drafts sort as oldest.
  published: (x, y) => y.published - x.published || y.changed - x.changed || byId(x, y),
  changed: (x, y) => y.changed - x.changed || byId(x, y),
  title: (x, y) => collator.compare(x.a.title, y.a.title) || y.published - x.published || byId(x, y),
};

/**
 * The catalogue's articles kept sorted by each of the list's orders, so a query walks a
 * ready list instead of parsing and sorting every article. A save moves one article in each
 * order (two binary searches). The title order, slow to build from nothing (a collator sort of
 * 50,000 titles takes half a second), is made when first asked for, or taken from the
 * snapshot, which is written in that order.
 */
export class Orders {
  private readonly sorted = new Map<ListSort, Entry[]>();
  private live = 0;
  private trashed = 0;

  /** `ready`: orders of all the entries as stored (the snapshot's); the others are sorted here, the title order when asked for. */
  constructor(
    private readonly entries: Map<string, Entry>,
    ready: Partial<Record<ListSort, Entry[]>> = {},
  ) {
    for (const e of entries.values()) this.tally(e, 1);
    for (const sort of ['published', 'changed'] as const) this.sorted.set(sort, ready[sort] ?? [...entries.values()].sort(compareBy[sort]));
    if (ready.title && ready.title.length === entries.size) this.sorted.set('title', ready.title);
  }

  private tally(e: Entry, n: number) {
    if (e.a.deletedAt === null) this.live += n;
    else this.trashed += n;
  }

  count(trash: boolean): number {
    return trash ? this.trashed : this.live;
  }

  order(sort: ListSort): Entry[] {
    let list = this.sorted.get(sort);
    if (!list) {
      list = [...this.entries.values()].sort(compareBy[sort]);
      this.sorted.set(sort, list);
    }
    return list;
  }

  /** Only if already made: the snapshot is written in title order when there is one. */
  titleOrder(): Entry[] | undefined {
    return this.sorted.get('title');
  }

  /** Replaces `before` (if any) by `after` (if any) in every order and count. */
  move(before: Entry | undefined, after: Entry | undefined) {
    for (const [sort, list] of this.sorted) {
      if (before) list.splice(locate(list, before, compareBy[sort]), 1);
      if (after) list.splice(insertionPoint(list, after, compareBy[sort]), 0, after);
    }
    if (before) this.tally(before, -1);
    if (after) this.tally(after, 1);
  }

  list(query: ListQuery): ArticlePage {
    const test = matcher(query);
    const items: ArticleSummary[] = [];
    let total = 0;
    const end = query.offset + query.limit;
    for (const e of this.order(query.sort)) {
      if (!test(e)) continue;
      if (total >= query.offset && total < end) items.push(e.a);
      total++;
    }
    return { items, total };
  }
}

/** The filters of a list query as one test. */
export function matcher(q: ListQuery): (e: Entry) => boolean {
  const text = q.text?.trim().toLowerCase();
  return (e) =>
    (e.a.deletedAt !== null) === q.trash &&
    (!q.column || e.a.column === q.column) &&
    (!q.status || e.a.status === q.status) &&
    (!q.source || e.a.source === q.source) &&
    (!q.author || e.a.author === q.author) &&
    (!q.from || (e.day !== '' && e.day >= q.from)) &&
    (!q.to || (e.day !== '' && e.day <= q.to)) &&
    (q.hasOriginal === undefined || (e.a.originalUrl !== '') === q.hasOriginal) &&
    (!text || e.title.includes(text));
}

function insertionPoint(list: Entry[], e: Entry, cmp: (x: Entry, y: Entry) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid]!, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function locate(list: Entry[], e: Entry, cmp: (x: Entry, y: Entry) => number): number {
  const at = insertionPoint(list, e, cmp);
  if (list[at] === e) return at;
  // Not where its keys say (cannot happen unless the order was built differently): look everywhere.
  const anywhere = list.indexOf(e);
  if (anywhere < 0) throw new Error(`catalogue order lost ${e.a.id}`);
  return anywhere;
}
