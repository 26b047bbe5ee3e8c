import { expect, type Page } from './web-shell';

/**
 * Waits until the open article is saved and says so. The state first: the label's word is
 * drawn when the browser is next idle, so just after a change it may still read 已保存.
 */
export async function expectSaved(page: Page, timeout?: number): Promise<void> {
  const label = page.getByTestId('save-state');
  await expect(label).toHaveAttribute('data-state', 'saved', { timeout });
  await expect(label).toHaveText('已保存');
}
