import { buildSync } from 'esbuild';
import { expect, test } from './web-shell';
import { expectSaved } from './saved';

// The desktop window's menu commands, in the real renderer: the page gets the preload's bridge
// (main/shell/bridge.ts, bundled as the preload is) over a stand-in for Electron's ipcRenderer,
// because Electron's binary does not run here. Calls still go to the web shell over HTTP.
const bridge = buildSync({ entryPoints: ['main/shell/bridge.ts'], bundle: true, format: 'iife', globalName: 'desktopBridge', platform: 'browser', write: false }).outputFiles[0]!.text;

const ipcStandIn = `
  const listeners = new Set();
  const ipc = {
    invoke: () => Promise.reject(new Error('not in Electron')),
    on: (channel, listener) => { if (channel === desktopBridge.commandChannel) listeners.add(listener); },
    removeListener: (channel, listener) => { if (channel === desktopBridge.commandChannel) listeners.delete(listener); },
  };
  // The bridge's listeners as the preload exposes them (main's events never come over this
  // stand-in); calls still go over HTTP, since the page's bridge has no invoke.
  const { onCommand, onEvent } = desktopBridge.createBridge(ipc);
  window.newsdesk = { onCommand, onEvent };
  // What main's menu does: webContents.send('newsdesk:command', command).
  window.menuCommand = (command) => { for (const listener of [...listeners]) listener({}, command); };
  window.commandListeners = () => listeners.size;
`;

declare global {
  interface Window {
    menuCommand(command: string): void;
    commandListeners(): number;
  }
}

test('after filtering the list and opening articles many times, one 新建文章 from the menu makes one article', async ({ page, shell }) => {
  await page.addInitScript({ content: `${bridge}\n${ipcStandIn}` });
  // 新建 answered slowly, as on a loaded machine. The title is typed at once after the click, as
  // an editor does: it went into the article still on screen, renaming it, and the new one, left
  // untouched, was discarded when another article was opened (the list then said 共 3 篇).
  await page.route('**/api/articles.create', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto(shell.url);
  const rows = page.locator('.article-list li');
  await expect(rows).toHaveCount(1);
  for (const title of ['桌面菜单测试一', '桌面菜单测试二']) {
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByLabel('标题', { exact: true }).fill(title);
    await expectSaved(page);
  }
  await expect(rows).toHaveCount(3);

  // Each of these re-registered the window's listener, or the article pane's, before the fix.
  const filter = page.getByLabel('按栏目筛选');
  for (let round = 0; round < 3; round++) {
    await filter.selectOption({ label: '社会监督' });
    await expect(rows).toHaveCount(1);
    await filter.selectOption({ label: '全部栏目' });
    await expect(rows).toHaveCount(3);
  }
  for (let i = 0; i < 3; i++) {
    await rows.nth(i).getByRole('button').first().click();
    await expect(page.locator('.article-list li.selected')).toHaveCount(1);
  }

  await page.evaluate(() => window.menuCommand('new-article'));
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('');
  await page.getByLabel('标题', { exact: true }).fill('菜单新建的文章');
  await expectSaved(page);
  // One menu listener for the window, which passes commands on to its own bus (renderer/shell/useKeyboard.ts).
  expect(await page.evaluate(() => window.commandListeners())).toBe(1);
  // Counted on a fresh page, once every create the command caused has answered (before the fix: 共 11 篇).
  await page.reload();
  // The count's own element, so a failure prints what the list said instead of "not found".
  await expect(page.locator('.article-list .list-count')).toContainText('共 4 篇');
  await expect(rows).toHaveCount(4);
  // Each title in an article of its own (main's events do not reach this stand-in, so the list
  // is read again from the disk by the reload, not kept current while the test types).
  for (const title of ['桌面菜单测试一', '桌面菜单测试二', '菜单新建的文章']) await expect(rows.filter({ hasText: title })).toHaveCount(1);
});
