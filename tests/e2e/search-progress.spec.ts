import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../main/library/library';
import { onWindows, skipBecause } from '../skip';
import { expect, test, WebShellProcess } from './web-shell';

// The library's search index is a FIFO: loading it waits until the test writes the index into
// it, so the window searches titles alone for as long as the test wants, whatever the machine's
// speed. Then the index comes in, main says so (search.progress), and the hits on screen are
// asked again: nobody types, nothing polls. Windows has no FIFOs: skipped there.
test('while the full-text index loads the search box says so and finds titles; once it is ready the hits refresh by themselves', async ({ page }) => {
  test.skip(skipBecause('the search index held at a FIFO', onWindows ? 'Windows has no FIFOs' : null));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-index-'));
  const phrase = '跨境电商退货新规';
  const opened = await Library.open(dir);
  const [inBody] = await opened.importMany([
    { title: '海关总署发布公告', bodyHtml: `<p>海关总署今天发布${phrase}，自明年起施行。</p>` },
    { title: '一篇无关的稿件', bodyHtml: '<p>与此无关。</p>' },
  ]);
  await opened.searchReady;
  await opened.close();
  const index = path.join(dir, 'search-index.jsonl');
  const text = await fs.readFile(index, 'utf8');
  await fs.rm(index);
  execFileSync('mkfifo', [index]);
  const shell = new WebShellProcess(dir);
  try {
    await shell.start();
    await page.goto(shell.url);
    await page.getByRole('searchbox').first().fill(phrase);
    const results = page.locator('.search-results');
    await expect(results.locator('.list-count')).toHaveText('正在载入全文索引，暂时只搜索标题');
    await expect(results.locator('li')).toHaveCount(0);

    const fifo = await fs.open(index, 'w'); // resolves once main is reading it
    await fs.writeFile(`${index}.tmp`, text);
    await fs.rename(`${index}.tmp`, index);
    await fifo.writeFile(text);
    await fifo.close();

    await expect(results.locator('.list-count')).toHaveText('找到 1 篇');
    await expect(results.locator('li')).toHaveCount(1);
    await expect(results.locator('li').first()).toContainText(inBody!.title);
    await expect(page.getByRole('searchbox').first()).toHaveValue(phrase);
  } finally {
    await shell.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
