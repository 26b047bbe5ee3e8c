import { expect, test } from './web-shell';
import { expectSaved } from './saved';
import { endOfText } from './ui';

const sampleTitle = '河源、梅州、茂名、潮州局召开三季度政企联席会';

test('the history shows what changed since a kept version, and restoring it is a new revision', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await page.getByLabel('标题', { exact: true }).fill('四市局召开政企联席会');
  await page.getByLabel('正文').click();
  await page.keyboard.press(endOfText);
  await page.keyboard.type('补充一句。');
  await expectSaved(page);

  await page.getByRole('button', { name: '历史版本' }).click();
  const history = page.getByRole('complementary', { name: '历史版本' });
  await history.getByRole('list', { name: '版本列表' }).getByRole('button', { name: /第 1 版/ }).click();
  const changes = history.getByRole('region', { name: '改动' });
  await expect(changes.locator('.field-change del')).toHaveText(sampleTitle);
  await expect(changes.locator('.field-change ins')).toHaveText('四市局召开政企联席会');
  await expect(changes.getByLabel('正文改动').locator('ins')).toHaveText('补充一句。');

  await changes.getByRole('button', { name: '恢复第 1 版' }).click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue(sampleTitle);
  await expect(page.getByLabel('正文')).not.toContainText('补充一句。');
  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(page.getByRole('list', { name: '版本列表' }).getByRole('button').first()).toContainText(sampleTitle);
  await expect(page.getByRole('list', { name: '版本列表' }).getByRole('button').last()).toContainText('第 1 版');
});
