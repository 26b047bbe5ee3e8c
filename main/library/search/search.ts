import type { ListQuery, SearchHit, SearchQuery, SearchResult } from '../../../shared/library';
import type { ArticleSummary } from '../../../shared/article';
import { matcher, type Entry } from '../catalogue-order';
import type { Indexed, SearchIndex } from './search-index';
import { snippetOf } from './snippet';
import { bigrams, parseQuery } from './tokens';

export interface Searchable {
  index: SearchIndex;
  entry(id: string): Entry | undefined;
  /** Newest first, filtered: the titles, while the index is not ready. */
  list(query: ListQuery): { items: ArticleSummary[] };
  read(id: string): Indexed | null;
}

// Candidates asked of the index before filters and phrases thin them out.
const candidates = 2000;
// Articles read for passages at most per search (each is a file read, about 0.1 ms).
const maxReads = 400;

/**
 * A search: ranked by the index, narrowed by the list's filters, phrases checked against the
 * text, and each hit given its passage with the matches marked. While the index is loading or
 * being built, titles are searched instead (the result says it is not complete).
 */
export function search(from: Searchable, query: SearchQuery): SearchResult {
  const parsed = parseQuery(query.query);
  if (!parsed.terms.length) return { hits: [], complete: true };
  const test = filtersOf(query);
  const ids = onlyPairs(parsed.terms) ? from.index.search(parsed.tokens, candidates) : null;
  if (ids === null) return titleSearch(from, query, parsed.terms);
  const hits: SearchHit[] = [];
  let reads = 0;
  for (const id of ids) {
    if (hits.length >= query.limit || reads >= maxReads) break;
    const entry = from.entry(id);
    if (!entry || !test(entry)) continue;
    reads++;
    const text = from.read(id);
    if (!text) continue;
    const all = [text.title, text.meta, text.body].join('\n').toLowerCase();
    if (!parsed.phrases.every((phrase) => all.includes(phrase))) continue;
    const passage = snippetOf(text.body, parsed.terms) ?? snippetOf(text.meta, parsed.terms) ?? { snippet: text.body.slice(0, 110), marks: [] };
    hits.push({ article: entry.a, ...passage });
  }
  const state = from.index.state;
  return { hits, complete: true, ...(state.state !== 'ready' ? { progress: { done: state.done, total: state.total } } : {}) };
}

/** A lone Chinese character is not in the index (it holds pairs): such a query searches titles. */
function onlyPairs(terms: string[]): boolean {
  return terms.every((term) => bigrams(term).every((t) => t.length > 1 || !/\p{Script=Han}/u.test(t)));
}

/** The list's filters; with `withTrash`, articles in the trash pass them too. */
function filtersOf(query: SearchQuery): (e: Entry) => boolean {
  const base = { ...query, sort: 'published' as const, offset: 0 };
  const here = matcher(base);
  const trash = matcher({ ...base, trash: true });
  return query.withTrash ? (e) => here(e) || trash(e) : here;
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
  return { hits, complete: ready, ...(!ready ? { progress: { done: state.done, total: state.total } } : {}) };
}

/**
 * Articles whose body is nearly the same as this text: passages of the text looked up in the
 * index give candidates, and a candidate is similar when most of its four-character shingles
 * are the text's (Jaccard ≥ 0.6).
 */
export function similar(from: Searchable, text: string): ArticleSummary[] {
  const plain = text.replace(/\s+/g, '');
  if (plain.length < 30) return [];
  const counts = new Map<string, number>();
  const pieces = 8;
  for (let k = 0; k < pieces; k++) {
    const at = Math.floor((k * (plain.length - 16)) / (pieces - 1));
    for (const id of from.index.inBodies(plain.slice(at, at + 16), 200)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const mine = shingles(plain);
  const out: ArticleSummary[] = [];
  const likely = [...counts].filter(([, n]) => n >= pieces / 2).sort((x, y) => y[1] - x[1]).slice(0, 20);
  for (const [id] of likely) {
    const entry = from.entry(id);
    const body = entry && from.read(id)?.body;
    if (!entry || !body || entry.a.deletedAt !== null) continue;
    if (jaccard(mine, shingles(body.replace(/\s+/g, ''))) >= 0.6) out.push(entry.a);
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
