import type { ListQuery, SearchHit, SearchQuery, SearchResult } from '../../../shared/library';
import type { ArticleSummary } from '../../../shared/article';
import { compareBy, type Entry, type Orders } from '../catalogue-order';
import { count, eachBit, hasBit, type Bits } from './field-index';
import { fingerprint, K, shingleText } from './minhash';
import type { Indexed, SearchIndex } from './search-index';
import { snippetOf } from './snippet';
import { bigrams, parseQuery } from './tokens';

export interface Searchable {
  index: SearchIndex;
  entry(id: string): Entry | undefined;
  /** The list's orders and filters. */
  orders: Orders;
  /** Newest first, filtered: the titles, while the index is not ready. */
  list(query: ListQuery): { items: ArticleSummary[] };
  read(id: string): Indexed | null;
}

// Articles read at most per search, for phrases and passages (each is a file read, about 0.1 ms).
const maxReads = 300;
// Fewer matches than this are sorted by date; more are found by walking the list, newest first.
const fewMatches = 4000;

/**
 * A search: the articles holding every word, those with all of them in the title first, then
 * those with all of them in the title, source, author, summary, keywords or link, then the
 * rest, newest first within each; narrowed by the list's filters; phrases checked against the
 * text; each hit given its passage with the matches marked. While the index is loading or
 * being built, titles are searched instead (the result says it is not complete).
 */
export function search(from: Searchable, query: SearchQuery): SearchResult {
  const parsed = parseQuery(query.query);
  if (!parsed.terms.length) return { hits: [], complete: true };
  if (!parsed.tokens.length) return { hits: [], complete: from.index.state.state === 'ready' };
  const matches = onlyPairs(parsed.terms) ? from.index.match(parsed.tokens) : null;
  if (matches === null) return titleSearch(from, query, parsed.terms);
  // Without phrases every candidate is a hit, so no more are needed than asked for.
  const wanted = parsed.phrases.length ? maxReads : query.limit;
  const hits: SearchHit[] = [];
  let reads = 0;
  for (const entry of ranked(from, query, matches, wanted)) {
    if (hits.length >= query.limit || reads >= maxReads) break;
    reads++;
    const text = from.read(entry.a.id);
    if (!text) continue;
    const all = [text.title, text.meta, text.body].join('\n').toLowerCase();
    if (!parsed.phrases.every((phrase) => all.includes(phrase))) continue;
    // Where a term is written whole (the body first, then source, author…), else where its first pair is.
    const passage =
      snippetOf(text.body, parsed.terms, true) ??
      snippetOf(text.meta, parsed.terms, true) ??
      snippetOf(text.body, parsed.terms) ??
      snippetOf(text.meta, parsed.terms) ??
      snippetOf(text.title, parsed.terms) ?? { snippet: text.body.slice(0, 110), marks: [] };
    hits.push({ article: entry.a, ...passage });
  }
  return { hits, complete: true };
}

/** The matching articles that pass the filters, best first, up to `wanted` of the best kind. */
function ranked(from: Searchable, query: SearchQuery, matches: { title: Bits; meta: Bits; any: Bits }, wanted: number): Entry[] {
  const tiers: Entry[][] = [[], [], []];
  const filters = { ...query, sort: 'published' as const, offset: 0 };
  if (count(matches.any) <= fewMatches) {
    const test = from.orders.test(filters, query.withTrash);
    const found: [Entry, number][] = [];
    eachBit(matches.any, (n) => {
      const id = from.index.idOf(n);
      const entry = id === null ? undefined : from.entry(id);
      if (entry && test(entry.slot)) found.push([entry, n]);
    });
    found.sort((x, y) => compareBy.published(x[0], y[0]));
    for (const [entry, n] of found) {
      const tier = tiers[hasBit(matches.title, n) ? 0 : hasBit(matches.meta, n) ? 1 : 2]!;
      if (tier.length < wanted) tier.push(entry);
    }
  } else {
    // Many matches: the list walked newest first, by slot, reading an entry only when it is kept.
    from.orders.walk('published', filters, query.withTrash, (slot) => {
      const n = from.index.numberAt(slot);
      if (n < 0 || !hasBit(matches.any, n)) return true;
      const tier = tiers[hasBit(matches.title, n) ? 0 : hasBit(matches.meta, n) ? 1 : 2]!;
      if (tier.length < wanted) {
        const entry = from.orders.entryAt(slot)!;
        if (from.index.idOf(n) === entry.a.id) tier.push(entry);
      }
      return tiers[0]!.length < wanted;
    });
  }
  return tiers.flat();
}

/** A lone Chinese character is not in the index (it holds pairs): such a query searches titles. */
function onlyPairs(terms: string[]): boolean {
  return terms.every((term) => bigrams(term).every((t) => t.length > 1 || !/\p{Script=Han}/u.test(t)));
}

function titleSearch(from: Searchable, query: SearchQuery, terms: string[]): SearchResult {
  const state = from.index.state;
  const [first = '', ...rest] = terms;
  const found = (trash: boolean) => from.list({ ...query, trash, text: first, sort: 'published', offset: 0, limit: 1000 }).items;
  const hits = [...found(query.trash), ...(query.withTrash && !query.trash ? found(true) : [])]
    .filter((a) => rest.every((term) => a.title.toLowerCase().includes(term)))
    .slice(0, query.limit)
    .map((article) => ({ article, ...(snippetOf(article.title, terms) ?? { snippet: article.title, marks: [] }) }));
  const ready = state.state === 'ready';
  return { hits, complete: ready, ...(!ready ? { progress: { state: state.state, done: state.done, total: state.total } } : {}) };
}

/**
 * Articles whose body is nearly the same as this text: the bodies whose fingerprint agrees
 * in many places are candidates, and a candidate is similar when most of its four-character
 * shingles are the text's (Jaccard ≥ 0.6).
 */
export function similar(from: Searchable, text: string): ArticleSummary[] {
  const plain = shingleText(text);
  if (plain.length < 30) return [];
  const mine = shingles(plain);
  const out: ArticleSummary[] = [];
  // Bodies with a Jaccard of 0.6 agree in 60% of places on average; 40% leaves room for the estimate's spread.
  for (const { id } of from.index.likeBody(fingerprint(plain), Math.floor(K * 0.4)).slice(0, 20)) {
    const entry = from.entry(id);
    const body = entry && from.read(id)?.body;
    if (!entry || !body || entry.a.deletedAt !== null) continue;
    if (jaccard(mine, shingles(shingleText(body))) >= 0.6) out.push(entry.a);
  }
  return out.slice(0, 5);
}

function shingles(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= text.length; i++) out.add(text.slice(i, i + 4));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common || 1);
}
