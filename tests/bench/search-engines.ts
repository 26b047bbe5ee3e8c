// npm run bench:search-engines -- [--count 5000] [--engines ours,minisearch]
// The full-text engines we could use, measured on our corpus: MiniSearch, FlexSearch and
// Orama, with Chinese cut into character bigrams or into words by Intl.Segmenter. For each:
// time to index, heap it holds, time of 20 queries (p50/p95), size when serialized, time to load.
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { Document, Encoder } from 'flexsearch';
import { create, insert, search as oramaSearch } from '@orama/orama';
import { corpus } from './corpus';
import { count as countBits, FieldIndex, intersect, wordsFor } from '../../main/library/search/field-index';

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' }, engines: { type: 'string', default: '' } } });
const count = Number(values.count);
const docs = corpus(count).articles.map((a, i) => ({ n: i, id: a.id, title: a.title, body: a.bodyHtml.replace(/<[^>]+>/g, ''), source: a.source }));
const queries = ['快递', '邮政', '管理局', '寄递安全', '旺季服务保障', '广东省邮政管理局', '新华网', '河源', '茂名市邮政管理局', '消费者申诉', '绿色包装', '普遍服务', '快递进村', '政企联席会', '景区主题邮局', '培训', '市场', '工作', '安全', '通报'];

const han = /\p{Script=Han}/u;
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!han.test(run[0]!)) out.push(run);
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

interface Engine {
  name: string;
  build(): unknown;
  query(q: string): number;
  serialize(): string;
}

// Typed arrays live outside the JavaScript heap: counted too.
const heap = () => {
  global.gc?.();
  const used = process.memoryUsage();
  return used.heapUsed + used.arrayBuffers;
};

function mini(tokenize: (t: string) => string[], name: string): Engine {
  const options = { fields: ['title', 'body', 'source'], idField: 'n', tokenize, processTerm: (t: string) => t, searchOptions: { combineWith: 'AND' as const, boost: { title: 3 } } };
  let ms: MiniSearch;
  return {
    name,
    build() {
      ms = new MiniSearch(options);
      ms.addAll(docs);
      return ms;
    },
    query: (q) => ms.search(q).slice(0, 20).length,
    serialize: () => JSON.stringify(ms),
  };
}

function flex(tokenize: (t: string) => string[], name: string, fastupdate = true, resolution = 9): Engine {
  let index: Document;
  return {
    name,
    build() {
      index = new Document({
        document: { id: 'n', index: ['title', 'body', 'source'] },
        encoder: new Encoder({ normalize: false, dedupe: false, prepare: undefined, finalize: undefined }),
        encode: tokenize,
        tokenize: 'strict',
        resolution,
        fastupdate,
      } as never);
      for (const d of docs) index.add(d);
      return index;
    },
    query(q) {
      const r = index.search(q, { limit: 20 }) as { result: number[] }[];
      return r.reduce((n, f) => n + f.result.length, 0);
    },
    serialize() {
      const parts: string[] = [];
      index.export((key: string, data: string) => void parts.push(key, data ?? ''));
      return parts.join('\n');
    },
  };
}

function orama(tokenize: (t: string) => string[], name: string): Engine {
  // Orama's schema types are too deep for the compiler here; the calls are checked at run time.
  let db: Parameters<typeof insert>[0];
  return {
    name,
    build() {
      db = (create as (options: unknown) => typeof db)({
        schema: { id: 'string', title: 'string', body: 'string', source: 'string' } as const,
        components: { tokenizer: { language: 'chinese', normalizationCache: new Map(), tokenize: (t: string) => tokenize(t) } as never },
      });
      for (const d of docs) void insert(db, { id: d.id, title: d.title, body: d.body, source: d.source });
      return db;
    },
    query: (q) => (oramaSearch(db, { term: q, limit: 20 }) as unknown as { hits: unknown[] }).hits.length,
    serialize: () => '',
  };
}

/**
 * What the library uses (main/library/search/field-index.ts): FlexSearch for the rare pairs,
 * the pairs found in 2% or more of the first 2,000 articles as bit sets; a query intersects them.
 */
function ours(name: string): Engine {
  const fields = ['title', 'body', 'source'] as const;
  let parts: Record<(typeof fields)[number], FieldIndex>;
  const words = wordsFor(docs.length);
  return {
    name,
    build() {
      const sample = docs.slice(0, 2000);
      const common = fields.map((f) => {
        const counts = new Map<string, number>();
        for (const d of sample) for (const t of new Set(bigrams(d[f]))) counts.set(t, (counts.get(t) ?? 0) + 1);
        return [...counts].filter(([, n]) => n >= Math.max(3, 0.02 * sample.length)).map(([t]) => t);
      });
      parts = { title: new FieldIndex(common[0]!, words), body: new FieldIndex(common[1]!, words), source: new FieldIndex(common[2]!, words) };
      for (const d of docs) for (const f of fields) parts[f].add(d.n, bigrams(d[f]));
      return parts;
    },
    query(q) {
      const all = new Uint32Array(words).fill(~0);
      for (const token of bigrams(q)) {
        const any = new Uint32Array(words);
        for (const f of fields) parts[f].addMatches(token, any);
        intersect(all, any);
      }
      return Math.min(20, countBits(all));
    },
    serialize() {
      const lines: string[] = [];
      for (const f of fields) {
        for (const [token, bytes] of parts[f].exportBits(words)) lines.push(`${token}\t${bytes.toString('base64')}`);
        parts[f].flex.export((key: string, data: string) => void lines.push(key, data ?? ''));
      }
      return lines.join('\n');
    },
  };
}

const engines: Engine[] = [
  ours('FlexSearch + bigrams, frequent pairs as bit sets (ours)'),
  mini(bigrams, 'MiniSearch + bigrams'),
  mini(words, 'MiniSearch + Segmenter'),
  flex(bigrams, 'FlexSearch + bigrams'),
  flex(words, 'FlexSearch + Segmenter'),
  flex(bigrams, 'FlexSearch + bigrams, no fastupdate', false),
  flex(bigrams, 'FlexSearch + bigrams, resolution 3', true, 3),
  flex(bigrams, 'FlexSearch + bigrams, resolution 1, no fastupdate', false, 1),
  flex(bigrams, 'FlexSearch + bigrams, resolution 1', true, 1),
  orama(bigrams, 'Orama + bigrams'),
];
const chosen = values.engines ? engines.filter((e) => values.engines!.split(',').some((w) => e.name.toLowerCase().includes(w))) : engines;
console.log(`${count} articles, ${(docs.reduce((n, d) => n + d.body.length, 0) / count).toFixed(0)} characters of body on average`);
for (const engine of chosen) {
  const before = heap();
  let started = performance.now();
  const held = engine.build();
  const buildMs = performance.now() - started;
  const mb = (heap() - before) / 1e6;
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++)
    for (const q of queries) {
      started = performance.now();
      hits += engine.query(q);
      times.push(performance.now() - started);
    }
  times.sort((a, b) => a - b);
  started = performance.now();
  let size: number;
  try {
    size = engine.serialize().length;
  } catch (error) {
    size = -1;
    console.log(`  ${engine.name}: serialize failed: ${(error as Error).message}`);
  }
  const serializeMs = performance.now() - started;
  console.log(
    `${engine.name.padEnd(24)} build ${(buildMs / 1000).toFixed(1)} s, heap ${mb.toFixed(0)} MB, query p50 ${times[times.length >> 1]!.toFixed(2)} ms p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms, serialized ${(size / 1e6).toFixed(1)} MB in ${serializeMs.toFixed(0)} ms, hits ${hits}`,
  );
  void held;
}
