import { expect, test } from './web-shell';
import { articleAction } from './ui';
import { expectSaved } from './saved';

test('opens on the sample page of 通讯邮递调研网', async ({ page, shell }) => {
  await page.goto(shell.url);
  const row = page.locator('.article-list li').first();
  await expect(row).toContainText('河源、梅州、茂名、潮州局召开三季度政企联席会');
  await expect(row).toContainText('社会监督');
  await expect(row).toContainText('2023-10-26');
  await expect(row).toContainText('广东省邮政管理局');
  await row.getByRole('button').first().click();
  await expect(page.getByLabel('来源', { exact: true })).toHaveValue('广东省邮政管理局');
  await expect(page.getByLabel('作者', { exact: true })).toHaveValue('佚名');
  await expect(page.getByLabel('正文')).toContainText('河源市邮政管理局强调');
});

test('a new article written in Chinese, with every field, survives closing and reopening', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('标题', { exact: true }).fill('江苏省通信管理局部署旺季服务保障工作');
  await page.getByLabel('栏目', { exact: true }).selectOption({ label: '通信业' });
  await page.getByLabel('发布日期和时间').fill('2024-03-12 09:30');
  await page.getByLabel('来源', { exact: true }).fill('江苏省通信管理局');
  await page.getByLabel('作者', { exact: true }).fill('记者 王明');

  await page.getByLabel('原文链接', { exact: true }).fill('www.jsca.gov.cn/art/2024/3/12/art_1.html');
  await expect(page.getByRole('alert').filter({ hasText: '原文链接必须是以 http:// 或 https:// 开头的网址' })).toBeVisible();
  await page.getByLabel('原文链接', { exact: true }).fill('https://www.jsca.gov.cn/art/2024/3/12/art_1.html');
  await expect(page.getByText('原文链接必须是')).toHaveCount(0);

  await page.getByLabel('摘要').fill('部署旺季寄递服务保障。');
  await page.getByLabel('关键词').fill('旺季，服务保障');
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '待审核' });
  const body = page.getByLabel('正文');
  await body.click();
  await page.keyboard.type('近日，江苏省通信管理局召开会议，部署旺季服务保障工作。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('会议要求各企业落实主体责任。');
  await expectSaved(page, 5000);
  await expect(page.locator('.article-list li.selected')).toContainText('已保存');
  // The next key marks the article unsaved again, above the editor and in the list.
  await page.keyboard.type('啊');
  await expect(page.getByTestId('save-state')).toHaveText('未保存');
  await expect(page.locator('.article-list li.selected .row-save')).toHaveText('未保存');
  await page.keyboard.press('Backspace');
  await expectSaved(page, 5000);
  await expect(page.locator('.article-list li.selected .row-save')).toHaveText('已保存');

  await shell.stop();
  await shell.start();
  await page.goto(shell.url);
  await page.locator('.article-list li', { hasText: '江苏省通信管理局部署旺季服务保障工作' }).getByRole('button').first().click();
  await expect(page.getByLabel('栏目', { exact: true }).locator('option:checked')).toHaveText('通信业');
  await expect(page.getByLabel('发布日期和时间')).toHaveValue('2024-03-12 09:30');
  await expect(page.getByLabel('来源', { exact: true })).toHaveValue('江苏省通信管理局');
  await expect(page.getByLabel('作者', { exact: true })).toHaveValue('记者 王明');
  await expect(page.getByLabel('原文链接', { exact: true })).toHaveValue('https://www.jsca.gov.cn/art/2024/3/12/art_1.html');
  await expect(page.getByLabel('摘要')).toHaveValue('部署旺季寄递服务保障。');
  await expect(page.getByLabel('关键词')).toHaveValue('旺季，服务保障');
  await expect(page.getByLabel('状态', { exact: true }).locator('option:checked')).toHaveText('待审核');
  await expect(page.getByLabel('正文').locator('p')).toHaveText(['近日，江苏省通信管理局召开会议，部署旺季服务保障工作。', '会议要求各企业落实主体责任。']);
});

test('a save that cannot reach the service says why above the editor, and in a word in the list', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await page.getByLabel('正文').click();
  await shell.stop();
  await page.keyboard.type('补充');
  await expect(page.getByTestId('save-state')).toHaveText('保存失败：无法连接到编辑台服务，请确认它仍在运行。您的修改仍在编辑区中。', { timeout: 10_000 });
  await expect(page.locator('.article-list li.selected .row-save')).toHaveText('保存失败');
  // The long reason takes a line of its own: the buttons beside it keep their one-line shape.
  expect((await page.getByRole('button', { name: '历史版本' }).boundingBox())!.height).toBeLessThan(40);
});

test('the list searches, filters by column and status, and deleted articles can be restored', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('标题', { exact: true }).fill('快递进村工作推进会');
  await expectSaved(page);
  const rows = page.locator('.article-list li');
  await expect(rows).toHaveCount(2);

  await page.getByLabel('搜索全文… (Ctrl+Shift+F)').fill('"快递进村工作推进会"');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('快递进村工作推进会');
  await page.getByLabel('搜索全文… (Ctrl+Shift+F)').fill('');
  await page.getByLabel('按栏目筛选').selectOption({ label: '社会监督' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('河源');
  await page.getByLabel('按栏目筛选').selectOption({ label: '全部栏目' });
  await page.getByLabel('按状态筛选').selectOption({ label: '待审核' });
  await expect(page.getByText('没有符合条件的文章')).toBeVisible();
  await page.getByLabel('按状态筛选').selectOption({ label: '全部状态' });

  await rows.filter({ hasText: '快递进村工作推进会' }).getByRole('button').first().click();
  await articleAction(page, '删除');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: '回收站' }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button', { name: '恢复' }).click();
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: '返回文章库' }).click();
  await expect(rows).toHaveCount(2);
});

test('the interface switches to English and stays English', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.getByRole('button', { name: 'New' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New' })).toBeVisible();
  await page.locator('.article-list li').first().getByRole('button').first().click();
  await page.getByLabel('Title', { exact: true }).fill('');
  await expect(page.getByText('A title is required')).toBeVisible();
});
