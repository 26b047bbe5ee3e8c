import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { png } from '../png';
import { expect, test } from './web-shell';
import { endOfText, showPreview } from './ui';
import { expectSaved } from './saved';

test('an image inserted from a file or pasted is stored once, captioned, made the cover, and shown in the preview', async ({ page, shell }) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-images-'));
  const wide = path.join(dir, '会议现场.png');
  await fs.writeFile(wide, png(1200, 600));
  const notImage = path.join(dir, '不是图片.png');
  await fs.writeFile(notImage, '这不是图片');
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const body = page.getByLabel('正文');
  await body.click();
  await page.keyboard.press(endOfText);

  await page.getByTestId('image-files').setInputFiles(wide);
  const figure = body.locator('figure img');
  await expect(figure).toHaveAttribute('src', /^\/assets\/[0-9a-f]{20}\.png$/);
  await expect(figure).toHaveAttribute('width', '760'); // scaled down to the page
  await expect(figure).toHaveAttribute('height', '380');
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);

  await body.locator('figure').click();
  const bar = page.getByRole('group', { name: '选中的图片' });
  await bar.getByLabel('替代文字').fill('会议现场');
  await bar.getByLabel('图片说明').fill('图为会议现场');
  await bar.getByRole('button', { name: '设为封面' }).click();
  await expect(page.locator('.cover-field img')).toHaveAttribute('src', (await figure.getAttribute('src'))!);
  await expectSaved(page);

  // The same picture pasted is the same stored file.
  const bytes = (await fs.readFile(wide)).toString('base64');
  await body.locator('p').first().click();
  await body.evaluate((el, data) => {
    const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(body.locator('figure img')).toHaveCount(2);
  expect(await fs.readdir(path.join(shell.library, 'assets'))).toHaveLength(1);

  // Dropped on the body: a different picture, a second stored file.
  const small = png(300, 200).toString('base64');
  await body.locator('p').first().evaluate((el, data) => {
    const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'small.png', { type: 'image/png' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const box = el.getBoundingClientRect();
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: box.left + 5, clientY: box.top + 5, bubbles: true, cancelable: true }));
  }, small);
  await expect(body.locator('figure img')).toHaveCount(3);
  await expect(body.locator('figure img[width="300"]')).toHaveCount(1);
  expect(await fs.readdir(path.join(shell.library, 'assets'))).toHaveLength(2);

  await page.getByTestId('image-files').setInputFiles(notImage);
  await expect(page.getByRole('alert').filter({ hasText: '不是可用的图片' })).toContainText('不是图片.png 不是可用的图片');

  // A cover from a file, through the window's own button: a third stored picture.
  const coverFile = path.join(dir, '封面.png');
  await fs.writeFile(coverFile, png(400, 300));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择图片文件…' }).click();
  await (await chooser).setFiles(coverFile);
  await expect.poll(async () => (await fs.readdir(path.join(shell.library, 'assets'))).length).toBe(3);
  const cover = page.locator('.cover-field img');
  await expect(cover).toHaveAttribute('src', /^\/assets\/[0-9a-f]{20}\.png$/);
  expect(await body.locator('figure img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))).not.toContain(await cover.getAttribute('src'));

  await showPreview(page);
  const frame = page.frameLocator('iframe[title="预览"]');
  await expect(frame.locator('.body figcaption')).toHaveText(['图为会议现场']);
  // Every picture loads in the sandboxed frame: the site's /assets/ path works there too.
  await expect
    .poll(() =>
      // The frame is replaced as the preview follows the editor: a read during that is tried again.
      frame.locator('.body figure img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth).sort((a, b) => a - b)).catch(() => []),
    )
    .toEqual([300, 1200, 1200]);
  await fs.rm(dir, { recursive: true, force: true });
});

test('Word\'s picture comes from the clipboard\'s image data, and an image the library lacks is named', async ({ page, shell }) => {
  const word = await fs.readFile(path.resolve(import.meta.dirname, '../fixtures/paste/word.html'), 'utf8');
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  const body = page.getByLabel('正文');
  await body.click();
  await body.evaluate(
    (el, { html, data }) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'clip_image002.png', { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html: word, data: png(200, 120).toString('base64') },
  );
  await expect(body.locator('ol > li')).toHaveCount(2);
  await expect(body.locator('figure img[width="200"]')).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: '本地临时文件' })).toHaveCount(0);

  // An article whose image is not in this library (it came without it) says so when opened.
  await page.getByLabel('标题', { exact: true }).fill('缺图的稿件');
  await body.locator('p').first().click();
  await page.keyboard.press('Home');
  await body.evaluate((el) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', '<figure><img src="/assets/0123456789abcdef0123.png" alt="丢失的图"></figure>');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /缺图的稿件/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '找不到' })).toContainText('文中有 1 张图片在资料库中找不到（0123456789abcdef0123.png）');
});
