// npm run bench:library-ui [-- --count 50000 --peer 1000 --rounds 3 --profile --json]
// The library's list and search box in the web shell in Chromium, on a library of COUNT generated
// articles (../shared/bench/corpus.mjs, built once and kept in BENCH_DIR), beside the same on
// PEER articles: the time from the last key typed in the search box to its hits drawn (keys typed
// one by one, 120 ms apart, and a word given at once as an input method does), the page's long
// tasks (over 50 ms) while typing and while scrolling the list from top to bottom, whether the
// last article is reached by scrolling, and the server's own answer time for the same searches
// (a call from the page, without drawing). With --profile, where the page's time went while
// typing: the functions with the most time of their own (Chromium's CPU profiler).
// Each size also reports how busy the machine was (wall over CPU time for fixed work): long
// tasks are counted in wall time, so on a shared machine they grow with its load.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { WebShellProcess } from '../web-shell-process';
import { corpusLibrary, median } from './corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '50000' },
    peer: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const benchDir = process.env.BENCH_DIR ?? '/tmp/newsdesk-bench';
const queries = ['快递', '寄递安全', '"快递进村"', '国家邮政局', '申诉', '旺季', '"绿色包装"', '政企 联席会', '河源 邮政', '培训'];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const round = (x: number) => Math.round(x);

/** The library of `count` articles, built once (a 50,000 one takes minutes) and kept. */
async function libraryOf(count: number): Promise<string> {
  const dir = path.join(benchDir, `library-ui-${count}`);
  if (!fs.existsSync(`${dir}.complete`)) {
    console.error(`building a library of ${count} articles in ${dir} (once)…`);
    const library = await corpusLibrary(count, dir);
    await library.searchReady;
    await library.close();
    fs.writeFileSync(`${dir}.complete`, '');
  }
  return dir;
}

/**
 * How much of a core this machine gives a busy process now: wall time over CPU time for a fixed
 * piece of work (1.0 on a quiet machine; 5 means a 10 ms task takes 50 ms). Long tasks are wall time.
 */
function contention(): number {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1000003;
  const used = process.cpuUsage(cpu);
  if (x < 0) console.log(x);
  return (performance.now() - wall) / ((used.user + used.system) / 1000);
}

interface Figures {
  count: number;
  contention: number;
  keys_p50_ms: number;
  keys_p95_ms: number;
  word_p50_ms: number;
  word_p95_ms: number;
  server_search_p50_ms: number;
  server_search_p95_ms: number;
  typing_long_tasks_ms: number[];
  scrolling_long_tasks_ms: number[];
  last_row_reached: boolean;
}

/** Long tasks from now on, as a PerformanceObserver in the page sees them. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskObserver?: PerformanceObserver };
    w.longTaskObserver?.disconnect();
    w.longTasks = [];
    w.longTaskObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration)));
    w.longTaskObserver.observe({ type: 'longtask' });
  });
  return async () => (await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).map(round);
}

/**
 * Arms the page to time the next search: from the last input event in the box to the frame
 * after the hits for `query` are in the page (the results' data-query says which query they answer).
 */
async function armTimer(page: Page, query: string): Promise<void> {
  // Written without named inner functions: the bench runs through tsx, whose names would not exist in the page.
  await page.evaluate((q) => {
    const w = window as unknown as { pending: Promise<number>; lastInput: number };
    const box = document.querySelector<HTMLInputElement>('input.search-box')!;
    w.lastInput = performance.now();
    const controller = new AbortController();
    box.addEventListener('input', (event) => (w.lastInput = event.timeStamp), { signal: controller.signal });
    w.pending = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('.search-results')?.getAttribute('data-query') !== q) return;
        observer.disconnect();
        controller.abort();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.lastInput), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
    });
  }, query.trim());
}
const timed = (page: Page) => page.evaluate(() => (window as unknown as { pending: Promise<number> }).pending);

async function clearBox(page: Page, count: number) {
  await page.locator('input.search-box').fill('');
  await page.locator('.list-count').filter({ hasText: `共 ${count + 1} 篇` }).waitFor();
}

async function measure(count: number, rounds: number, profile: boolean): Promise<Figures> {
  const library = await libraryOf(count);
  const before = contention();
  const shell = new WebShellProcess(library);
  await shell.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await page.goto(shell.url);
    await page.locator('.list-count').filter({ hasText: `共 ${count + 1} 篇` }).waitFor({ timeout: 60_000 });
    const box = page.locator('input.search-box');

    // The full-text index ready (a library made by an older build has its index made again at opening).
    await page.waitForFunction(
      async () => {
        const response = await fetch('/api/articles.search', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '邮政', limit: 1 }) });
        return ((await response.json()) as { value?: { complete?: boolean } }).value?.complete === true;
      },
      undefined,
      { polling: 1000, timeout: 600_000 },
    );
    // The server alone: the same searches called from the page, nothing drawn.
    const server: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        server.push(
          await page.evaluate(async (q) => {
            const started = performance.now();
            const response = await fetch('/api/articles.search', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: q, limit: 50 }) });
            await response.text();
            return performance.now() - started;
          }, query),
        );
      }
    }

    // Warm-up: the first search of a fresh page runs code not yet compiled.
    await box.fill('邮政');
    await page.locator('.search-results[data-query="邮政"]').waitFor();
    await clearBox(page, count);

    const cdp = profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const typingTasks = await watchLongTasks(page);
    const keys: number[] = [];
    const words: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        // Keys one by one, as typed in pinyin-less input (or a key at a time from an input method).
        await box.focus();
        await armTimer(page, query);
        await page.keyboard.type(query, { delay: 120 });
        keys.push(await timed(page));
        await clearBox(page, count);
        // A whole word at once, as an input method commits it.
        await box.focus();
        await armTimer(page, query);
        await page.keyboard.insertText(query);
        words.push(await timed(page));
        await clearBox(page, count);
      }
    }
    const typingLong = await typingTasks();
    if (cdp) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      const file = path.join(benchDir, `library-ui-${count}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(cpu));
      console.error(`\nWhere the page's time went while typing at ${count} (self time, ms; ${file}):`);
      const self = new Map<string, number>();
      const nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
      const dt = cpu.timeDeltas ?? [];
      (cpu.samples ?? []).forEach((id, i) => {
        const n = nodes.get(id)!;
        const name = `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
      });
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.error(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
    }

    // Scrolling the whole list with the wheel, then the last row.
    const scroller = page.locator('.list-scroll');
    await scroller.hover();
    const scrollingTasks = await watchLongTasks(page);
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(16);
    }
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = page.locator(`.list-scroll li[data-index="${count}"] .row-title`);
    const lastRowReached = await last
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: 30_000 })
      .then(
        () => true,
        () => false,
      );
    const scrollingLong = await scrollingTasks();
    return {
      count,
      contention: Math.round(((before + contention()) / 2) * 10) / 10,
      keys_p50_ms: round(median(keys)),
      keys_p95_ms: round(p95(keys)),
      word_p50_ms: round(median(words)),
      word_p95_ms: round(p95(words)),
      server_search_p50_ms: round(median(server)),
      server_search_p95_ms: round(p95(server)),
      typing_long_tasks_ms: typingLong,
      scrolling_long_tasks_ms: scrollingLong,
      last_row_reached: lastRowReached,
    };
  } finally {
    await browser.close();
    await shell.stop();
  }
}

const rounds = Number(values.rounds);
const big = await measure(Number(values.count), rounds, values.profile);
const peer = await measure(Number(values.peer), rounds, false);
if (values.json) console.log(JSON.stringify(big));
else {
  const rows: [string, keyof Figures][] = [
    ['last key to hits drawn, p50 (ms)', 'keys_p50_ms'],
    ['last key to hits drawn, p95 (ms)', 'keys_p95_ms'],
    ['a word at once to hits drawn, p50 (ms)', 'word_p50_ms'],
    ['a word at once to hits drawn, p95 (ms)', 'word_p95_ms'],
    ['server search answer, p50 (ms)', 'server_search_p50_ms'],
    ['server search answer, p95 (ms)', 'server_search_p95_ms'],
  ];
  console.log(`\n${''.padEnd(42)}${String(big.count).padStart(10)}${String(peer.count).padStart(10)}     ratio`);
  for (const [label, key] of rows) {
    const [a, b] = [big[key] as number, peer[key] as number];
    console.log(`${label.padEnd(42)}${String(a).padStart(10)}${String(b).padStart(10)}${(a / Math.max(1, b)).toFixed(2).padStart(10)}`);
  }
  const longest = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  for (const f of [big, peer]) {
    console.log(`\nat ${f.count}: the machine's contention (wall over CPU time for fixed work; 1 is quiet): ${f.contention}`);
    console.log(`at ${f.count}: long tasks while typing: ${f.typing_long_tasks_ms.length} (longest ${longest(f.typing_long_tasks_ms)} ms) ${JSON.stringify(f.typing_long_tasks_ms)}`);
    console.log(`at ${f.count}: long tasks while scrolling: ${f.scrolling_long_tasks_ms.length} (longest ${longest(f.scrolling_long_tasks_ms)} ms) ${JSON.stringify(f.scrolling_long_tasks_ms)}`);
    console.log(`at ${f.count}: the last article reached by scrolling: ${f.last_row_reached ? 'yes' : 'NO'}`);
  }
}
