import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { libraryDirFrom, packagesIn } from '../../main/shell/command-line';
import { PackageHandOver, secondInstance } from '../../main/shell/open-packages';
import { openSession, tempDir } from './helpers';

/** A real package, as an editor's 送审 writes it into the outbox. */
async function sentPackage(title: string) {
  const outbox = await tempDir('newsdesk-outbox-');
  const editor = await openSession(await tempDir('newsdesk-editor-'));
  await editor.library.saveSettings({ ...editor.library.getSettings(), outbox, userName: '张编辑' });
  const article = await editor.library.create({ title, column: 'kuaidi', publishedAt: '2026-11-27T09:00:00+08:00' });
  const { file } = await editor.handoff.send(article.id);
  return { file, id: article.id };
}

/** The publisher's desktop app: its library, and what its window was told. */
async function publisherDesk() {
  const session = await openSession(await tempDir('newsdesk-publisher-'));
  const shown: string[] = [];
  const errors: string[] = [];
  const handOver = new PackageHandOver((file) => errors.push(file));
  const receive = async (file: string) => {
    await session.handoff.receiveFile(file);
    shown.push('show-received');
  };
  return { session, shown, errors, handOver, receive };
}

describe('packages opened from the system', () => {
  test('the command line\'s .newsdesk files are found, relative ones in the starting folder; options and their values are not', () => {
    const argv = ['/opt/Newsdesk/newsdesk', '--allow-file-access-from-files', '--library', '/srv/稿件.newsdesk', 'a.newsdesk', '/home/ed/B.NEWSDESK', 'notes.txt', '--flag=x.newsdesk'];
    expect(packagesIn(argv, '/home/ed/下载')).toEqual([path.resolve('/home/ed/下载/a.newsdesk'), path.resolve('/home/ed/B.NEWSDESK')]);
  });

  test('a .newsdesk file on the command line reaches the library, and the window is told to show it', async () => {
    const { file, id } = await sentPackage('从命令行打开的稿件');
    const desk = await publisherDesk();
    const argv = ['/opt/Newsdesk/newsdesk', file];
    await desk.handOver.offer(packagesIn(argv, '/'));
    expect(desk.shown).toEqual([]); // the window is not there yet
    await desk.handOver.ready(desk.receive);
    expect((await desk.session.library.get(id)).title).toBe('从命令行打开的稿件');
    expect(desk.shown).toEqual(['show-received']);
    expect(desk.errors).toEqual([]);
  });

  test('macOS open-file before the library is open: taken once when it opens, even if the system sent it twice', async () => {
    const { file, id } = await sentPackage('先到的稿件');
    const desk = await publisherDesk();
    await desk.handOver.offer([file]);
    await desk.handOver.offer([file]);
    await desk.handOver.ready(desk.receive);
    expect(desk.shown).toEqual(['show-received']);
    expect((await desk.session.handoff.status()).recent.map((r) => r.articleId)).toEqual([id]);
  });

  test('a second instance (double-click while the app runs) brings the window forward and hands its package over', async () => {
    const first = await sentPackage('第二次启动带来的稿件');
    const desk = await publisherDesk();
    await desk.handOver.ready(desk.receive);
    const calls: string[] = [];
    const window = { isMinimized: () => true, restore: () => void calls.push('restore'), focus: () => void calls.push('focus') };
    await secondInstance(['C:/Newsdesk/Newsdesk.exe', path.basename(first.file)], path.dirname(first.file), window, desk.handOver);
    expect(calls).toEqual(['restore', 'focus']);
    expect((await desk.session.library.get(first.id)).title).toBe('第二次启动带来的稿件');
    expect(desk.shown).toEqual(['show-received']);
  });

  test('a damaged package is refused with a reason the window shows, and the next one still arrives', async () => {
    const good = await sentPackage('完好的稿件');
    const bad = path.join(path.dirname(good.file), 'damaged.newsdesk');
    await fs.writeFile(bad, 'not a zip');
    const desk = await publisherDesk();
    await desk.handOver.ready(desk.receive);
    await desk.handOver.offer([bad, good.file]);
    const recent = (await desk.session.handoff.status()).recent;
    expect(recent.map((r) => r.outcome)).toEqual(['new', 'refused']);
    expect(desk.shown).toEqual(['show-received', 'show-received']);
  });

  test('a package that cannot be taken in at all is reported, and the hand-over goes on', async () => {
    const good = await sentPackage('之后的稿件');
    const desk = await publisherDesk();
    await desk.handOver.ready(async (file) => {
      if (file.endsWith('gone.newsdesk')) throw new Error('library closed');
      await desk.receive(file);
    });
    await desk.handOver.offer(['/nowhere/gone.newsdesk', good.file]);
    expect(desk.errors).toEqual(['/nowhere/gone.newsdesk']);
    expect(desk.shown).toEqual(['show-received']);
  });
});

describe('the desktop app\'s library folder', () => {
  test('--library, then NEWSDESK_LIBRARY, then the user-data folder', () => {
    const userData = path.resolve('/home/ed/.config/Newsdesk');
    expect(libraryDirFrom(['.', '--library', '/srv/lib'], { NEWSDESK_LIBRARY: '/env/lib' }, userData)).toBe(path.resolve('/srv/lib'));
    expect(libraryDirFrom(['.', '--library=/srv/lib2'], {}, userData)).toBe(path.resolve('/srv/lib2'));
    expect(libraryDirFrom(['.'], { NEWSDESK_LIBRARY: '/env/lib' }, userData)).toBe(path.resolve('/env/lib'));
    expect(libraryDirFrom(['.'], {}, userData)).toBe(path.join(userData, 'library'));
  });
});
