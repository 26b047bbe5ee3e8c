import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell';
import { expectSaved } from './saved';

const sampleTitle = '河源、梅州、茂名、潮州局召开三季度政企联席会';

/** The editor's part: the sample article marked ready for review. */
async function sendSampleForReview(page: Page) {
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await page.getByLabel('状态', { exact: true }).selectOption('review');
  await expectSaved(page);
}

test('a publisher reviews, sends back, approves, sees the push, and withdraws an article', async ({ page, shell }) => {
  const site = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-live-'));
  await page.goto(shell.url);

  await sendSampleForReview(page);

  await page.getByRole('button', { name: '发布', exact: true }).click();
  // A deploy target first: a folder, tested.
  await page.getByRole('tab', { name: '发布目标' }).click();
  await page.getByLabel('操作人姓名（记入发布记录）').fill('李审核');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('button', { name: '添加发布目标' }).click();
  const form = page.getByRole('form', { name: '添加发布目标' });
  await form.getByLabel('名称').fill('本地网站');
  await form.getByLabel('类型').selectOption('folder');
  await form.getByLabel('网站文件夹').fill(site);
  await form.getByRole('button', { name: '保存目标' }).click();
  const target = page.getByRole('region', { name: '本地网站' });
  await expect(target.getByText('当前发布到此')).toBeVisible();
  await target.getByRole('button', { name: '测试连接' }).click();
  await expect(target.getByRole('status')).toContainText('连接成功，网站文件夹可以写入。本软件已发布到这里的文件：0 个。');

  // Sent back with a comment: the editor sees it on the article.
  await page.getByRole('tab', { name: '待审稿件' }).click();
  await page.getByRole('list', { name: '待审稿件' }).getByRole('button', { name: new RegExp(sampleTitle) }).click();
  await expect(page.frameLocator('iframe[title="预览"]').locator('h1')).toHaveText(sampleTitle);
  await page.getByLabel('退回意见').fill('请补充原文链接的核对');
  await page.getByRole('button', { name: '退回' }).click();
  await expect(page.getByText('没有等待审核的稿件。')).toBeVisible();
  await page.getByRole('button', { name: '文章', exact: true }).click();
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await expect(page.getByRole('note')).toHaveText('审核意见：请补充原文链接的核对');
  await sendSampleForReview(page);

  // Approved: it goes out at once, and the queue says so.
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('list', { name: '待审稿件' }).getByRole('button', { name: new RegExp(sampleTitle) }).click();
  await page.getByRole('button', { name: '通过并发布' }).click();
  await page.getByRole('tab', { name: '发布队列' }).click();
  await expect(page.locator('.queue-item').first().locator('.queue-state')).toContainText('已发布');
  const home = await fs.readFile(path.join(site, 'index.html'), 'utf8');
  expect(home).toContain(sampleTitle);

  // The home page deleted on the server by hand: 校验站点 finds it and puts it back.
  await fs.rm(path.join(site, 'index.html'));
  await page.getByRole('button', { name: '校验站点' }).click();
  await expect(page.locator('.check-result')).toContainText('缺少 1 个');
  await expect(page.locator('.check-result')).toContainText('已修复');
  expect(await fs.readFile(path.join(site, 'index.html'), 'utf8')).toBe(home);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/publish-site-check.png' });

  await page.getByRole('tab', { name: '发布记录' }).click();
  const row = page.getByRole('table', { name: '发布记录' }).locator('tbody tr').first();
  await expect(row).toContainText('成功');
  await expect(row).toContainText('李审核');
  await expect(row).toContainText(sampleTitle);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csv = await fs.readFile(await (await download).path(), 'utf8');
  expect(csv).toContain(sampleTitle);

  // Withdrawn: the page leaves the site.
  await page.getByRole('tab', { name: '已发布' }).click();
  const live = page.getByRole('list', { name: '已发布' }).locator('li').first();
  const url = (await live.locator('.row-meta span').first().textContent())!;
  await expect(fs.access(path.join(site, url))).resolves.toBeUndefined();
  await live.getByRole('button', { name: '撤稿' }).click();
  await page.getByRole('tab', { name: '发布队列' }).click();
  await expect(page.locator('.queue-item').first()).toContainText('[撤稿]');
  await expect(page.locator('.queue-item').first().locator('.queue-state')).toContainText('已发布');
  await expect(fs.access(path.join(site, url))).rejects.toThrow();
  await fs.rm(site, { recursive: true, force: true });
});

test('an unreachable server shows the reason in Chinese and when it will be tried again', async ({ page, shell }) => {
  await page.goto(shell.url);
  await sendSampleForReview(page);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('tab', { name: '发布目标' }).click();
  await page.getByRole('button', { name: '添加发布目标' }).click();
  const form = page.getByRole('form', { name: '添加发布目标' });
  await form.getByLabel('名称').fill('关闭的服务器');
  await form.getByLabel('类型').selectOption('ftp');
  await form.getByLabel('服务器地址').fill('127.0.0.1');
  await form.getByLabel('端口（留空为默认）').fill('1');
  await form.getByLabel('用户名').fill('editor');
  await form.getByLabel('网站文件夹').fill('/site');
  // The web shell cannot store passwords: it says what to do instead.
  await form.getByLabel('密码').fill('secret');
  await form.getByRole('button', { name: '保存目标' }).click();
  await expect(page.getByRole('alert')).toContainText('网页版不能保存密码。请设置环境变量 NEWSDESK_SECRET_');

  // With a key file named in settings, the password goes there, outside the library.
  const keys = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-keys-')), 'keys.json');
  await page.getByLabel('密钥文件（网页版和命令行用）').fill(keys);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await form.getByLabel('密码').fill('secret');
  await form.getByRole('button', { name: '保存目标' }).click();
  const target = page.getByRole('region', { name: '关闭的服务器' });
  await expect(target.getByText('密码已保存（来自密钥文件）。留空则不修改。')).toBeVisible();
  expect(Object.values(JSON.parse(await fs.readFile(keys, 'utf8')))).toEqual(['secret']);
  await target.getByRole('button', { name: '测试连接' }).click();
  await expect(target.getByRole('alert')).toHaveText('服务器拒绝连接：端口不对，或服务器上的 SFTP/FTP 服务没有运行。');

  await page.getByRole('tab', { name: '待审稿件' }).click();
  await page.getByRole('list', { name: '待审稿件' }).getByRole('button', { name: new RegExp(sampleTitle) }).click();
  await page.getByRole('button', { name: '通过并发布' }).click();
  await page.getByRole('tab', { name: '发布队列' }).click();
  const item = page.locator('.queue-item').first();
  await expect(item.locator('.queue-state')).toHaveText('失败');
  await expect(item.getByRole('alert')).toHaveText('服务器拒绝连接：端口不对，或服务器上的 SFTP/FTP 服务没有运行。');
  await expect(item).toContainText(/将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? 自动重试/);
  await page.screenshot({ path: 'test-results/publish-queue-failed.png' });
  await fs.rm(path.dirname(keys), { recursive: true, force: true });
});
