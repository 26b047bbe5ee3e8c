import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './web-shell';
import { endOfText, showPreview, startOfText } from './ui';
import { expectSaved } from './saved';

test('the status bar counts Chinese characters and paragraphs, and follows typing', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const counts = page.getByRole('status', { name: '字数统计' });
  await expect(counts).toHaveText(/^\d{4} 字 · 5 段 · 约 \d 分钟读完$/);
  const before = Number((await counts.textContent())!.split(' ')[0]);
  await page.getByLabel('正文').click();
  await page.keyboard.press(endOfText);
  await page.keyboard.press('Enter');
  await page.keyboard.type('新增十个字的一段话。');
  await expect(counts).toHaveText(`${before + 10} 字 · 6 段 · 约 ${Math.max(1, Math.round((before + 10) / 400))} 分钟读完`);
});

test('the toolbar formats text, edits links with Ctrl+K, aligns, and builds a table with merged cells', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  const body = page.getByLabel('正文');
  await body.click();
  const undo = page.getByRole('button', { name: '撤销 (Ctrl+Z)' });
  await expect(undo).toBeDisabled();
  await page.keyboard.type('水的化学式');
  await expect(undo).toBeEnabled();
  await page.getByRole('button', { name: '下划线 (Ctrl+U)' }).click();
  await expect(page.getByRole('button', { name: '下划线 (Ctrl+U)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('H');
  await page.getByRole('button', { name: '下划线 (Ctrl+U)' }).click();
  await page.getByRole('button', { name: '下标 (Ctrl+,)' }).click();
  await page.keyboard.type('2');
  await page.getByRole('button', { name: '下标 (Ctrl+,)' }).click();
  await page.keyboard.type('O');
  await expect(body.locator('p').first()).toContainText('水的化学式H2O');
  await expect(body.locator('u')).toHaveText('H');
  await expect(body.locator('sub')).toHaveText('2');

  await page.getByRole('button', { name: '居中' }).click();
  await expect(body.locator('p').first()).toHaveAttribute('style', /text-align: center/);
  // The toolbar shows where the cursor is: centred, not a heading, not in a list.
  await expect(page.getByRole('button', { name: '居中' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '二级标题' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '项目符号列表' })).toHaveAttribute('aria-pressed', 'false');

  // Ctrl+K on a selection asks for the address; a bad one is refused, a good one applied.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+k');
  const address = page.getByLabel('链接地址');
  await address.fill('javascript:alert(1)');
  await expect(page.getByRole('button', { name: '应用' })).toBeDisabled();
  await address.fill('https://www.spb.gov.cn/');
  await address.press('Enter');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://www.spb.gov.cn/');
  // The body has the keyboard again (TipTap hands it back on the next frame).
  await expect(body).toBeFocused();

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '插入表格' }).click();
  await expect(body.locator('table tr')).toHaveCount(3);
  await page.getByRole('button', { name: '在下方加一行' }).click();
  await expect(body.locator('table tr')).toHaveCount(4);
  await page.keyboard.type('甲');
  // Dragging across two cells selects them both.
  const from = (await body.locator('table tr').nth(2).locator('td').nth(0).boundingBox())!;
  const to = (await body.locator('table tr').nth(2).locator('td').nth(1).boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(to.x + 10, to.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: '合并单元格' }).click();
  await expect(body.locator('table [colspan="2"]')).toHaveCount(1);

  // The page shows the same: the preview renders the body through the site's sanitizer.
  await showPreview(page);
  const frame = page.frameLocator('iframe[title="预览"]');
  await expect(frame.locator('.body sub')).toHaveText('2');
  await expect(frame.locator('.body [colspan="2"]')).toHaveCount(1);
  await expect(frame.locator('.body p').first()).toHaveAttribute('style', 'text-align:center');
});

test('pasting from Word gives clean paragraphs and real lists, and says which images could not come', async ({ page, shell }) => {
  const word = await fs.readFile(path.resolve(import.meta.dirname, '../fixtures/paste/word.html'), 'utf8');
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  const body = page.getByLabel('正文');
  await body.click();
  const paste = (data: Record<string, string>) =>
    page.evaluate((items) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
      document.querySelector('.body-editor')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  await paste({ 'text/html': word, 'text/plain': 'ignored' });
  await expect(body.locator('ol > li')).toHaveCount(2);
  await expect(body.locator('ul > li')).toHaveCount(2);
  await expect(body.locator('p').nth(1)).toHaveText('各市邮政管理局：');
  await expect(body.locator('[style*="font"], [class*="Mso"], span')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: '图片' })).toContainText('1 张图片来自 Word/WPS 的本地临时文件');

  await page.keyboard.press(endOfText);
  await page.keyboard.press('Enter');
  await paste({ 'text/plain': '第一段的前半句\n和后半句。\n\n第二段。' });
  await expect(body.locator('p').filter({ hasText: '第一段的前半句和后半句。' })).toHaveCount(1);
  await expect(body.locator('p').last()).toHaveText('第二段。');
});

test('find and replace counts matches, respects case and whole words, and replaces in the title too', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('标题', { exact: true }).fill('快递新规');
  const body = page.getByLabel('正文');
  await body.click();
  await page.keyboard.type('快递员送快递。Post post POST postal。');
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: '查找和替换' });
  await bar.getByLabel('查找', { exact: true }).fill('post');
  await expect(bar.locator('.find-count')).toHaveText('第 1 处，共 4 处');
  await bar.getByLabel('区分大小写').check();
  await expect(bar.locator('.find-count')).toHaveText('第 1 处，共 2 处');
  await bar.getByLabel('区分大小写').uncheck();
  await bar.getByLabel('整词匹配').check();
  await expect(bar.locator('.find-count')).toHaveText('第 1 处，共 3 处');
  await expect(body.locator('.find-match')).toHaveCount(3);

  await bar.getByLabel('整词匹配').uncheck();
  await bar.getByLabel('查找', { exact: true }).fill('快递');
  await expect(bar.locator('.find-count')).toHaveText('第 1 处，共 2 处');
  await bar.getByLabel('替换为').fill('寄递');
  await bar.getByLabel('也替换标题').check();
  await bar.getByRole('button', { name: '全部替换' }).click();
  await expect(body).toContainText('寄递员送寄递。');
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('寄递新规');
  await expect(bar.locator('.find-count')).toHaveText('第 0 处，共 0 处');
  await body.click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).toContainText('快递员送快递。');
});

test('pinyin input composes Chinese without doubling or dropping characters, in paragraphs, headings and lists', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  const body = page.getByLabel('正文');
  await body.click();
  const cdp = await page.context().newCDPSession(page);
  /** Types pinyin letter by letter as an IME shows it, then commits the characters. */
  const compose = async (pinyin: string, text: string) => {
    for (let i = 1; i <= pinyin.length; i++) await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    await cdp.send('Input.insertText', { text });
  };
  await compose('zhongwen', '中文');
  await compose('shuru', '输入');
  // A shortcut pressed while the IME composes belongs to the IME.
  await page.keyboard.press('Shift+Home');
  await body.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', code: 'KeyB', ctrlKey: true, isComposing: true, bubbles: true, cancelable: true })));
  await expect(body.locator('strong')).toHaveCount(0);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '二级标题' }).click();
  await compose('biaoti', '标题');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '项目符号列表' }).click();
  await compose('liebiao', '列表');
  await compose('xiang', '项');
  await expect(body.locator('p').first()).toHaveText('中文输入');
  await expect(body.locator('h2')).toHaveText('标题');
  await expect(body.locator('li')).toHaveText('列表项');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /（无标题）/ }).first().click();
  await expect(page.getByLabel('正文').locator('li')).toHaveText('列表项');
});

test('typed text takes the marks at the cursor and still starts headings from Markdown shortcuts', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  const body = page.getByLabel('正文');
  await body.click();
  // Text typed outside an input method is put in by the editor, not by the browser: the
  // shortcuts that watch typed text must still see it.
  await page.keyboard.type('## ');
  await page.keyboard.type('旺季寄递');
  await expect(body.locator('h2')).toHaveText('旺季寄递');
  await page.keyboard.press('Enter');
  await page.keyboard.type('服务');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('保障');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('有力。');
  await expect(body.locator('p').first()).toHaveText('服务保障有力。');
  await expect(body.locator('strong')).toHaveText('保障');
  // Typing over a selection replaces it.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('！');
  await expect(body.locator('p').first()).toHaveText('服务保障有力！');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /（无标题）/ }).first().click();
  await expect(page.getByLabel('正文').locator('p').first()).toHaveText('服务保障有力！');
});

test('typing at the end of a long body keeps the caret in view, scrolling the body and not the window', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const body = page.getByLabel('正文');
  await body.click();
  await page.keyboard.press(startOfText);
  // New paragraphs at the top push the rest down; then the end of the body is far below the fold.
  for (let i = 0; i < 25; i++) await page.keyboard.press('Enter');
  await page.keyboard.press(endOfText);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`第${i + 1}段`);
  }
  const last = body.locator('p').last();
  await expect(last).toHaveText('第12段');
  await expect(last).toBeInViewport({ ratio: 1 });
  const scroller = page.locator('.body-scroll');
  // The body scrolled inside its own box; the window stayed where it was, and the caret is inside the box.
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  const inside = await scroller.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return caret.top >= box.top && caret.bottom <= box.bottom;
  });
  expect(inside).toBe(true);
});
