import { describe, expect, test } from 'vitest';
import type { AppCommand } from '../../shared/api';
import { menuTemplate, type MenuEntry } from '../../main/shell/menu-template';
import { translator } from '../../main/shell/translate';

async function menus(language: string, platform: NodeJS.Platform = 'win32') {
  const sent: AppCommand[] = [];
  const template = menuTemplate(await translator(language), (c) => sent.push(c), platform);
  const find = (label: string) => template.flatMap((m) => m.submenu ?? []).find((item) => item.label === label);
  return { template, sent, find, titles: template.map((m) => m.label ?? m.role) };
}

const labels = (entries: MenuEntry[] = []) => entries.filter((e) => e.type !== 'separator').map((e) => e.label);

describe('the desktop menus', () => {
  test('in Chinese: 文件 → 新建文章 (Ctrl+N) sends new-article, 立即保存 (Ctrl+S) sends save', async () => {
    const { titles, find, sent, template } = await menus('zh-CN');
    expect(titles).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template[0]?.submenu)).toEqual(['新建文章', '立即保存', '退出']);
    expect(labels(template[1]?.submenu)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(find('新建文章')?.accelerator).toBe('CmdOrCtrl+N');
    find('新建文章')?.click?.();
    find('立即保存')?.click?.();
    expect(sent).toEqual(['new-article', 'save']);
  });

  test('in English: File → New article sends new-article, Save now sends save', async () => {
    const { titles, find, sent, template } = await menus('en');
    expect(titles).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template[0]?.submenu)).toEqual(['New article', 'Save now', 'Quit']);
    expect(labels(template[4]?.submenu)).toEqual(['About Newsdesk']);
    find('Save now')?.click?.();
    find('New article')?.click?.();
    expect(sent).toEqual(['save', 'new-article']);
  });

  test('a language the app does not have falls back to Chinese', async () => {
    expect((await menus('fr')).titles[0]).toBe('文件');
  });

  test('editing commands are left to the system (they work in any text field), app commands to the window', async () => {
    const { template } = await menus('zh-CN');
    const items = template.flatMap((m) => m.submenu ?? []).filter((e) => e.type !== 'separator');
    expect(items.filter((e) => e.click).map((e) => e.label)).toEqual(['新建文章', '立即保存']);
    expect(items.filter((e) => !e.click).every((e) => e.role)).toBe(true);
  });

  test('on macOS the first menu is the application menu (with Quit), so 文件 is not taken for it', async () => {
    const { titles, template } = await menus('zh-CN', 'darwin');
    expect(titles).toEqual(['appMenu', '文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template[1]?.submenu)).toEqual(['新建文章', '立即保存']);
  });
});
