import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../main/backup/backup-folder';
import { makeBackup } from '../../main/backup/make-backup';
import { restoreBackup } from '../../main/backup/restore';
import { Backups } from '../../main/backup/schedule';
import { libraryFiles } from '../../main/backup/snapshot';
import { verifyBackup } from '../../main/backup/verify';
import { Library } from '../../main/library/library';
import { articleSchema } from '../../shared/article';
import { png } from '../png';
import { openLibrary, openSession, tempDir } from './helpers';
import { folderTarget, publishingSession } from './publish-helpers';

const password = 'pw-ZQ7-never-in-a-backup';

/** Every file under a folder with its bytes, by path with `/`. */
async function tree(dir: string, skip: (name: string) => boolean = () => false): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!skip(name)) files.set(name, await fs.readFile(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

/** What a backup holds of a library: all but secrets, staging, the catalogue and dot-files. */
const notBackedUp = (name: string) =>
  /^(secrets\.json|keys\.json|catalogue\.(json|log)|staging\/)/.test(name) || name.split('/').some((part) => part.startsWith('.'));

/** A library that has been used: edited articles (revisions), an image, a site page, a published article, a target with a password. */
async function usedLibrary() {
  const dir = await tempDir();
  const { session, library, publisher, ready } = await publishingSession(dir);
  await folderTarget(session);
  const image = await library.assets.add('照片.png', png(300, 200));
  const article = await ready('邮政管理局召开会议', { bodyHtml: `<p>正文</p><img src="${image.src}">` });
  const edited = await library.save(article.id, article.revision, { ...article, title: '邮政管理局召开会议（修订）' });
  await library.save(edited.id, edited.revision, { ...edited, summary: '摘要' });
  await publisher.enqueue(edited.id, 'publish', null);
  await publisher.runDue();
  await ready('第二篇稿件');
  await library.saveSitePage({ slug: 'about', title: '本网概况', bodyHtml: '<p>关于我们</p>' });
  // The desktop shell's encrypted passwords, and a key file someone put inside the library.
  await fs.writeFile(path.join(dir, 'secrets.json'), JSON.stringify({ live: Buffer.from(password).toString('base64') }));
  await fs.writeFile(path.join(dir, 'keys.json'), JSON.stringify({ live: password }));
  await library.saveSettings({ ...library.getSettings(), secretsFile: path.join(dir, 'keys.json'), userName: '王编辑' });
  return { dir, session, library };
}

describe('backups', () => {
  for (const zip of [false, true]) {
    it(`backs up a used library ${zip ? 'as a zip' : 'as a folder'} and restores it into a new folder byte for byte, without secrets`, async () => {
      const { dir, session } = await usedLibrary();
      const to = await tempDir('newsdesk-backups-');
      const made = await makeBackup(dir, to, { zip });
      expect(path.basename(made.path)).toMatch(zip ? /^newsdesk-backup-.*Z\.zip$/ : /^newsdesk-backup-.*Z$/);
      expect(await listBackups(to)).toEqual([made]);

      // Secrets are in no file of the backup, under any name.
      const raw = zip ? [await fs.readFile(made.path)] : [...(await tree(made.path)).values()];
      for (const data of raw) {
        expect(data.includes(password)).toBe(false);
        expect(data.includes(Buffer.from(password).toString('base64'))).toBe(false);
      }
      const { sums } = await verifyBackup(made.path);
      expect([...sums.keys()]).toEqual(expect.arrayContaining(['library/targets.json', 'library/queue.json', 'library/published.json', 'library/publog.json', 'library/site.json', 'library/settings.json', 'library/pages/about.json', 'backup.json']));
      expect([...sums.keys()].some((n) => n.startsWith('library/revisions/'))).toBe(true);
      expect([...sums.keys()].some((n) => n.startsWith('library/assets/'))).toBe(true);
      expect([...sums.keys()].filter((n) => /secrets|keys\.json|staging|catalogue|\/\./.test(n))).toEqual([]);

      const expected = await tree(dir, notBackedUp);
      const titles = session.library.list({ trash: false, offset: 0, limit: 10 }).items.map((a) => a.title).sort();
      expect(titles).toContain('邮政管理局召开会议（修订）');
      await session.close();
      const restoredDir = path.join(await tempDir(), 'restored');
      const restored = await restoreBackup(made.path, restoredDir);
      expect(restored).toMatchObject({ path: restoredDir, files: expected.size, articles: titles.length });
      const actual = await tree(restoredDir, (name) => /^catalogue\./.test(name));
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [name, data] of expected) expect(actual.get(name)!.equals(data), name).toBe(true);

      // The restored library opens with its articles listed (the catalogue was built from them).
      const reopened = await openLibrary(restoredDir);
      expect(reopened.list({ trash: false, offset: 0, limit: 10 }).items.map((a) => a.title).sort()).toEqual(titles);
      expect(reopened.notices).toEqual([]);
    });
  }

  it('a save during the backup cannot tear it: every article in the backup is whole', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    const articles = await library.importMany(Array.from({ length: 300 }, (_, i) => ({ title: `稿件${i}`, bodyHtml: `<p>${'正文'.repeat(500)}</p>` })));
    const to = await tempDir();
    let saving = true;
    const saves = (async () => {
      let n = 0;
      while (saving) {
        const a = await library.get(articles[n % articles.length]!.id);
        await library.save(a.id, a.revision, { ...a, bodyHtml: `<p>${'改'.repeat(1000 + n)}</p>` });
        n++;
      }
      return n;
    })();
    const made = await makeBackup(dir, to, { zip: false });
    saving = false;
    expect(await saves).toBeGreaterThan(0);
    await verifyBackup(made.path);
    for (const file of await fs.readdir(path.join(made.path, 'library', 'articles'))) {
      articleSchema.parse(JSON.parse(await fs.readFile(path.join(made.path, 'library', 'articles', file), 'utf8')));
    }
  });

  describe('a damaged backup is reported with the file, and nothing is restored', () => {
    const cases: [string, boolean, (backup: string) => Promise<void>, RegExp, string][] = [
      [
        'a changed byte in a folder backup',
        false,
        async (b) => {
          const file = path.join(b, 'library', 'site.json');
          const data = await fs.readFile(file);
          data[10] = data[10]! ^ 1;
          await fs.writeFile(file, data);
        },
        /library\/site\.json: its checksum does not match/,
        'error.backup.fileChanged',
      ],
      ['a missing file in a folder backup', false, (b) => fs.rm(path.join(b, 'library', 'site.json')), /library\/site\.json: it is listed but missing/, 'error.backup.fileMissing'],
      [
        'a file replaced by a link to a file outside the backup',
        false,
        async (b) => {
          const file = path.join(b, 'library', 'site.json');
          const outside = path.join(path.dirname(b), 'outside.json');
          await fs.rename(file, outside);
          await fs.symlink(outside, file);
        },
        /library\/site\.json: it is listed but missing/,
        'error.backup.fileMissing',
      ],
      ['a truncated zip', true, async (b) => fs.truncate(b, (await fs.stat(b)).size - 200), /cut short/, 'error.backup.zipTruncated'],
      [
        'a changed byte inside an image in a zip',
        true,
        async (b) => {
          const data = await fs.readFile(b);
          const at = data.indexOf('library/assets/') + 2000;
          data[at] = data[at]! ^ 0xff;
          await fs.writeFile(b, data);
        },
        /library\/assets\/[0-9a-f]+\.png: its checksum does not match/,
        'error.backup.fileChanged',
      ],
    ];
    for (const [what, zip, damage, message, key] of cases) {
      it(what, async () => {
        const dir = await tempDir();
        const library = await openLibrary(dir);
        // An image large enough that a byte 2000 in is inside its data.
        await fs.mkdir(path.join(dir, 'assets'), { recursive: true });
        await fs.writeFile(path.join(dir, 'assets', 'aaaaaaaaaaaaaaaaaaaa.png'), crypto.randomBytes(50_000));
        await library.close();
        const made = await makeBackup(dir, await tempDir(), { zip });
        await damage(made.path);
        const target = path.join(await tempDir(), 'restored');
        const failure = await restoreBackup(made.path, target).catch((e: unknown) => e);
        expect(failure).toMatchObject({ key, message: expect.stringMatching(message) });
        expect((failure as Error).message).toContain('nothing was restored');
        await expect(fs.access(target)).rejects.toThrow();
        expect(await fs.readdir(path.dirname(target))).toEqual([]);
      });
    }
  });

  it('restores only into a new or empty folder, never into or around the open library', async () => {
    const { dir } = await usedLibrary();
    const made = await makeBackup(dir, await tempDir(), { zip: false });
    const full = await tempDir();
    await fs.writeFile(path.join(full, 'note.txt'), 'mine');
    await expect(restoreBackup(made.path, full)).rejects.toMatchObject({ key: 'error.backup.targetNotEmpty' });
    expect(await fs.readdir(full)).toEqual(['note.txt']);
    await expect(restoreBackup(made.path, path.join(dir, 'inside'), { openLibrary: dir })).rejects.toMatchObject({ key: 'error.backup.targetIsLibrary' });
    const empty = await tempDir();
    expect((await restoreBackup(made.path, empty)).articles).toBe(3); // with the sample article of a new library
  });

  it('refuses a backup folder inside the library, and a folder that is not a library', async () => {
    const dir = await tempDir();
    await (await openLibrary(dir)).close();
    await expect(makeBackup(dir, path.join(dir, 'backups'), { zip: false })).rejects.toMatchObject({ key: 'error.backup.destinationInLibrary' });
    await expect(makeBackup(await tempDir(), await tempDir(), { zip: false })).rejects.toMatchObject({ key: 'error.backup.notLibrary' });
  });
});

describe('the daily backup', () => {
  it('catches up at start when the newest backup is over a day old, not before; the retention prunes', async () => {
    const dir = await tempDir();
    const folder = await tempDir();
    const library = await openLibrary(dir);
    await library.saveSettings({ ...library.getSettings(), backupFolder: folder });
    const clock = { now: new Date('2026-12-01T02:00:00Z') };
    const backups = new Backups(library, () => clock.now);
    expect((await backups.view()).nextAt).toBe('2026-12-01T02:00:00Z');
    expect(await backups.runIfDue()).not.toBeNull();
    clock.now = new Date('2026-12-01T20:00:00Z');
    expect(await backups.runIfDue()).toBeNull();
    expect((await backups.view()).nextAt).toBe('2026-12-02T02:00:00Z');
    // A manual backup the same day (Shanghai) as the next one: only the newer of the two stays.
    clock.now = new Date('2026-12-02T03:00:00Z');
    await backups.run();
    clock.now = new Date('2026-12-02T04:00:00Z');
    expect(await backups.runIfDue()).toBeNull();
    await backups.run();
    const names = (await backups.view()).backups.map((b) => b.createdAt);
    expect(names).toEqual(['2026-12-02T04:00:00Z', '2026-12-01T02:00:00Z']);
    await library.saveSettings({ ...library.getSettings(), backupDaily: false });
    clock.now = new Date('2026-12-09T04:00:00Z');
    expect(await backups.runIfDue()).toBeNull();
    expect((await backups.view()).nextAt).toBeNull();
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups over a run of 400 days', async () => {
    const { keptBackups } = await import('../../main/backup/retention');
    const { formatDay } = await import('../../shared/dates');
    const dayOf = (iso: string) => formatDay(iso, 'Asia/Shanghai');
    let kept: { createdAt: string }[] = [];
    const start = Date.parse('2025-11-02T02:00:00Z'); // 10:00 in Shanghai
    for (let d = 0; d <= 399; d++) {
      kept.push({ createdAt: new Date(start + d * 86_400_000).toISOString().replace('.000Z', 'Z') });
      const keep = keptBackups(kept, dayOf);
      kept = kept.filter((b) => keep.has(b));
    }
    expect(dayOf(kept.at(-1)!.createdAt)).toBe('2026-12-06');
    const days = kept.map((b) => dayOf(b.createdAt)).sort();
    expect(days).toEqual([
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31',
      '2026-11-15', '2026-11-22', '2026-11-29',
      '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06',
    ]);
  });
});

describe('kill -9 in the middle of a backup', () => {
  for (const zip of [false, true]) {
    it(`leaves no backup under a final name, and the next backup succeeds (${zip ? 'zip' : 'folder'})`, async () => {
      const dir = await tempDir();
      const library = await Library.open(dir);
      await library.importMany(Array.from({ length: 1000 }, (_, i) => ({ title: `稿件${i}`, bodyHtml: `<p>${crypto.randomBytes(3000).toString('base64')}</p>` })));
      await library.close();
      await fs.mkdir(path.join(dir, 'assets'), { recursive: true });
      for (let i = 0; i < 20; i++) await fs.writeFile(path.join(dir, 'assets', `${String(i).padStart(20, '0')}.jpg`), crypto.randomBytes(1_000_000));
      const to = await tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'backup', '--library', dir, '--to', to, ...(zip ? ['--zip'] : [])], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Killed once the backup is well under way: its dot-name holds part of the library.
      let partial = '';
      for (let waited = 0; !partial && waited < 60_000; waited += 20) {
        await new Promise((r) => setTimeout(r, 20));
        const name = (await fs.readdir(to)).find((n) => n.includes('.partial-'));
        if (!name) continue;
        const size = zip ? (await fs.stat(path.join(to, name))).size : (await fs.readdir(path.join(to, name, 'library', 'articles')).catch(() => [])).length;
        if (size > (zip ? 2_000_000 : 300)) partial = name;
      }
      child.kill('SIGKILL');
      await exited;
      expect(partial).not.toBe('');
      expect(await fs.readdir(to)).toEqual([partial]);
      expect(await listBackups(to)).toEqual([]);

      const made = await makeBackup(dir, to, { zip });
      expect(await fs.readdir(to)).toEqual([made.name]);
      const { manifest } = await verifyBackup(made.path);
      expect(manifest.files).toBe((await libraryFiles(dir)).length);
      expect(manifest.files).toBeGreaterThan(1000 + 20);
    }, 120_000);
  }
});

describe('the backup calls', () => {
  it('back up on demand, list, and restore only into a full path outside the open library; every error is said in Chinese and English', async () => {
    const { dispatch } = await import('../../main/dispatch');
    const { createHandlers } = await import('../../main/handlers');
    const { resources } = await import('../../shared/i18n');
    const dir = await tempDir();
    const session = await openSession(dir);
    const handlers = createHandlers(session);
    const call = async (name: string, input: unknown) => {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as never;
    };
    await call('settings.save', { ...session.library.getSettings(), backupFolder: 'shelf' });
    const made: { name: string } = await call('backups.run', {});
    const view: { folder: string; backups: { name: string }[] } = await call('backups.view', {});
    expect(view.folder).toBe(path.join(path.dirname(dir), 'shelf')); // a relative folder is taken beside the library
    await tempDirAt(view.folder);
    expect(view.backups.map((b) => b.name)).toEqual([made.name]);
    await expect(call('backups.restore', { name: made.name, to: 'relative/folder' })).rejects.toMatchObject({ key: 'error.backup.relativeTarget' });
    await expect(call('backups.restore', { name: made.name, to: path.join(dir, 'inside') })).rejects.toMatchObject({ key: 'error.backup.targetIsLibrary' });
    await expect(call('backups.restore', { name: 'newsdesk-backup-nothing', to: path.join(await tempDir(), 'x') })).rejects.toMatchObject({ key: 'error.backup.notFound' });
    const target = path.join(await tempDir(), 'restored');
    expect(await call('backups.restore', { name: made.name, to: target })).toMatchObject({ path: target, articles: 1 });

    const keys = ['fileChanged', 'fileMissing', 'fileUnexpected', 'fileUnreadable', 'unsafeName', 'listMissing', 'listDamaged', 'zipTruncated', 'manifestDamaged', 'notFound', 'notLibrary', 'destinationInLibrary', 'zipTooLarge', 'targetNotEmpty', 'targetIsLibrary', 'relativeTarget', 'failed'];
    for (const language of ['zh-CN', 'en'] as const) {
      const messages = resources[language].translation.error.backup as Record<string, string>;
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    }
  });
});

/** Removes a folder the code under test made outside a temporary folder, after the test. */
async function tempDirAt(dir: string) {
  const { onTestFinished } = await import('vitest');
  onTestFinished(() => fs.rm(dir, { recursive: true, force: true }));
}
