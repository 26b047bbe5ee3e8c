import { expect, test } from './web-shell';

test('the status bar counts Chinese characters and paragraphs, and follows typing', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const counts = page.getByRole('status', { name: '字数统计' });
  await expect(counts).toHaveText(/^\d{4} 字 · 5 段 · 约 \d 分钟读完$/);
  const before = Number((await counts.textContent())!.split(' ')[0]);
  await page.getByLabel('正文').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('新增十个字的一段话。');
  await expect(counts).toHaveText(`${before + 10} 字 · 6 段 · 约 ${Math.max(1, Math.round((before + 10) / 400))} 分钟读完`);
});
