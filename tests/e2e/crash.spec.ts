import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../main/library/library';
import { freePort } from '../servers/servers';
import { expect, test, WebShellProcess, type Page } from './web-shell';
import { expectSaved } from './saved';
import { endOfText } from './ui';

/** A long article: its saves are over the 64 KiB a browser lets a keepalive request carry. */
const longTitle = '三万字的长篇报道';
const longBody = Array.from({ length: 150 }, (_, i) => `<p>第${i + 1}段。${'国家邮政局部署做好旺季寄递服务保障工作。'.repeat(10)}</p>`).join('');

for (const length of ['short', 'long'] as const) test(`the server killed while typing (${length} article): what was typed two seconds before is on disk, and the rest is offered back`, async ({ page: first }) => {
  let page = first;
  const library = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-crash-'));
  if (length === 'long') {
    const opened = await Library.open(library);
    await opened.create({ title: longTitle, bodyHtml: longBody });
    await opened.close();
  }
  const open = (on: Page) => (length === 'long' ? on.getByRole('button', { name: new RegExp(longTitle) }) : on.locator('.article-list li').first().getByRole('button').first()).click();
  const port = await freePort();
  let shell = new WebShellProcess(library, port);
  await shell.start();
  try {
    await page.goto(shell.url);
    await open(page);
    const body = page.getByLabel('正文');
    await body.click();
    await page.keyboard.press(endOfText);
    await page.keyboard.press('Enter');
    const early = '断电之前两秒以上输入的这一句话一定已经保存在磁盘上了。';
    const late = '最后两秒输入的这一句可能还没保存但编辑区记得它';
    await page.keyboard.type(early, { delay: 40 });
    // Typing goes on without a pause for more than two seconds, then the server dies.
    await page.keyboard.type(late, { delay: 90 });
    await shell.kill();
    // The window goes too, as when the machine dies; its last try to save finds no server.
    const context = page.context();
    await page.close({ runBeforeUnload: true });

    shell = new WebShellProcess(library, port);
    await shell.start();
    page = await context.newPage();
    await page.goto(shell.url);
    await open(page);
    const body2 = page.getByLabel('正文');
    await expect(body2).toContainText(early);
    await expect(body2).not.toContainText(early + late);
    const recovered = page.getByRole('alert').filter({ hasText: '尚未保存到磁盘' });
    await expect(recovered).toBeVisible();
    await recovered.getByRole('button', { name: '恢复编辑区的内容' }).click();
    await expect(body2).toContainText(early + late);
    await expectSaved(page);
    await page.reload();
    await open(page);
    await expect(body2).toContainText(early + late);
    await expect(page.getByRole('alert').filter({ hasText: '尚未保存到磁盘' })).toHaveCount(0);
  } finally {
    await shell.stop();
    await fs.rm(library, { recursive: true, force: true });
  }
});
