import type { Page } from '@playwright/test';

/** Shows the page preview beside the article (off by default, so the body has the room). */
export async function showPreview(page: Page, english = false): Promise<void> {
  await page.getByRole('button', { name: english ? 'Preview (Ctrl+Shift+P)' : '预览 (Ctrl+Shift+P)' }).click();
}

/** Runs one of the article's less frequent actions, from its "more" menu. */
export async function articleAction(page: Page, name: string, english = false): Promise<void> {
  await page.getByRole('button', { name: english ? 'More actions' : '更多操作' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/**
 * The caret to the end of a text: Ctrl+End on Windows and Linux, Cmd+↓ on macOS (where Ctrl+End
 * does nothing). Shortcuts of the app and the editor are pressed as ControlOrMeta+key, Cmd on macOS.
 */
export const endOfText = process.platform === 'darwin' ? 'Meta+ArrowDown' : 'Control+End';
/** The caret to the start of a text: Ctrl+Home, or Cmd+↑ on macOS. */
export const startOfText = process.platform === 'darwin' ? 'Meta+ArrowUp' : 'Control+Home';
