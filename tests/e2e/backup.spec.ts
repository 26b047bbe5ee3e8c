import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './web-shell';

test('backs up from the settings view as a zip, sees it listed, and restores it into a new folder', async ({ page, shell }) => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-backups-'));
  const restoreInto = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-restore-'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(shell.url);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('tab', { name: '发布目标' }).click();
  const section = page.getByRole('region', { name: '备份' });
  await expect(section.getByText('这个文件夹里还没有备份。')).toBeVisible();

  await section.getByLabel('备份文件夹').fill(folder);
  await section.getByLabel('每个备份为一个 zip 文件（否则为文件夹）').check();
  await section.getByRole('button', { name: '保存备份设置' }).click();
  await section.getByRole('button', { name: '立即备份' }).click();
  const done = section.getByRole('status');
  await expect(done).toContainText(/已备份：newsdesk-backup-\S+Z\.zip/);
  const name = /newsdesk-backup-\S+Z\.zip/.exec((await done.textContent())!)![0];

  // Listed with its date, format and size; on disk under that name, and nothing half-written beside it.
  const row = section.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('zip');
  await expect(row).toContainText(/\d+(\.\d)? KB/);
  await expect(row).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d/);
  expect(await fs.readdir(folder)).toEqual([name]);
  await expect(section.getByText(/下次自动备份：\d{4}-\d\d-\d\d \d\d:\d\d/)).toBeVisible();
  await page.screenshot({ path: 'test-results/backup-settings.png' });

  // 恢复到新文件夹…: a folder with files in it is refused, a new one gets the library.
  await row.getByRole('button', { name: '恢复到新文件夹…' }).click();
  const restore = page.getByRole('form', { name: '恢复到新文件夹…' });
  await fs.writeFile(path.join(restoreInto, 'mine.txt'), 'keep me');
  await restore.getByRole('textbox').fill(restoreInto);
  await restore.getByRole('button', { name: '开始恢复' }).click();
  await expect(restore.getByRole('alert')).toContainText('不是空文件夹。请恢复到一个新的或空的文件夹');
  const target = path.join(restoreInto, '恢复的资料库');
  await restore.getByRole('textbox').fill(target);
  await restore.getByRole('button', { name: '开始恢复' }).click();
  await expect(restore.getByRole('status')).toContainText(`已恢复 1 篇文章`);
  await expect(restore.getByRole('status')).toContainText(target);
  expect((await fs.readdir(path.join(target, 'articles'))).length).toBe(1);
  expect(await fs.readFile(path.join(restoreInto, 'mine.txt'), 'utf8')).toBe('keep me');

  await fs.rm(folder, { recursive: true, force: true });
  await fs.rm(restoreInto, { recursive: true, force: true });
});
