import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../main/library/library';
import { corpus } from '../bench/corpus';
import { onWindows, skipBecause } from '../skip';
import { expect, test, WebShellProcess } from './web-shell';

// A library of a couple of thousand generated articles (../shared/bench/corpus.mjs) whose
// catalogue is damaged, so opening reads every article file again. One article file is a FIFO:
// reading it waits until the test writes the article into it, which holds the opening at a step
// the test sees, whatever the machine's speed (no timing). Windows has no FIFOs: skipped there.
const count = 2000;
const held = 'zzheldopening1';

async function damagedLibrary(language: 'zh-CN' | 'en') {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-opening-'));
  const opened = await Library.open(dir);
  await opened.saveSettings({ ...opened.getSettings(), language });
  await opened.importMany(corpus(count).articles);
  const [article] = await opened.importMany([{ id: held, title: '打开时等着的那一篇' }]);
  await opened.close();
  await fs.writeFile(path.join(dir, 'catalogue.json'), '{"version": 2, "rows": [["断');
  const file = path.join(dir, 'articles', `${held}.json`);
  const text = await fs.readFile(file, 'utf8');
  await fs.rm(file);
  execFileSync('mkfifo', [file]);
  /** Lets the opening go on: the article goes into the FIFO, and a plain file takes its name. */
  const release = async () => {
    const fifo = await fs.open(file, 'w'); // resolves once opening is reading it
    await fs.writeFile(`${file}.tmp`, text);
    await fs.rename(`${file}.tmp`, file);
    await fifo.writeFile(text);
    await fifo.close();
  };
  return { dir, release, title: article!.title };
}

const words = {
  'zh-CN': { opening: '正在打开资料库…', step: /文章目录已损坏，正在从文章文件重建：[\d,]+ \/ 2,002/, count: '共 2002 篇', damaged: /catalogue\.json/ },
  en: { opening: 'Opening the library…', step: /The catalogue is damaged: rebuilding it from the article files, [\d,]+ of 2,002/, count: 'Articles: 2002', damaged: /catalogue\.json/ },
};

for (const language of ['zh-CN', 'en'] as const) {
  test(`a library with a damaged catalogue (${language}): the page comes up at once with the opening screen and its progress, then the list`, async ({ page }) => {
    test.skip(skipBecause('the opening screen held at a FIFO article file', onWindows ? 'Windows has no FIFOs' : null));
    test.setTimeout(180_000);
    const { dir, release, title } = await damagedLibrary(language);
    const shell = new WebShellProcess(dir);
    try {
      await shell.start(); // the address is printed before the library is open
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(shell.url);
      const w = words[language];
      const screen = page.locator('main.opening');
      await expect(screen.getByText(w.opening)).toBeVisible();
      await expect(screen.getByRole('status')).toHaveText(w.step);
      await expect(screen.getByRole('progressbar')).toHaveAttribute('max', '2002');
      await page.screenshot({ path: `test-results/opening-${language}-1366x768.png` });
      await release();
      await expect(page.locator('.list-count')).toHaveText(w.count);
      await expect(screen).toHaveCount(0);
      // The damaged catalogue is said, and the article read last is in the list.
      await expect(page.getByText(w.damaged).first()).toBeVisible();
      await page.getByRole('searchbox').first().fill(title);
      await expect(page.locator('.search-results li').first()).toContainText(title);
    } finally {
      await shell.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
}

test('a library open elsewhere: the opening screen gives the clear error, and the page stays up to say it', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-opening-locked-'));
  const other = await Library.open(dir);
  const shell = new WebShellProcess(dir);
  try {
    await shell.start();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    const alert = page.locator('main.opening').getByRole('alert');
    await expect(alert).toContainText('正在另一个编辑台窗口或进程中使用，请先在那里关闭', { timeout: 30_000 });
    await expect(alert).toContainText('解决上面的问题后，重新启动编辑台');
    await page.screenshot({ path: 'test-results/opening-locked-zh-CN-1366x768.png' });
  } finally {
    await shell.stop();
    await other.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
