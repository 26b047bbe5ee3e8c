import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../servers/servers';
import { expect, test, WebShellProcess } from './web-shell';

test('the server killed while typing: what was typed two seconds before is on disk, and the rest is offered back', async ({ page: first }) => {
  let page = first;
  const library = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-crash-'));
  const port = await freePort();
  let shell = new WebShellProcess(library, port);
  await shell.start();
  try {
    await page.goto(shell.url);
    await page.locator('.article-list li').first().getByRole('button').first().click();
    const body = page.getByLabel('正文');
    await body.click();
    await page.keyboard.press('Control+End');
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
    await page.locator('.article-list li').first().getByRole('button').first().click();
    const body2 = page.getByLabel('正文');
    await expect(body2).toContainText(early);
    await expect(body2).not.toContainText(early + late);
    const recovered = page.getByRole('alert').filter({ hasText: '尚未保存到磁盘' });
    await expect(recovered).toBeVisible();
    await recovered.getByRole('button', { name: '恢复编辑区的内容' }).click();
    await expect(body2).toContainText(early + late);
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await page.reload();
    await page.locator('.article-list li').first().getByRole('button').first().click();
    await expect(body2).toContainText(early + late);
    await expect(page.getByRole('alert').filter({ hasText: '尚未保存到磁盘' })).toHaveCount(0);
  } finally {
    await shell.stop();
    await fs.rm(library, { recursive: true, force: true });
  }
});
