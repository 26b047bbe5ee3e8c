import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, WebShellProcess } from './web-shell';
import { articleAction } from './ui';
import { expectSaved } from './saved';

const sampleTitle = '河源、梅州、茂名、潮州局召开三季度政企联席会';

test('an editor sends an article; the publisher takes it in by drag and drop, then an update through the inbox', async ({ page, shell, browser }) => {
  const shared = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-shared-'));
  const publisherShell = new WebShellProcess(await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-publisher-')));
  await publisherShell.start();
  try {
    // Without an outbox, sending says where to set one, under the buttons, which keep their shape.
    await page.goto(shell.url);
    await page.locator('.article-list li').first().getByRole('button').first().click();
    const historyButton = page.getByRole('button', { name: '历史版本' });
    const before = (await historyButton.boundingBox())!;
    await articleAction(page, '发送给发布者');
    await expect(page.getByRole('alert').filter({ hasText: '还没有设置发件箱文件夹' })).toBeVisible();
    expect((await historyButton.boundingBox())!.height).toBe(before.height);

    // The editor sets the outbox and sends the sample article.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('tab', { name: '发布目标' }).click();
    await page.getByLabel('发件箱（“发送给发布者”写到这里）').fill(shared);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('button', { name: '文章', exact: true }).click();
    await page.locator('.article-list li').first().getByRole('button').first().click();
    await page.getByLabel('标题', { exact: true }).fill(`${sampleTitle}（送审）`);
    await articleAction(page, '发送给发布者');
    await expect(page.getByRole('status').filter({ hasText: '已发送' })).toContainText('.newsdesk');
    const [sent] = await fs.readdir(shared);
    expect(sent).toMatch(/-r\d+\.newsdesk$/);

    // The publisher drops the package on the window: it opens, ready for review.
    const publisher = await browser.newPage();
    await publisher.goto(publisherShell.url);
    await publisher.locator('.app').waitFor();
    const bytes = (await fs.readFile(path.join(shared, sent!))).toString('base64');
    await publisher.evaluate(
      ({ name, data }) => {
        const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name);
        const transfer = new DataTransfer();
        transfer.items.add(file);
        document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: sent!, data: bytes },
    );
    await expect(publisher.getByRole('status').filter({ hasText: '收到新稿件' })).toHaveText(/收到新稿件：.*（送审）/);
    await expect(publisher.getByLabel('标题', { exact: true })).toHaveValue(`${sampleTitle}（送审）`);
    await expect(publisher.getByLabel('状态', { exact: true })).toHaveValue('review');

    // The publisher's inbox is the shared folder; the editor's next version arrives there as an update.
    await fs.rm(path.join(shared, sent!));
    await publisher.getByRole('button', { name: '发布', exact: true }).click();
    await publisher.getByRole('tab', { name: '发布目标' }).click();
    await publisher.getByLabel('收件箱（发布者从这里接收稿件）').fill(shared);
    await publisher.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByLabel('标题', { exact: true }).fill(`${sampleTitle}（第二版）`);
    await expectSaved(page);
    await articleAction(page, '发送给发布者');
    await expect(page.getByRole('status').filter({ hasText: '已发送' })).toContainText('.newsdesk');
    await publisher.getByRole('tab', { name: '待审稿件' }).click();
    await publisher.getByRole('button', { name: '检查收件箱' }).click();
    await expect(publisher.getByRole('region', { name: '收件箱' })).toContainText(`稿件已更新：${sampleTitle}（第二版）`);
    await expect(publisher.getByRole('list', { name: '待审稿件' })).toContainText('（第二版）');
    await publisher.screenshot({ path: 'test-results/handoff-inbox.png' });
  } finally {
    await publisherShell.stop();
    await fs.rm(shared, { recursive: true, force: true });
  }
});
