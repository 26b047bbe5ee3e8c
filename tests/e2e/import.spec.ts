import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './web-shell';
import { expectSaved } from './saved';
import { articles, startNewsSite, type NewsSite } from '../servers/news-site';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');

test('a page pasted from the clipboard is read, shown field by field, corrected and saved', async ({ page, shell }) => {
  await page.goto(shell.url);
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  // The dialog opens ready for Ctrl+V, and Esc closes it.
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog.getByLabel('从剪贴板导入')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const html = await fs.readFile(path.join(fixtures, '13-html-government-page.html'), 'utf8');
  await page.evaluate((pageHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', pageHtml);
    data.setData('text/plain', 'ignored when there is HTML');
    document.querySelector('.paste-box')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await dialog.getByRole('button', { name: '识别' }).click();

  const detail = dialog.getByRole('region', { name: '识别结果' });
  await expect(detail.getByLabel('标题', { exact: true })).toHaveValue('全国邮政管理工作会议在京召开');
  await expect(detail.getByLabel('来源', { exact: true })).toHaveValue('国家邮政局');
  await expect(detail.getByLabel('原文链接', { exact: true })).toHaveValue('https://www.spb.gov.cn/gjyzj/c100015/202401/abc.shtml');
  await expect(detail.getByLabel('栏目', { exact: true })).toHaveValue('yaowen');
  await expect(detail.getByLabel('正文')).toContainText('会议强调，2024年要以推动高质量发展为主题');
  await expect(detail.getByLabel('正文')).not.toContainText('上一篇');
  await expect(dialog.getByRole('table', { name: '导入结果' })).toContainText('可导入');

  await detail.getByLabel('作者', { exact: true }).fill('新华社记者');
  await dialog.getByRole('button', { name: '保存为草稿' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已导入 1 篇，需检查 0 篇，失败 0 篇。');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByRole('button', { name: /全国邮政管理工作会议在京召开/ }).click();
  await expect(page.getByLabel('作者', { exact: true })).toHaveValue('新华社记者');
  await expect(page.getByLabel('发布日期和时间')).toHaveValue('2024-01-05 10:00');
});

test('a batch of files shows a row each with progress, reasons for failures, and the article already there', async ({ page, shell }) => {
  const bad = path.join(path.dirname(shell.library), `empty-${Date.now()}.txt`);
  await fs.writeFile(bad, '');
  await page.goto(shell.url);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await dialog.getByTestId('import-files').setInputFiles([
    path.join(fixtures, '14-html-gb2312.html'),
    path.join(fixtures, '01-sample-page.txt'),
    path.join(fixtures, '08-empty-source-label.txt'),
    bad,
  ]);
  const table = dialog.getByRole('table', { name: '导入结果' });
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('value', '4');
  await expect(table.locator('tbody tr').nth(0)).toContainText('河北省邮政管理局传达学习全国邮政管理工作会议精神');
  await expect(table.locator('tbody tr').nth(0)).toContainText('可导入');
  await expect(table.locator('tbody tr').nth(1)).toContainText('已有相同文章');
  await expect(table.locator('tbody tr').nth(2)).toContainText('需检查：未找到来源');
  await expect(table.locator('tbody tr').nth(3)).toContainText('失败');
  await table.locator('tbody tr').nth(3).click();
  await expect(dialog.getByRole('alert')).toHaveText('文件是空的，没有可导入的内容。');
  await table.locator('tbody tr').nth(1).click();
  await expect(dialog.getByRole('button', { name: '打开已有文章' })).toBeVisible();

  await dialog.getByRole('button', { name: '保存为草稿' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已导入 2 篇，需检查 1 篇，失败 1 篇。');
  await page.screenshot({ path: 'test-results/import-batch.png' });
  await fs.rm(bad);
});

test('reprint cleanup fixes punctuation and indents in one step, and undo takes it back', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.locator('.article-list li').first().getByRole('button').first().click();
  const body = page.getByLabel('正文');
  await expect(body).toContainText('近日,河源、梅州');
  await page.getByRole('button', { name: '转载清理：半角标点改全角、去掉全角空格缩进、合并断行、删除空段落' }).click();
  await expect(body).toContainText('近日，河源、梅州、茂名、潮州市邮政管理局分别与市邮政分公司召开2023年第三季度邮政普遍服务政企联席会议，通报交流有关工作情况');
  await expect(body.locator('p')).toHaveCount(5);
  await expectSaved(page);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).toContainText('近日,河源、梅州');
});

test.describe('采集 from a link', () => {
  let site: NewsSite;
  test.beforeAll(async () => {
    site = await startNewsSite();
  });
  test.afterAll(async () => site?.close());

  test('an article address is fetched and reviewed; a list page lists its articles, marks the one already imported, and reads the ticked ones as a batch', async ({ page, shell }) => {
    await page.goto(shell.url);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    const address = dialog.getByLabel('网页地址');

    // A failure says what happened.
    await address.fill(`${site.url}/no-such-page.html`);
    await address.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('网页不存在（HTTP 404）');

    // One article, by its address: read like a saved GBK page, the address kept as its original link.
    const first = site.url + articles[0]!.path;
    await address.fill(first);
    await dialog.getByRole('button', { name: '采集' }).click();
    const detail = dialog.getByRole('region', { name: '识别结果' });
    await expect(detail.getByLabel('标题', { exact: true })).toHaveValue(articles[0]!.title);
    await expect(detail.getByLabel('原文链接')).toHaveValue(first);
    await dialog.getByRole('button', { name: '保存为草稿' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已导入 1 篇，需检查 0 篇，失败 0 篇。');

    // The column's list page: eight articles, the one just imported marked and not ticked.
    await address.fill(`${site.url}/xwzx/gzdt/`);
    await address.press('Enter');
    const list = dialog.getByRole('region', { name: /栏目页/ });
    await expect(list.getByRole('checkbox')).toHaveCount(8);
    await expect(list).toContainText('共 8 篇，文章库中已有 1 篇');
    await expect(list.getByRole('row').filter({ hasText: articles[0]!.title })).toContainText('已在文章库');
    await expect(list.getByRole('checkbox', { name: articles[0]!.title })).not.toBeChecked();
    await expect(list.getByRole('row').filter({ hasText: articles[4]!.title })).toContainText(articles[4]!.date);
    await list.getByRole('checkbox', { name: articles[7]!.title }).uncheck();
    await list.getByRole('button', { name: '读取选中的 6 篇' }).click();

    const table = dialog.getByRole('table', { name: '导入结果' });
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('max', '7');
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('value', '7');
    await expect(table.locator('tbody tr')).toHaveCount(7);
    await expect(table).toContainText(articles[6]!.title);
    await expect(table).not.toContainText(articles[7]!.title);
    await dialog.getByRole('button', { name: '保存为草稿' }).click();
    await expect(dialog.getByRole('status')).toHaveText('已导入 6 篇，需检查 0 篇，失败 0 篇。');
    await page.screenshot({ path: 'test-results/import-from-list.png' });
  });
});
