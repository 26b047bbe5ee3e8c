// npm run bench:library -- [--count 50000] [--json]
// A library of COUNT generated articles (../shared/bench/corpus.mjs, built once and kept in
// BENCH_DIR), beside the same operations on 1,000: open, open after a crash, the list (first
// page, far page, a column, by title), 20 searches (p50/p95), one save with its index update,
// the index's size on disk and the server's resident memory with the library open.
// Each size is measured in a process of its own, so one's memory is not counted in the other's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../../main/library/library';
import { corpusLibrary, median } from './corpus';

const { values } = parseArgs({ options: { count: { type: 'string', default: '50000' }, json: { type: 'boolean', default: false }, measure: { type: 'string' } } });
const benchDir = process.env.BENCH_DIR ?? '/tmp/newsdesk-bench';

const queries = [
  '快递', '邮政', '管理局', '安全', '培训', // single words
  '寄递', '旺季', '申诉', '包装', '联席', // two-character words
  '"寄递安全专项检查"', '"快递进村"', '"绿色包装"', '"景区主题邮局"', // phrases
  '国家邮政局', '新华网', '工业和信息化部', // a source name
  '"消费者申诉处理情况"', '政企 联席会', '河源 邮政', // a phrase from a body, two words
];

interface Figures {
  count: number;
  open_ms: number;
  open_cpu_ms: number;
  crash_open_cpu_ms: number;
  list_cold_ms: number;
  search_cpu_p50_ms: number;
  search_cpu_p95_ms: number;
  save_cpu_ms: number;
  search_ready_ms: number;
  crash_open_ms: number;
  list_first_ms: number;
  list_far_ms: number;
  list_column_ms: number;
  list_title_ms: number;
  list_ms: number;
  search_p50_ms: number;
  search_p95_ms: number;
  save_ms: number;
  index_mb: number;
  rss_mb: number;
}

const now = () => performance.now();
// CPU time of the process (all its threads): what an operation costs whatever else the machine runs.
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
function timed(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = now();
    work();
    times.push(now() - started);
  }
  return median(times);
}

/** Run in a child process: measures one library. */
async function measure(dir: string): Promise<Figures> {
  const opens: number[] = [];
  const openCpu: number[] = [];
  let ready = 0;
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    const started = now();
    const cpuBefore = cpu();
    const library = await Library.open(dir);
    opens.push(now() - started);
    openCpu.push(cpu() - cpuBefore);
    await library.searchReady;
    ready = now() - started;
    if (i === 0) {
      // Resident memory with the library open, as in the server: measured at the first opening,
      // before later ones leave garbage the process keeps.
      library.search({ query: queries[0]!, trash: false });
      global.gc?.();
      rss = process.memoryUsage().rss / 1e6;
    }
    await library.close();
  }

  // A crash: the process died after writing article files whose catalogue lines never came.
  const ids = fs.readdirSync(path.join(dir, 'articles')).slice(0, 5);
  for (const name of ids) {
    const file = path.join(dir, 'articles', name);
    const article = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...article, title: `${article.title}（改）`, revision: article.revision + 1 }));
  }
  fs.writeFileSync(path.join(dir, '.open'), '1');
  let started = now();
  const crashCpuBefore = cpu();
  const library = await Library.open(dir);
  const crashOpen = now() - started;
  const crashOpenCpu = cpu() - crashCpuBefore;
  await library.searchReady;
  const count = library.info().articleCount;

  const column = library.list({ offset: 0, limit: 1 }).items[0]!.column;
  // The first query of each kind, before any has been repeated.
  started = now();
  library.list({ column, offset: 500, limit: 100 });
  const listCold = now() - started;
  const listFirst = timed(20, () => library.list({ offset: 0, limit: 100 }));
  const listFar = timed(20, () => library.list({ offset: Math.max(0, count - 1000), limit: 100 }));
  const listColumn = timed(20, () => library.list({ column, offset: 0, limit: 100 }));
  library.list({ sort: 'title', offset: 0, limit: 100 }); // the title order is made once, then kept
  const listTitle = timed(20, () => library.list({ sort: 'title', offset: 0, limit: 100 }));

  const searches: number[] = [];
  const searchesCpu: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const query of queries) {
      started = now();
      const cpuBefore = cpu();
      library.search({ query, limit: 30, trash: false });
      searches.push(now() - started);
      searchesCpu.push(cpu() - cpuBefore);
    }

  const saves: number[] = [];
  const savesCpu: number[] = [];
  const first = library.list({ offset: 0, limit: 1 }).items[0]!;
  let article = await library.get(first.id);
  for (let i = 0; i < 20; i++) {
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = article;
    started = now();
    const cpuBefore = cpu();
    article = await library.save(id, revision, { ...fields, bodyHtml: `${fields.bodyHtml}<p>第${i}次修改。</p>` });
    saves.push(now() - started);
    savesCpu.push(cpu() - cpuBefore);
  }
  const indexMb = library.searchIndexBytes() / 1e6;
  await library.close();
  const list = { list_first_ms: listFirst, list_far_ms: listFar, list_column_ms: listColumn, list_title_ms: listTitle };
  return {
    count,
    open_ms: median(opens),
    open_cpu_ms: median(openCpu),
    crash_open_cpu_ms: crashOpenCpu,
    list_cold_ms: listCold,
    search_cpu_p50_ms: median(searchesCpu),
    search_cpu_p95_ms: p95(searchesCpu),
    save_cpu_ms: median(savesCpu),
    search_ready_ms: ready,
    crash_open_ms: crashOpen,
    ...list,
    list_ms: Math.max(...Object.values(list)),
    search_p50_ms: median(searches),
    search_p95_ms: p95(searches),
    save_ms: median(saves),
    index_mb: indexMb,
    rss_mb: rss,
  };
}

/** The library of COUNT articles, built once and kept. */
async function libraryOf(count: number): Promise<string> {
  const dir = path.join(benchDir, `library-${count}`);
  if (fs.existsSync(path.join(dir, '.bench-complete'))) return dir;
  const started = Date.now();
  const library = await corpusLibrary(count, dir);
  await library.close();
  fs.writeFileSync(path.join(dir, '.bench-complete'), '');
  if (!values.json) console.log(`library of ${count} articles built in ${((Date.now() - started) / 1000).toFixed(1)} s (kept in ${dir})`);
  return dir;
}

function inChild(dir: string): Figures {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--measure', dir], { encoding: 'utf8', maxBuffer: 1e7 });
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

if (values.measure) {
  console.log(JSON.stringify(await measure(values.measure)));
} else {
  const count = Number(values.count);
  const small = inChild(await libraryOf(1000));
  const big = inChild(await libraryOf(count));
  if (values.json) {
    const keys = ['open_ms', 'crash_open_ms', 'list_ms', 'search_p50_ms', 'search_p95_ms', 'save_ms', 'index_mb', 'rss_mb'] as const;
    console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, Number(big[k].toFixed(2))]))));
  } else {
    const rows: [string, keyof Figures, string][] = [
      ['open', 'open_ms', 'ms'],
      ['open, CPU time', 'open_cpu_ms', 'ms'],
      ['full-text index ready after open', 'search_ready_ms', 'ms'],
      ['open after a crash', 'crash_open_ms', 'ms'],
      ['open after a crash, CPU time', 'crash_open_cpu_ms', 'ms'],
      ['list, a column, first query', 'list_cold_ms', 'ms'],
      ['list, first page', 'list_first_ms', 'ms'],
      [`list, page at offset ${big.count - 1000}`, 'list_far_ms', 'ms'],
      ['list, one column', 'list_column_ms', 'ms'],
      ['list, by title', 'list_title_ms', 'ms'],
      ['search p50 (20 queries × 3)', 'search_p50_ms', 'ms'],
      ['search p95', 'search_p95_ms', 'ms'],
      ['search CPU time p50', 'search_cpu_p50_ms', 'ms'],
      ['search CPU time p95', 'search_cpu_p95_ms', 'ms'],
      ['save with index update (median)', 'save_ms', 'ms'],
      ['save, CPU time (median)', 'save_cpu_ms', 'ms'],
      ['index on disk', 'index_mb', 'MB'],
      ['resident memory, library open', 'rss_mb', 'MB'],
    ];
    console.log(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
    console.log(`${'operation'.padEnd(36)} ${String(big.count).padStart(10)} ${'1000'.padStart(10)}   ratio`);
    for (const [label, key, unit] of rows) {
      const a = big[key];
      const b = small[key];
      console.log(`${label.padEnd(36)} ${`${a.toFixed(2)} ${unit}`.padStart(10)} ${`${b.toFixed(2)} ${unit}`.padStart(10)}   ${(a / (b || 1)).toFixed(1)}×`);
    }
  }
}
