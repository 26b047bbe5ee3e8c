import { expect, test } from './web-shell';
import { endOfText } from './ui';

test('the keywords field shows the keywords of text restored after a failed save', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await expect(page.getByLabel('关键词')).toHaveValue(/邮政普遍服务/);
  // Saves fail (as when the app dies before the disk has the edit): the window keeps the text.
  await page.context().route('**/api/articles.save*', (route) => route.abort());
  await page.getByLabel('关键词').fill('恢复，关键词');
  await expect(page.getByTestId('save-state')).toHaveText(/保存失败/, { timeout: 10_000 });
  // A second window (same storage) opens the article: the disk has the old keywords, and it
  // offers the kept text back.
  const second = await page.context().newPage();
  await second.goto(shell.url);
  await second.locator('.article-list li').first().getByRole('button').first().click();
  const keywords = second.getByLabel('关键词');
  await expect(keywords).toHaveValue(/邮政普遍服务/);
  await second.getByRole('button', { name: '恢复编辑区的内容' }).click();
  await expect(keywords).toHaveValue('恢复，关键词');
});

test('an editor may set 草稿 or 待审核, not 已通过 (the publisher approves)', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const status = page.getByLabel('状态', { exact: true });
  await expect(status.locator('option')).toHaveText(['草稿', '待审核']);
});

test('a site page edited and left for another tab keeps its edits', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '站点设置' }).click();
  const tabs = page.getByRole('tablist', { name: '站点页面' }).getByRole('tab');
  await expect(tabs.nth(1)).toBeVisible();
  const first = await tabs.nth(0).textContent();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('页面标题').fill('改过的页面标题');
  await panel.getByLabel(first!).click();
  await page.keyboard.press(endOfText);
  await page.keyboard.type('新加的一句。');
  await tabs.nth(1).click();
  await expect(page.getByRole('tabpanel').getByLabel('页面标题')).not.toHaveValue('改过的页面标题');
  await tabs.nth(0).click();
  await expect(page.getByRole('tabpanel').getByLabel('页面标题')).toHaveValue('改过的页面标题');
  await expect(page.getByRole('tabpanel').getByLabel(first!)).toContainText('新加的一句。');
});
