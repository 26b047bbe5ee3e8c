import fs from 'node:fs/promises';
import { expect, test, type Page } from './web-shell';

/** The part of the body the editor can see and write in: its scrolling box, clipped by the window. */
async function visibleBody(page: Page) {
  return page.locator('[data-region="body"] .body-scroll').evaluate((element) => {
    const box = element.getBoundingClientRect();
    const height = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    const width = Math.min(box.right, window.innerWidth) - Math.max(box.left, 0);
    return { height, width };
  });
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`at 1366×768 the sample article's body has the canvas (${language})`, async ({ page, shell }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(shell.url);
    if (language === 'en') await page.getByLabel('界面语言').selectOption('en');
    await page.locator('.article-list li').first().getByRole('button').first().click();
    await expect(page.getByLabel(language === 'en' ? 'Body' : '正文')).toContainText('河源市邮政管理局强调');
    const body = await visibleBody(page);
    console.log(`body at 1366×768 (${language}): ${Math.round(body.width)}×${Math.round(body.height)} px`);
    expect(body.height).toBeGreaterThanOrEqual(450);
    expect(body.width).toBeGreaterThanOrEqual(600);
    // The fields are beside it, all in view, and the toolbar is one row.
    await expect(page.getByLabel(language === 'en' ? 'Source' : '来源', { exact: true })).toBeInViewport();
    const toolbar = (await page.getByRole('toolbar').boundingBox())!;
    expect(toolbar.height).toBeLessThan(44);

    // Focus mode leaves the title and the body alone, wider and taller.
    await page.keyboard.press('F11');
    await expect(page.locator('.library')).toBeHidden();
    const focused = await visibleBody(page);
    expect(focused.height).toBeGreaterThan(body.height);
    await page.keyboard.press('Escape');
    await expect(page.locator('.library')).toBeVisible();
  });
}

test('the preview is a toggle the app remembers', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const preview = page.getByRole('region', { name: '预览', exact: true });
  await expect(preview).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await expect(preview).toBeVisible();
  await expect(page.frameLocator('iframe[title="预览"]').locator('h1, .title').first()).toBeVisible();
  await page.reload();
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await expect(preview).toBeVisible();
  await page.getByRole('button', { name: '预览 (Ctrl+Shift+P)' }).click();
  await expect(preview).toHaveCount(0);
});

const shots = 'test-results/screens';
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshots at ${width}×${height} (${language}, ${scheme})`, async ({ page, shell }) => {
        const name = (what: string) => `${shots}/${what}-${width}x${height}-${language}-${scheme}.png`;
        await fs.mkdir(shots, { recursive: true });
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await page.goto(shell.url);
        if (language === 'en') await page.getByLabel('界面语言').selectOption('en');
        await page.locator('.article-list li').first().getByRole('button').first().click();
        await expect(page.getByTestId('save-state')).toBeVisible();
        await page.screenshot({ path: name('editor') });
        await page.keyboard.press('ControlOrMeta+Shift+P');
        await expect(page.frameLocator('.preview iframe').locator('h1, .title').first()).toBeVisible();
        await page.screenshot({ path: name('preview') });
        await page.keyboard.press('ControlOrMeta+Shift+P');
        await expect(page.locator('.preview')).toHaveCount(0);
        await page.getByRole('button', { name: language === 'en' ? 'More filters' : '更多筛选', exact: true }).click();
        await expect(page.locator('.more-filters')).toBeVisible();
        await page.screenshot({ path: name('filters') });
        await page.keyboard.press('Escape');
        await page.keyboard.press('ControlOrMeta+/');
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.screenshot({ path: name('shortcuts') });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      });
    }
  }
}
