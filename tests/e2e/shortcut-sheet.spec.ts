import { shortcuts } from '../../renderer/common/commands';
import { resources } from '../../shared/i18n';
import { expect, test } from './web-shell';

for (const language of ['zh-CN', 'en'] as const) {
  test(`the shortcut sheet lists every shortcut of the table the keys are handled from (${language})`, async ({ page, shell }) => {
    const said = (resources[language].translation as unknown as { keys: Record<string, string> }).keys;
    await page.goto(shell.url);
    if (language === 'en') await page.getByLabel('界面语言').selectOption('en');
    await expect(page.locator('.article-list li')).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+/');
    const sheet = page.getByRole('dialog', { name: said.title });
    await expect(sheet).toBeVisible();
    for (const shortcut of shortcuts) {
      const row = sheet.locator(`tr[data-does="${shortcut.does}"]`);
      await expect(row, shortcut.does).toContainText(said[shortcut.does.replace('keys.', '')]!);
      await expect(row.locator('kbd'), shortcut.does).toHaveText(shortcut.keys);
    }
    await expect(sheet.locator('tr[data-does]')).toHaveCount(shortcuts.length);
    // Search among them, both ways.
    await expect(sheet.locator('kbd', { hasText: /^Ctrl\+Shift\+F$/ })).toHaveCount(1);
    await expect(sheet.locator('tr[data-does="keys.searchOutsideBody"] kbd')).toHaveText(['Ctrl+K']);
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
  });
}

test('Ctrl+Shift+F searches from the body, Ctrl+K searches outside it and adds a link in it', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const body = page.getByLabel('正文');
  const search = page.getByRole('searchbox');
  await body.click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('group', { name: '链接 (Ctrl+K)' })).toBeVisible();
  await expect(search).not.toBeFocused();
  await page.keyboard.press('Escape');
  await body.click();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(search).toBeFocused();
  await page.getByLabel('标题', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(search).toBeFocused();
});
