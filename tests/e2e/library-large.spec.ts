import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../main/library/library';
import { corpus } from '../bench/corpus';
import { expect, test, WebShellProcess, type Page } from './web-shell';

// A library of a few thousand generated articles (../shared/bench/corpus.mjs), made once.
const count = 3000;
let library = '';
test.beforeAll(async () => {
  test.setTimeout(240_000);
  library = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-large-'));
  const opened = await Library.open(library);
  await opened.importMany(corpus(count).articles);
  await opened.close();
});
test.afterAll(async () => {
  await fs.rm(library, { recursive: true, force: true });
});

/** Long tasks (over 50 ms) on the page's main thread from now on, as a PerformanceObserver sees them. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

test.describe('a library of thousands of articles', () => {
  let shell: WebShellProcess;
  test.beforeEach(async () => {
    shell = new WebShellProcess(library);
    await shell.start();
  });
  test.afterEach(async () => {
    await shell.stop();
  });

  test('every article is reachable by scrolling, rows are drawn only where seen, and the keys move through them', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    await expect(page.locator('.list-count')).toHaveText(`共 ${count + 1} 篇`);
    const rows = page.locator('.list-scroll li[data-index]');
    expect(await rows.count()).toBeLessThan(60);
    const longTasks = await watchLongTasks(page);
    // Scroll to the end in steps, as a wheel would.
    const scroller = page.locator('.list-scroll');
    await scroller.hover();
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(20);
    }
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = page.locator(`.list-scroll li[data-index="${count}"]`);
    await expect(last.locator('.row-title')).not.toHaveText('');
    await expect(last.locator('button.row')).toBeVisible();
    expect(await rows.count()).toBeLessThan(60);
    // Reported, not asserted: speed is judged by the benchmarks, and a shared machine's load shows here.
    console.log(`scrolling: long tasks (ms) ${JSON.stringify((await longTasks()).map(Math.round))}`);

    // One tab stop: from the top, arrows move, End goes to the last row, Enter opens it.
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    const firstRow = page.locator('.list-scroll li[data-index="0"] button.row');
    await firstRow.focus();
    await expect(page.locator('.list-scroll button.row[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.list-scroll li[data-index="1"] button.row')).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.locator(`.list-scroll li[data-index="${count}"] button.row`)).toBeFocused();
    const title = await page.locator(`.list-scroll li[data-index="${count}"] .row-title`).textContent();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue(title!);
  });

  test('the search box is one shortcut away and shows ranked hits with the match marked, combinable with the filters', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    await expect(page.locator('.list-count')).toHaveText(`共 ${count + 1} 篇`);
    await page.locator('body').press('Control+Shift+F');
    const box = page.getByLabel('搜索全文… (Ctrl+Shift+F)');
    await expect(box).toBeFocused();
    const longTasks = await watchLongTasks(page);
    // Keystroke to results: from the last key to the hits for the whole query drawn.
    const delays: number[] = [];
    for (const query of ['寄递安全', '"快递进村"', '国家邮政局', '申诉']) {
      await box.fill('');
      await box.pressSequentially(query.slice(0, -1), { delay: 40 });
      const started = Date.now();
      await box.pressSequentially(query.slice(-1));
      // The hits of this query, not the previous one's still on screen: the first mark is part of it.
      const firstMark = async () => ((await page.locator('.search-results mark').first().textContent({ timeout: 10_000 })) ?? '').slice(0, 2);
      await expect.poll(async () => query.replace(/"/g, '').includes(await firstMark()), { timeout: 10_000 }).toBe(true);
      await expect(page.locator('.search-results .list-count')).toContainText('找到');
      delays.push(Date.now() - started);
    }
    console.log(`keystroke to results (ms): ${delays.join(', ')}`);
    console.log(`typing: long tasks (ms) ${JSON.stringify((await longTasks()).map(Math.round))}`);

    // Combined with a filter: every hit is of that source.
    await box.fill('寄递');
    await page.getByLabel('按来源筛选').selectOption('新华网');
    await expect.poll(async () => [...new Set(await page.locator('.search-results .row-source').allTextContents())], { timeout: 10_000 }).toEqual(['新华网']);
    // Esc in the box goes back to the whole list.
    await box.press('Escape');
    await expect(page.locator('.list-scroll li[data-index]').first()).toBeVisible();
  });
});
