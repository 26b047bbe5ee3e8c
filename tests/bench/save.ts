// npm run bench:save [-- --count 50000]
// Time to save one article in a library of COUNT generated articles, against a library of
// 1,000 (cost should not grow with the library) and against the peer design: the whole
// library in one lowdb file, which rewrites every article on every save.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Library } from '../../main/library/library';
import { corpus, corpusLibrary, median } from './corpus';

const { values } = parseArgs({ options: { count: { type: 'string', default: '50000' }, saves: { type: 'string', default: '40' } } });
const count = Number(values.count);
const saves = Number(values.saves);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-save-'));

async function timeSaves(library: Library, n: number): Promise<number[]> {
  const [first] = library.list({ trash: false, offset: 0, limit: 1 }).items;
  let article = await library.get(first!.id);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = article;
    const started = process.hrtime.bigint();
    article = await library.save(id, revision, { ...fields, bodyHtml: `${fields.bodyHtml}<p>第${i}次修改。</p>` });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

let started = Date.now();
const big = await corpusLibrary(count, path.join(root, 'big'));
console.log(`library of ${count} articles built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const bigTimes = await timeSaves(big, saves);
await big.close();

const small = await corpusLibrary(1000, path.join(root, 'small'));
const smallTimes = await timeSaves(small, saves);
await small.close();

// The peer: every article in one lowdb file.
const all = corpus(count).articles;
const peer = new Low(new JSONFile<{ articles: typeof all }>(path.join(root, 'peer.json')), { articles: all });
await peer.write();
const peerTimes: number[] = [];
for (let i = 0; i < Math.min(saves, 5); i++) {
  started = Date.now();
  peer.data.articles[0]!.bodyHtml += `<p>第${i}次修改。</p>`;
  await peer.write();
  peerTimes.push(Date.now() - started);
}

console.log(`save one article, ${saves} saves each (median / p95):`);
console.log(`  ours, ${count} articles:   ${fmt(median(bigTimes))} / ${fmt(p95(bigTimes))}`);
console.log(`  ours, 1000 articles:    ${fmt(median(smallTimes))} / ${fmt(p95(smallTimes))}`);
console.log(`  peer (one lowdb file), ${count} articles: ${fmt(median(peerTimes))}`);
console.log(`  ratio ours ${count} / ours 1000: ${(median(bigTimes) / median(smallTimes)).toFixed(2)}`);
console.log(`  ratio ours / peer at ${count}: ${(median(bigTimes) / median(peerTimes)).toFixed(4)}`);
fs.rmSync(root, { recursive: true, force: true });
