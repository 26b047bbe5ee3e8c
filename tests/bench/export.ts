// npm run bench:export [-- --count 10000 --runs 3 --rss-counts 10000,50000 --dest disk,memory]
// Full export of a generated library beside Hugo building the same corpus (the peer site of
// ../shared/bench/hugo-peer), then incremental exports after one change, then peak memory.
// Both write to the same place, taking turns run by run, each output removed before the next
// run: on a virtual machine's disk, creating ten thousand files costs from under a second to
// several seconds of kernel time depending on the moment, so runs side by side are the only
// fair comparison. "memory" (/dev/shm) shows the same race without the disk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../../main/library/library';
import { SiteBuilder } from '../../main/site/builder';
import { corpus, corpusLibrary, median } from './corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'rss-counts': { type: 'string', default: '10000,50000' },
    'rss-build': { type: 'string' },
    'rss-export': { type: 'string' },
    dest: { type: 'string', default: 'disk,memory' },
  },
});
// The render thread as it ships (npm run bench:export builds first), not run from source through tsx.
process.env.NEWSDESK_RENDER_WORKER ??= path.resolve(import.meta.dirname, '../../dist/main/render-worker.js');
const count = Number(values.count);
const runs = Number(values.runs);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-export-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const files = (dir: string) => Number(execFileSync('find', [dir, '-type', 'f', '-not', '-name', '.*']).toString().split('\n').filter(Boolean).length);

if (values['rss-build']) {
  // Child mode: make the library, in a process of its own so the corpus is not counted after.
  await (await corpusLibrary(count, values['rss-build'])).close();
  process.exit(0);
}
if (values['rss-export']) {
  // Child mode: open the library and export it in a fresh process, then report its peak memory,
  // and what the export holds on to (its live heap, after a full garbage collection, when the
  // last page is written) beside the open library's: peak RSS also counts garbage not yet
  // collected, and V8 lets a heap grow with what it holds, so a larger library lifts it.
  const library = await Library.open(values['rss-export']);
  const gc = globalThis.gc!;
  const liveMb = () => (gc(), Math.round(process.memoryUsage().heapUsed / 1048576));
  const libraryMb = liveMb();
  const before = process.resourceUsage().maxRSS;
  let exportMb = 0;
  await new SiteBuilder(library).export(path.join(root, 'out'), (done, total) => {
    if (done === total) exportMb = liveMb() - libraryMb;
  });
  console.log(JSON.stringify({ count, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), beforeExportMb: Math.round(before / 1024), libraryMb, exportMb }));
  await library.close();
  fs.rmSync(root, { recursive: true, force: true });
  process.exit(0);
}

const library: Library = await corpusLibrary(count, path.join(root, 'lib'));
const builder = new SiteBuilder(library);

// 1 and 2. Our full export and Hugo's build of the same corpus and pages, taking turns.
const hugoSite = path.join(root, 'hugo-site');
execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../../shared/bench/hugo-peer/to-hugo.mjs'), '--corpus', corpus(count).dir, '--out', hugoSite], { stdio: 'ignore' });
const places: Record<string, string> = { disk: root, memory: '/dev/shm' };
const full: { dest: string; ours: number[]; hugo: number[] }[] = [];
/** The last run's files flushed to disk first, so neither starts while the kernel still writes the other's. */
const settle = () => execFileSync('sync');
let pages = 0;
for (const dest of values.dest.split(',').filter((d) => d === 'disk' || fs.existsSync(places[d] ?? ''))) {
  const ours: number[] = [];
  const hugo: number[] = [];
  for (let i = 0; i < runs; i++) {
    const runOurs = async () => {
      const out = fs.mkdtempSync(path.join(places[dest]!, 'newsdesk-ours-'));
      settle();
      const started = performance.now();
      pages = (await builder.export(out)).written;
      ours.push(performance.now() - started);
      if (i === 0 && full.length === 0) console.log(`ours wrote ${files(out)} files`);
      fs.rmSync(out, { recursive: true, force: true });
    };
    const runHugo = () => {
      const out = fs.mkdtempSync(path.join(places[dest]!, 'newsdesk-hugo-'));
      settle();
      const started = performance.now();
      execFileSync('hugo', ['--source', hugoSite, '--destination', out, '--quiet']);
      hugo.push(performance.now() - started);
      if (i === 0 && full.length === 0) console.log(`hugo wrote ${files(out)} files`);
      fs.rmSync(out, { recursive: true, force: true });
    };
    // Who goes first alternates, so neither always meets the disk as the other left it.
    if (i % 2 === 0) {
      await runOurs();
      runHugo();
    } else {
      runHugo();
      await runOurs();
    }
  }
  full.push({ dest, ours, hugo });
}

// 3. Incremental: one article's body changed, then one article added, into a full export.
const out = path.join(root, 'ours-incremental');
await builder.export(out);
const changed: number[] = [];
const added: number[] = [];
let changedFiles = 0;
let addedFiles = 0;
const [first] = library.list({ trash: false, offset: 0, limit: 1 }).items;
for (let i = 0; i < runs * 3; i++) {
  const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = await library.get(first!.id);
  await library.save(id, revision, { ...fields, bodyHtml: `${fields.bodyHtml}<p>补充说明第${i}条。</p>` });
  let started = performance.now();
  changedFiles = (await builder.export(out)).written;
  changed.push(performance.now() - started);

  await library.create({ ...fields, title: `新增文章${i}`, publishedAt: '2026-11-01T10:00:00+08:00' });
  started = performance.now();
  addedFiles = (await builder.export(out)).written;
  added.push(performance.now() - started);
}
await library.close();

console.log(`\nexport of ${count} articles (${pages} pages), median of ${runs} runs taking turns:`);
for (const { dest, ours, hugo } of full) {
  console.log(`  to ${dest === 'disk' ? `disk (${os.tmpdir()})` : 'memory (/dev/shm)'}: ours ${seconds(median(ours))}, hugo ${seconds(median(hugo))}, ratio ours/hugo ${(median(ours) / median(hugo)).toFixed(2)}`);
  console.log(`    runs: ours ${ours.map(seconds).join(', ')}; hugo ${hugo.map(seconds).join(', ')}`);
}
console.log(`  incremental, one body changed: ${median(changed).toFixed(1)} ms (${changedFiles} files rewritten)`);
console.log(`  incremental, one article added: ${median(added).toFixed(1)} ms (${addedFiles} files rewritten)`);
fs.rmSync(root, { recursive: true, force: true });

for (const n of values['rss-counts'].split(',').filter(Boolean)) {
  const lib = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-rss-'));
  execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-build', lib, '--count', n], { stdio: 'ignore' });
  const line = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--rss-export', lib, '--count', n], { encoding: 'utf8' });
  fs.rmSync(lib, { recursive: true, force: true });
  const { peakRssMb, beforeExportMb, libraryMb, exportMb } = JSON.parse(line.trim().split('\n').pop()!);
  console.log(`  peak RSS, full export of ${n}: ${peakRssMb} MB (${beforeExportMb} MB before exporting); live heap: the open library ${libraryMb} MB, the export ${exportMb} MB more at its last page`);
}
