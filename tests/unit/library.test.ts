import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/library/library';
import { ApiError } from '../../shared/errors';
import { openLibrary, tempDir } from './helpers';

const query = { trash: false, offset: 0, limit: 100 };

describe('a new library', () => {
  it('opens on the sample site and its sample page, every field filled', async () => {
    const library = await openLibrary(await tempDir());
    const info = library.info();
    expect(info.site.name).toBe('通讯邮递调研网');
    expect(info.site.domain).toBe('txyddy.org.cn');
    expect(info.site.columns.map((c) => c.name)).toContain('社会监督');
    expect(info.site.disclaimer).toContain('本文来源于网络转载');
    expect(info.site.icp).toBe('京ICP备14049160号-6');
    const [first] = library.list(query).items;
    const article = await library.get(first!.id);
    expect(article).toMatchObject({
      title: '河源、梅州、茂名、潮州局召开三季度政企联席会',
      column: 'jiandu',
      publishedAt: '2023-10-26T00:00:00+08:00',
      source: '广东省邮政管理局',
      author: '佚名',
      originalUrl: expect.stringMatching(/^http:\/\/gd\.spb\.gov\.cn\//),
    });
    expect(article.summary).not.toBe('');
    expect(article.keywords.length).toBeGreaterThan(0);
    expect(article.bodyHtml.match(/<p>/g)).toHaveLength(5);
  });
});

describe('articles', () => {
  it('are created, saved with a new revision, and found again after reopening', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const created = await library.create({ column: 'yaowen' });
    expect(created.author).toBe('佚名');
    expect(created.publishedAt).toMatch(/\+08:00$/);
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = created;
    const saved = await library.save(id, revision, { ...fields, title: '国家邮政局召开会议', bodyHtml: '<p>正文内容</p>' });
    expect(saved.revision).toBe(revision + 1);
    await library.close();

    const again = await openLibrary(dir);
    expect(await again.get(id)).toMatchObject({ title: '国家邮政局召开会议', bodyHtml: '<p>正文内容</p>', revision: revision + 1 });
  });

  it('refuses a save started from an older revision, and keeps the newer text', async () => {
    const library = await openLibrary(await tempDir());
    const a = await library.create({ title: '甲' });
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = a;
    await library.save(id, revision, { ...fields, title: '乙' });
    await expect(library.save(id, revision, { ...fields, title: '丙' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await library.get(id)).title).toBe('乙');
  });

  it('does not count an unchanged save as a revision', async () => {
    const library = await openLibrary(await tempDir());
    const a = await library.create({ title: '甲' });
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = a;
    expect((await library.save(id, revision, fields)).revision).toBe(revision);
  });

  it('will not mark an article with problems ready for review', async () => {
    const library = await openLibrary(await tempDir());
    const a = await library.create({ title: '' });
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = a;
    await expect(library.save(id, revision, { ...fields, status: 'review' })).rejects.toMatchObject({
      code: 'invalid-article',
      key: 'problem.titleRequired',
    });
    // Still a draft with the text the editor typed.
    expect((await library.save(id, revision, { ...fields, bodyHtml: '<p>留着</p>' })).bodyHtml).toBe('<p>留着</p>');
  });

  it('are listed newest first and filtered by column, status and title', async () => {
    const library = await openLibrary(await tempDir());
    await library.create({ title: '旧闻', column: 'yaowen', publishedAt: '2020-01-01T08:00:00+08:00' });
    await library.create({ title: '新闻 快递', column: 'kuaidi', publishedAt: '2026-01-01T08:00:00+08:00', status: 'review' });
    expect(library.list(query).items.map((a) => a.title)).toEqual(['新闻 快递', '河源、梅州、茂名、潮州局召开三季度政企联席会', '旧闻']);
    expect(library.list({ ...query, column: 'yaowen' }).items.map((a) => a.title)).toEqual(['旧闻']);
    expect(library.list({ ...query, status: 'review' }).items.map((a) => a.title)).toEqual(['新闻 快递']);
    expect(library.list({ ...query, text: '快递' }).total).toBe(1);
    expect(library.list({ ...query, limit: 2 })).toMatchObject({ total: 3, items: { length: 2 } });
  });

  it('are duplicated as a new draft', async () => {
    const library = await openLibrary(await tempDir());
    const [sample] = library.list(query).items;
    const copy = await library.duplicate(sample!.id);
    expect(copy.id).not.toBe(sample!.id);
    expect(copy.title).toBe(`${sample!.title}（副本）`);
    expect(copy.bodyHtml).toBe((await library.get(sample!.id)).bodyHtml);
  });

  it('go to the trash, come back, and are gone only when the trash is emptied', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    const a = await library.create({ title: '将删除' });
    await library.trash(a.id);
    expect(library.list(query).items.map((x) => x.id)).not.toContain(a.id);
    expect(library.list({ ...query, trash: true }).items.map((x) => x.id)).toEqual([a.id]);
    await library.restore(a.id);
    expect(library.list(query).items.map((x) => x.id)).toContain(a.id);
    await library.trash(a.id);
    expect(await library.emptyTrash()).toEqual({ removed: 1 });
    await expect(library.get(a.id)).rejects.toBeInstanceOf(ApiError);
    await expect(fs.access(path.join(dir, 'articles', `${a.id}.json`))).rejects.toThrow();
  });
});

describe('storage', () => {
  it('touches only the article file and one log line when saving', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    const a = await library.create({ title: '甲' });
    const snapshotBefore = await fs.stat(path.join(dir, 'catalogue.json')).catch(() => null);
    const logBefore = (await fs.stat(path.join(dir, 'catalogue.log'))).size;
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = a;
    await library.save(id, revision, { ...fields, title: '乙' });
    const snapshotAfter = await fs.stat(path.join(dir, 'catalogue.json')).catch(() => null);
    expect(snapshotAfter?.mtimeMs).toBe(snapshotBefore?.mtimeMs);
    const added = (await fs.readFile(path.join(dir, 'catalogue.log'))).subarray(logBefore).toString('utf8');
    expect(added.trim().split('\n')).toHaveLength(1);
    expect(added).toContain('乙');
  });

  it('recovers after a crash between writing an article and its catalogue line', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const a = await library.create({ title: '崩溃前' });
    // Simulate the crash: the article file has the new title, the log never got its line,
    // and the process died holding the library (its .open marker stays).
    const file = path.join(dir, 'articles', `${a.id}.json`);
    const stored = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...stored, title: '崩溃时写入', revision: stored.revision + 1 }));
    await fs.appendFile(path.join(dir, 'catalogue.log'), '{"id":"half a li');
    await (library as unknown as { unlock: () => Promise<void> }).unlock();

    const again = await openLibrary(dir);
    expect(again.list({ ...query, text: '崩溃时写入' }).total).toBe(1);
    expect((await again.get(a.id)).title).toBe('崩溃时写入');
  });

  it('ignores a log line cut short, after a clean close', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await library.create({ title: '完整' });
    await library.close();
    await fs.appendFile(path.join(dir, 'catalogue.log'), '{"id":"abc');
    const again = await openLibrary(dir);
    expect(again.list({ ...query, text: '完整' }).total).toBe(1);
  });

  it('moves a damaged catalogue aside, rebuilds it, and says where the old one went', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await library.create({ title: '保留' });
    await library.close();
    await fs.writeFile(path.join(dir, 'catalogue.json'), '{"version":1,"entries":[{"id":');
    const again = await openLibrary(dir);
    expect(again.list({ ...query, text: '保留' }).total).toBe(1);
    const [notice] = again.info().notices;
    expect(notice?.key).toBe('notice.fileDamaged');
    const moved = await fs.readFile(notice!.params.movedTo!, 'utf8');
    expect(moved).toBe('{"version":1,"entries":[{"id":');
  });

  it('keeps a site profile of the wrong shape aside and opens on the default one', async () => {
    const dir = await tempDir();
    await (await Library.open(dir)).close();
    await fs.writeFile(path.join(dir, 'site.json'), '{"name": 42}');
    const again = await openLibrary(dir);
    expect(again.getSite().name).toBe('通讯邮递调研网');
    expect(again.info().notices[0]?.params.file).toBe('site.json');
  });

  it('moves a damaged article aside and reports it instead of failing the library', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    const a = await library.create({ title: '坏文件' });
    await fs.writeFile(path.join(dir, 'articles', `${a.id}.json`), 'not json');
    await expect(library.get(a.id)).rejects.toMatchObject({ key: 'error.articleDamaged' });
    expect(library.list({ ...query, text: '坏文件' }).total).toBe(0);
    const files = await fs.readdir(path.join(dir, 'articles'));
    expect(files.some((f) => f.startsWith(`${a.id}.damaged-`))).toBe(true);
  });

  it('refuses a second process with a clear message', async () => {
    const dir = await tempDir();
    await openLibrary(dir);
    await expect(Library.open(dir)).rejects.toMatchObject({ code: 'library-locked', key: 'error.libraryLocked' });
  }, 20_000);
});
