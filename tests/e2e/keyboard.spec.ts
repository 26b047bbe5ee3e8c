import { expect, test, type Page } from './web-shell';
import { expectSaved } from './saved';

/** Presses Tab until the element named `name` has the keyboard (the mouse is never used). */
async function tabTo(page: Page, name: string, limit = 40, key = 'Tab') {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') || el?.textContent?.trim() || '';
    });
    if (focused === name) return i + 1;
  }
  throw new Error(`${name} not reached in ${limit} Tab presses`);
}

test('keyboard only: create, fill the fields, type, save, open and close each dialog, switch views', async ({ page, shell }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await expect(page.locator('.article-list li')).toHaveCount(1);

  // Ctrl+N: a new article, the title has the keyboard, and nothing is called wrong yet.
  await page.keyboard.press('ControlOrMeta+n');
  const title = page.getByLabel('标题', { exact: true });
  await expect(title).toBeFocused();
  await expect(page.locator('.article-list li')).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.type('键盘写成的一篇稿件');
  // Enter goes on to the body.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('正文')).toBeFocused();
  await page.keyboard.type('正文第一段。');

  // Shift+F6 goes back to the fields (list, fields, body, preview); Tab from field to field.
  await page.keyboard.press('Shift+F6');
  await expect(page.getByLabel('栏目', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('状态', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('发布日期和时间')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2024-05-06 08:30');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('来源', { exact: true })).toBeFocused();
  await page.keyboard.type('江苏省邮政管理局');
  await page.keyboard.press('ControlOrMeta+s');
  await expectSaved(page);
  // F6 goes round: body, then (no preview shown) the list.
  await page.keyboard.press('F6');
  await expect(page.getByLabel('正文')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.locator('.library')).toContainText('键盘写成的一篇稿件');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.library'))).toBe(true);

  // The shortcut sheet, in the interface language; Esc closes it and the keyboard goes back.
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(page.getByLabel('正文')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+/');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(sheet).toContainText('新建文章，光标在标题中');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(page.getByLabel('正文')).toBeFocused();

  // The toolbar is one tab stop, with arrow keys inside: title to body in two Tab presses.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(title).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '撤销 (Ctrl+Z)' })).toBeFocused();
  // 重做 has nothing to redo, and the arrow passes over it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: '加粗 (Ctrl+B)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('正文')).toBeFocused();

  // Dialogs from the top bar: the keyboard stays inside, Esc closes, focus comes back.
  for (const [button, dialog] of [
    ['导入', '导入文章'],
    ['导出网站', '导出网站'],
  ]) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, button!);
    await page.keyboard.press('Enter');
    const open = page.getByRole('dialog', { name: dialog });
    await expect(open).toBeVisible();
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(open).toHaveCount(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).textContent?.trim())).toBe(button);
  }

  // Views: the publishing desk, its tabs with arrow keys, the site settings, back to articles.
  // The keyboard is back on 导出网站: the views are a few steps back along the top bar.
  await tabTo(page, '发布', 6, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: '待审稿件' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '发布队列' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '发布队列' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '已发布' })).toHaveAttribute('aria-selected', 'true');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, '站点设置');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '站点资料' })).toBeVisible();
  // The keyboard is still on 站点设置 in the top bar: back along it to 文章.
  await tabTo(page, '文章', 5, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-list li')).toHaveCount(2);
});

test('an untouched new article is discarded when the editor leaves it', async ({ page, shell }) => {
  await page.goto(shell.url);
  const rows = page.locator('.article-list li');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: '新建' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('标题不能为空')).toHaveCount(0);
  // Ctrl+N again: the first empty one goes, one new one stays.
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page.getByLabel('标题', { exact: true })).toBeFocused();
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: '河源' }).getByRole('button').first().click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);

  // One that was written in stays. (Typed once its title has the keyboard: keys pressed while
  // the new article opens would go nowhere, and its label would read 已保存 all the same.)
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page.getByLabel('标题', { exact: true })).toBeFocused();
  await expect(rows).toHaveCount(2);
  await page.keyboard.type('留下');
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('留下');
  await expectSaved(page);
  await rows.filter({ hasText: '河源' }).getByRole('button').first().click();
  await expect(rows).toHaveCount(2);
});
