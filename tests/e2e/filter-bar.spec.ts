import { expect, test, type Page } from './web-shell';

// A system set to American English: the browser's own date fields would write 10/26/2023.
test.use({ locale: 'en-US' });

const words = {
  'zh-CN': { more: '更多筛选', moreOn: '更多筛选（1 项）', from: '发布日期 从', to: '到', none: '没有符合条件的文章', problem: '请按“2023-10-26”的格式填写日期' },
  en: { more: 'More filters', moreOn: 'More filters (1)', from: 'Published from', to: 'to', none: 'No article matches', problem: 'Write the day as 2023-10-26' },
};

async function useLanguage(page: Page, language: 'zh-CN' | 'en') {
  if (language === 'en') await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('.article-list li')).toHaveCount(1);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`the list's publish days are written 2023-10-26 whatever the system's locale (${language})`, async ({ page, shell }) => {
    const w = words[language];
    await page.goto(shell.url);
    await useLanguage(page, language);
    await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);
    const rows = page.locator('.article-list li');
    await page.getByRole('button', { name: w.more, exact: true }).click();
    const from = page.getByLabel(w.from, { exact: true });
    await expect(from).toBeFocused();
    await expect(from).toHaveAttribute('placeholder', '2023-10-26');
    // The sample article is of 2023-10-26.
    await from.fill('2023-10-27');
    await expect(page.getByText(w.none)).toBeVisible();
    await from.fill('2023-10-26');
    await expect(rows).toHaveCount(1);
    await expect(from).toHaveValue('2023-10-26');
    // Not a real day: said so under the field, and the list is not filtered by half a date.
    const to = page.getByLabel(w.to, { exact: true });
    await to.fill('2023-02-30');
    await expect(page.getByRole('alert').filter({ hasText: w.problem })).toBeVisible();
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(rows).toHaveCount(1);
    await to.fill('2023-10-25');
    await expect(page.getByText(w.none)).toBeVisible();
    await to.fill('');
    // Esc closes the popover; its button says a filter in it is on.
    await page.keyboard.press('Escape');
    await expect(from).toHaveCount(0);
    const button = page.getByRole('button', { name: w.moreOn, exact: true });
    await expect(button).toBeFocused();
    await expect(rows).toHaveCount(1);
  });
}

/** Controls of the filter bar whose words do not show whole, or that stick out of the list's side. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.filters')!.getBoundingClientRect();
    const context = document.createElement('canvas').getContext('2d')!;
    const found: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('.filters select, .filters button, .filters input')) {
      const box = control.getBoundingClientRect();
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      if (box.left < bar.left - 0.5 || box.right > bar.right + 0.5) found.push(`${name}: outside the bar`);
      if (control instanceof HTMLSelectElement) {
        const style = getComputedStyle(control);
        context.font = style.font;
        const text = context.measureText(control.selectedOptions[0]?.text ?? '').width;
        // The room for the words: the box less its padding, its border and the arrow (about 20 px).
        const room = control.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (text > room) found.push(`${name}: "${control.selectedOptions[0]?.text}" needs ${Math.ceil(text)} px, has ${Math.floor(room)}`);
      } else if (control.scrollWidth > control.clientWidth + 1) found.push(`${name}: cut off`);
    }
    return found;
  });
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const language of ['zh-CN', 'en'] as const) {
    test(`the filter bar's words show whole at ${width}×${height} (${language})`, async ({ page, shell }) => {
      await page.setViewportSize({ width, height });
      await page.goto(shell.url);
      await useLanguage(page, language);
      expect(await cutOff(page)).toEqual([]);
      // And in the popover.
      await page.getByRole('button', { name: words[language].more, exact: true }).click();
      const popover = page.locator('.more-filters');
      await expect(popover).toBeVisible();
      const overflow = await popover.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [...element.querySelectorAll('select, input, label, legend')]
          .filter((e) => e.getBoundingClientRect().right > box.right + 0.5 || e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.textContent || e.getAttribute('aria-label'));
      });
      expect(overflow).toEqual([]);
      await expect(popover).toBeInViewport({ ratio: 1 });
    });
  }
}
