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
  /** Its place in the orders' tables (given by Orders; kept by the article's later versions). */
  slot: number;
}

export function entryOf(a: ArticleSummary): Entry {
  return { a, published: Date.parse(a.publishedAt) || 0, changed: Date.parse(a.updatedAt) || 0, day: a.publishedAt.slice(0, 10), title: a.title.toLowerCase(), slot: -1 };
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

/** 2024-03-12 → 20240312; 0 when there is no day. */
const dayNumber = (day: string | undefined) => (day && /^\d{4}-\d\d-\d\d$/.test(day) ? Number(day.replace(/-/g, '')) : 0);
const trashBit = 1;
const originalBit = 2;

/** One order of the list: slots, most of the time sorted by its comparison. */
class SlotOrder {
  constructor(
    public slots: Int32Array,
    public length: number,
  ) {}

  insert(at: number, slot: number) {
    if (this.length === this.slots.length) {
      const larger = new Int32Array(this.slots.length * 2 + 64);
      larger.set(this.slots);
      this.slots = larger;
    }
    this.slots.copyWithin(at + 1, at, this.length);
    this.slots[at] = slot;
    this.length++;
  }

  removeAt(at: number) {
    this.slots.copyWithin(at, at + 1, this.length);
    this.length--;
  }
}

/**
 * The catalogue's articles kept sorted by each of the list's orders, so a query walks a
 * ready list instead of parsing and sorting every article. A save moves one article in each
 * order (two binary searches). The title order, slow to build from nothing (a collator sort of
 * 50,000 titles takes half a second), is made when first asked for, or taken from the
 * snapshot, which is written in that order.
 *
 * Each article has a slot, and what the filters test (trash, column, status, source, author,
 * day, original link) sits in typed arrays by slot; an order is an array of slots. A query
 * thus reads a few small arrays instead of following 50,000 pointers to objects scattered in
 * memory, which cost 20-40 ms for an order other than the one they were made in.
 */
export class Orders {
  private readonly sorted = new Map<ListSort, SlotOrder>();
  private readonly at: (Entry | undefined)[] = [];
  private readonly free: number[] = [];
  private flags = new Uint8Array(0);
  private column = new Int32Array(0);
  private status = new Int32Array(0);
  private source = new Int32Array(0);
  private author = new Int32Array(0);
  private days = new Int32Array(0);
  /** Column, status, source and author names as numbers. */
  private readonly codes = new Map<string, number>();
  private live = 0;
  private trashed = 0;

  /** `ready`: orders of all the entries as stored (the snapshot's); the others are sorted here, the title order when asked for. */
  constructor(
    private readonly entries: Map<string, Entry>,
    ready: Partial<Record<ListSort, Entry[]>> = {},
  ) {
    this.grow(entries.size + 1024);
    for (const e of entries.values()) this.place(e, this.at.length);
    for (const sort of ['published', 'changed'] as const) this.sorted.set(sort, this.slotsOf(ready[sort] ?? [...entries.values()].sort(compareBy[sort])));
    if (ready.title && ready.title.length === entries.size) this.sorted.set('title', this.slotsOf(ready.title));
  }

  private slotsOf(entries: Entry[]): SlotOrder {
    const slots = new Int32Array(entries.length + 1024);
    entries.forEach((e, i) => (slots[i] = e.slot));
    return new SlotOrder(slots, entries.length);
  }

  private grow(size: number) {
    if (size <= this.flags.length) return;
    const larger = <T extends Uint8Array | Int32Array>(old: T): T => {
      const made = new (old.constructor as new (n: number) => T)(size);
      made.set(old);
      return made;
    };
    this.flags = larger(this.flags);
    this.column = larger(this.column);
    this.status = larger(this.status);
    this.source = larger(this.source);
    this.author = larger(this.author);
    this.days = larger(this.days);
  }

  private code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) this.codes.set(name, (code = this.codes.size));
    return code;
  }

  /** Puts an entry in a slot, with what the filters test. */
  private place(e: Entry, slot: number) {
    this.grow(slot + 1 > this.flags.length ? this.flags.length * 2 + 1024 : 0);
    e.slot = slot;
    this.at[slot] = e;
    this.flags[slot] = (e.a.deletedAt !== null ? trashBit : 0) | (e.a.originalUrl !== '' ? originalBit : 0);
    this.column[slot] = this.code(e.a.column);
    this.status[slot] = this.code(e.a.status);
    this.source[slot] = this.code(e.a.source);
    this.author[slot] = this.code(e.a.author);
    this.days[slot] = dayNumber(e.day);
    this.tally(e, 1);
  }

  private tally(e: Entry, n: number) {
    if (e.a.deletedAt === null) this.live += n;
    else this.trashed += n;
  }

  count(trash: boolean): number {
    return trash ? this.trashed : this.live;
  }

  private slotOrder(sort: ListSort): SlotOrder {
    let order = this.sorted.get(sort);
    if (!order) {
      order = this.slotsOf([...this.entries.values()].sort(compareBy[sort]));
      this.sorted.set(sort, order);
    }
    return order;
  }

  /** Every entry, trash included, in this order. */
  order(sort: ListSort): Entry[] {
    const { slots, length } = this.slotOrder(sort);
    const out: Entry[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.at[slots[i]!]!;
    return out;
  }

  /** Only if already made: the snapshot is written in title order when there is one. */
  titleOrder(): Entry[] | undefined {
    return this.sorted.has('title') ? this.order('title') : undefined;
  }

  /** Replaces `before` (if any) by `after` (if any) in every order and count. */
  move(before: Entry | undefined, after: Entry | undefined) {
    if (before) {
      for (const [sort, order] of this.sorted) order.removeAt(this.locate(order, before, compareBy[sort]));
      this.tally(before, -1);
    }
    if (after) {
      const slot = before ? before.slot : (this.free.pop() ?? this.at.length);
      this.place(after, slot);
      for (const [sort, order] of this.sorted) order.insert(this.insertionPoint(order, after, compareBy[sort]), slot);
    } else if (before) {
      this.at[before.slot] = undefined;
      this.free.push(before.slot);
    }
  }

  list(query: ListQuery): ArticlePage {
    const test = this.test(query);
    const items: ArticleSummary[] = [];
    let total = 0;
    let index: number | undefined;
    const end = query.offset + query.limit;
    // The entry whose place is asked, found by its id once, then compared by identity.
    const wanted = query.find === undefined ? undefined : this.entries.get(query.find);
    const { slots, length } = this.slotOrder(query.sort);
    for (let i = 0; i < length; i++) {
      const slot = slots[i]!;
      if (!test(slot)) continue;
      if (total >= query.offset && total < end) items.push(this.at[slot]!.a);
      if (wanted && this.at[slot] === wanted) index = total;
      total++;
    }
    return index === undefined ? { items, total } : { items, total, index };
  }

  /** Calls `visit` with the slot of each entry that passes the filters, in this order, until it answers false. */
  walk(sort: ListSort, filters: ListQuery, withTrash: boolean, visit: (slot: number) => boolean) {
    const test = this.test(filters, withTrash);
    const { slots, length } = this.slotOrder(sort);
    for (let i = 0; i < length; i++) {
      const slot = slots[i]!;
      if (test(slot) && !visit(slot)) return;
    }
  }

  entryAt(slot: number): Entry | undefined {
    return this.at[slot];
  }

  /** The filters of a list query as one test of a slot; `withTrash`: in the trash or not. */
  test(q: ListQuery, withTrash = false): (slot: number) => boolean {
    const want = (name: string | undefined) => (name ? (this.codes.get(name) ?? -2) : -1);
    const [column, status, source, author] = [want(q.column), want(q.status), want(q.source), want(q.author)];
    if (column === -2 || status === -2 || source === -2 || author === -2) return () => false; // no article has it
    const trash = withTrash ? -1 : q.trash ? trashBit : 0;
    const original = q.hasOriginal === undefined ? -1 : q.hasOriginal ? originalBit : 0;
    const [from, to] = [dayNumber(q.from), dayNumber(q.to)];
    const text = q.text?.trim().toLowerCase();
    const { flags, days, at } = this;
    const [columns, statuses, sources, authors] = [this.column, this.status, this.source, this.author];
    return (s) =>
      (trash < 0 || (flags[s]! & trashBit) === trash) &&
      (column < 0 || columns[s] === column) &&
      (status < 0 || statuses[s] === status) &&
      (source < 0 || sources[s] === source) &&
      (author < 0 || authors[s] === author) &&
      (!from || (days[s] !== 0 && days[s]! >= from)) &&
      (!to || (days[s] !== 0 && days[s]! <= to)) &&
      (original < 0 || (flags[s]! & originalBit) === original) &&
      (!text || at[s]!.title.includes(text));
  }

  private insertionPoint(order: SlotOrder, e: Entry, cmp: (x: Entry, y: Entry) => number): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(this.at[order.slots[mid]!]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private locate(order: SlotOrder, e: Entry, cmp: (x: Entry, y: Entry) => number): number {
    const at = this.insertionPoint(order, e, cmp);
    if (order.slots[at] === e.slot && at < order.length) return at;
    // Not where its keys say (an order stored by another version, another collation): look everywhere.
    const anywhere = order.slots.subarray(0, order.length).indexOf(e.slot);
    if (anywhere < 0) throw new Error(`catalogue order lost ${e.a.id}`);
    return anywhere;
  }
}
