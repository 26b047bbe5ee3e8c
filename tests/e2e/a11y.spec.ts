import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './web-shell';

/** Serious and critical violations of WCAG 2 A/AA on what the window shows now. */
async function violations(page: Page, where: string) {
  // Legacy mode checks each frame in place; the other mode opens a page of its own, which a loaded machine refuses at times.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  // axe ran its rules here: a page it could not read would pass with nothing checked.
  if (result.passes.length < 10) return [`${where}: axe checked only ${result.passes.length} rules`];
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const words = {
  'zh-CN': { filters: '更多筛选', article: '文章', publish: '发布', site: '站点设置', import: '导入', export: '导出网站', history: '历史版本', preview: '预览 (Ctrl+Shift+P)', tabs: ['待审稿件', '发布队列', '已发布', '发布记录', '发布目标'], trash: '回收站', empty: '清空回收站', more: '更多操作', close: '关闭' },
  en: { filters: 'More filters', article: 'Articles', publish: 'Publish', site: 'Site settings', import: 'Import', export: 'Export site', history: 'History', preview: 'Preview (Ctrl+Shift+P)', tabs: ['For review', 'Queue', 'On the site', 'Log', 'Deploy targets'], trash: 'Trash', empty: 'Empty trash', more: 'More actions', close: 'Close' },
};

for (const [language, scheme] of [['zh-CN', 'light'], ['en', 'light'], ['zh-CN', 'dark'], ['en', 'dark']] as const) {
  {
    test(`every view and dialog passes axe-core (${language}, ${scheme})`, async ({ page, shell }) => {
      test.setTimeout(300_000); // axe-core reads the whole window about twelve times
      const w = words[language];
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(shell.url);
      if (language === 'en') await page.getByLabel('界面语言').selectOption('en');
      const found: string[] = [];
      const check = async (where: string) => found.push(...(await violations(page, where)));

      await page.locator('.article-list li').first().getByRole('button').first().click();
      await expect(page.getByTestId('save-state')).toBeVisible();
      await check('list and editor');
      await page.getByRole('button', { name: w.more }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await check('more menu');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: w.preview }).click();
      await expect(page.locator('.preview iframe')).toBeVisible();
      await check('preview');
      await page.getByRole('button', { name: w.history, exact: true }).click();
      await expect(page.getByRole('complementary', { name: w.history })).toBeVisible();
      await check('history');
      await page.getByRole('button', { name: w.history, exact: true }).click();
      await page.getByRole('button', { name: w.preview }).click();
      await expect(page.locator('.preview')).toHaveCount(0);

      await page.getByRole('button', { name: w.filters, exact: true }).click();
      await expect(page.locator('.more-filters')).toBeVisible();
      await check('more filters');
      await page.keyboard.press('Escape');
      await expect(page.locator('.more-filters')).toHaveCount(0);

      await page.keyboard.press('ControlOrMeta+/');
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('shortcut sheet');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: w.import, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('import dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: w.export, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('export dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: w.trash, exact: true }).click();
      await check('trash');

      await page.getByRole('button', { name: w.publish, exact: true }).click();
      for (const tab of w.tabs) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
        await page.waitForTimeout(300);
        await check(`publish: ${tab}`);
      }
      await page.getByRole('button', { name: w.site, exact: true }).click();
      await expect(page.locator('.site-settings')).toBeVisible();
      await check('site settings');
      expect(found).toEqual([]);
    });
  }
}
