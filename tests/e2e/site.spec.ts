import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './web-shell';
import { endOfText, showPreview } from './ui';

test('the preview follows the editor as it types, in a frame that runs no script', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await showPreview(page);
  const frame = page.frameLocator('iframe[title="预览"]');
  await expect(frame.locator('h1')).toHaveText('河源、梅州、茂名、潮州局召开三季度政企联席会');
  await expect(frame.locator('.meta')).toContainText('来源: 广东省邮政管理局');
  // Sandboxed without scripts: the page is patched from the window, and nothing in it runs.
  await expect(page.locator('iframe[title="预览"]')).toHaveAttribute('sandbox', 'allow-same-origin');

  await page.getByLabel('标题', { exact: true }).fill('四市局召开三季度政企联席会');
  await expect(frame.locator('h1')).toHaveText('四市局召开三季度政企联席会');

  await page.getByLabel('正文').click();
  await page.keyboard.press(endOfText);
  await page.keyboard.press('Enter');
  await page.keyboard.type('新增一段：会议强调安全生产。');
  await expect(frame.locator('.body p').last()).toHaveText('新增一段：会议强调安全生产。');
  // Typing that never pauses still shows well before it stops (1.7 s of typing here), and the
  // preview stays where its reader scrolled to.
  const view = page.locator('iframe[title="预览"]');
  await view.evaluate((f: HTMLIFrameElement) => f.contentWindow!.scrollTo(0, 120));
  await page.keyboard.press('Enter');
  let typing = true;
  const typed = page.keyboard.type('连续输入时预览也跟上不必等', { delay: 120 }).then(() => (typing = false));
  await expect(frame.locator('.body p').last()).toContainText('连续输入', { timeout: 3000 });
  expect(typing).toBe(true);
  await typed;
  await expect(frame.locator('.body p').last()).toHaveText('连续输入时预览也跟上不必等');
  expect(await view.evaluate((f: HTMLIFrameElement) => f.contentWindow!.scrollY)).toBe(120);

  // A script pasted into the body shows neither in the frame nor runs there.
  await page.evaluate(() => {
    const html = '<p>贴入<img src="x" onerror="document.title=\'pwned\'"><script>document.title="pwned"</script></p>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    document.querySelector('.body-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(frame.locator('.body')).toContainText('贴入');
  await expect(frame.locator('.body img[onerror], .body script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  // Even markup that got past the sanitizer could not run there: the frame's sandbox allows no
  // script, and the window's content policy, which the frame inherits, no inline handler.
  await view.evaluate((f: HTMLIFrameElement) => {
    f.contentDocument!.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.top.document.title=\'pwned\'">');
  });
  await expect(frame.locator('img[src="x"]')).toHaveCount(1);
  await page.waitForTimeout(300); // time for the image to fail and its handler, were it allowed, to run
  expect(await page.title()).not.toBe('pwned');

  await page.getByRole('button', { name: '栏目列表' }).click();
  await expect(frame.locator('.list')).toContainText('四市局召开三季度政企联席会');
  await page.getByRole('button', { name: '首页', exact: true }).click();
  await expect(frame.locator('.home')).toContainText('四市局召开三季度政企联席会');
  await page.getByLabel('手机宽度').check();
  await expect(page.locator('iframe[title="预览"]')).toHaveCSS('width', '375px');
});

test('exporting the site shows progress and a summary, and writes the pages', async ({ page, shell }) => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-'));
  await page.goto(shell.url);
  await page.getByRole('button', { name: '导出网站' }).click();
  const dialog = page.getByRole('dialog', { name: '导出网站' });
  await dialog.getByLabel('导出到文件夹').fill(out);
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByRole('status')).toContainText(`已导出到 ${out}：写入 21 个页面`);
  const page1 = await fs.readFile(path.join(out, 'jiandu', 'index.html'), 'utf8');
  expect(page1).toContain('河源、梅州、茂名、潮州局召开三季度政企联席会');

  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByRole('status')).toContainText('写入 0 个页面');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();
  await fs.rm(out, { recursive: true, force: true });
});

test('the site profile is edited in settings and shows in the preview', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '站点设置' }).click();
  await page.getByLabel('ICP 备案号').fill('京ICP备12345678号-1');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').first()).toHaveText('已保存');
  await page.getByRole('button', { name: '文章', exact: true }).click();
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await showPreview(page);
  await expect(page.frameLocator('iframe[title="预览"]').locator('.foot')).toContainText('京ICP备12345678号-1');
});

test('an export into a system folder or a relative folder is refused at once, saying what to do', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '导出网站' }).click();
  const dialog = page.getByRole('dialog', { name: '导出网站' });
  await dialog.getByLabel('导出到文件夹').fill('/proc/nope');
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByRole('alert')).toContainText('/proc/nope 是系统的特殊文件夹，不能存放文件');
  await dialog.getByLabel('导出到文件夹').fill('site');
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByRole('alert')).toContainText('导出文件夹必须是完整路径');
  await expect(dialog.getByRole('button', { name: '关闭', exact: true })).toBeEnabled();
});

test('the site settings refuse a column folder Windows reserves, saying why beside saving', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '站点设置' }).click();
  await page.getByLabel('网址目录（小写字母）').first().fill('con');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('栏目目录名不能用 Windows 保留的名字');
});
