// npm run bench:export [-- --count 10000 --runs 3 --rss-counts 10000,50000]
// Full export of a generated library beside Hugo building the same corpus (the peer site of
// ../shared/bench/hugo-peer), then incremental exports after one change, then peak memory.
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
  },
});
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
  // Child mode: open the library and export it in a fresh process, then report its peak memory.
  const library = await Library.open(values['rss-export']);
  const before = process.resourceUsage().maxRSS;
  await new SiteBuilder(library).export(path.join(root, 'out'));
  console.log(JSON.stringify({ count, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), beforeExportMb: Math.round(before / 1024) }));
  await library.close();
  fs.rmSync(root, { recursive: true, force: true });
  process.exit(0);
}

const library: Library = await corpusLibrary(count, path.join(root, 'lib'));
const builder = new SiteBuilder(library);

// 1. Our full export, each run into an empty folder.
const ours: number[] = [];
let pages = 0;
for (let i = 0; i < runs; i++) {
  const out = path.join(root, `ours-${i}`);
  const started = performance.now();
  const result = await builder.export(out);
  ours.push(performance.now() - started);
  pages = result.written;
  if (i > 0) fs.rmSync(out, { recursive: true, force: true });
}

// 2. Hugo on the same corpus and the same pages.
const hugoSite = path.join(root, 'hugo-site');
execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../../shared/bench/hugo-peer/to-hugo.mjs'), '--corpus', corpus(count).dir, '--out', hugoSite], { stdio: 'ignore' });
const hugo: number[] = [];
for (let i = 0; i < runs; i++) {
  const out = path.join(root, `hugo-${i}`);
  const started = performance.now();
  execFileSync('hugo', ['--source', hugoSite, '--destination', out, '--quiet']);
  hugo.push(performance.now() - started);
  if (i === 0) console.log(`hugo wrote ${files(out)} files; ours wrote ${files(path.join(root, 'ours-0'))}`);
  fs.rmSync(out, { recursive: true, force: true });
}

// 3. Incremental: one article's body changed, then one article added, into the first export.
const out = path.join(root, 'ours-0');
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

console.log(`\nexport of ${count} articles (${pages} pages), median of ${runs}:`);
console.log(`  ours full export:  ${seconds(median(ours))}`);
console.log(`  hugo build:        ${seconds(median(hugo))}`);
console.log(`  ratio ours/hugo:   ${(median(ours) / median(hugo)).toFixed(2)}`);
console.log(`  incremental, one body changed: ${median(changed).toFixed(1)} ms (${changedFiles} files rewritten)`);
console.log(`  incremental, one article added: ${median(added).toFixed(1)} ms (${addedFiles} files rewritten)`);
fs.rmSync(root, { recursive: true, force: true });

for (const n of values['rss-counts'].split(',').filter(Boolean)) {
  const lib = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-rss-'));
  execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-build', lib, '--count', n], { stdio: 'ignore' });
  const line = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-export', lib, '--count', n], { encoding: 'utf8' });
  fs.rmSync(lib, { recursive: true, force: true });
  const { peakRssMb, beforeExportMb } = JSON.parse(line.trim().split('\n').pop()!);
  console.log(`  peak RSS, full export of ${n}: ${peakRssMb} MB (${beforeExportMb} MB before exporting)`);
}
