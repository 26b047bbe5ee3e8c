import { expect, test } from './web-shell';
import { expectSaved } from './saved';

// Two windows on one library: what one does shows up in the other by the web shell's events,
// with nothing polling (the panels asked once; no request is repeated while nothing changes).
test('an article written in one window appears in the other’s list, and its review list updates, without polling', async ({ page, shell, context }) => {
  const other = await context.newPage();
  await other.goto(shell.url);
  await other.getByRole('button', { name: '发布', exact: true }).click();
  await expect(other.getByRole('tab', { name: '待审稿件' })).toBeVisible();
  const calls: string[] = [];
  other.on('request', (r) => r.url().includes('/api/') && calls.push(new URL(r.url()).pathname));
  await other.waitForTimeout(6000); // longer than the old 5-second polls
  expect(calls).toEqual([]);

  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('标题', { exact: true }).fill('另一个窗口里写的稿件');
  await page.getByLabel('状态', { exact: true }).selectOption('review');
  await expectSaved(page);
  await expect(other.getByRole('list', { name: '待审稿件' })).toContainText('另一个窗口里写的稿件');

  await other.getByRole('button', { name: '文章', exact: true }).click();
  await expect(other.locator('.article-list')).toContainText('另一个窗口里写的稿件');
});
