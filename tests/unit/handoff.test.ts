import fs from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../shared/article';
import { png } from '../png';
import { openSession, tempDir } from './helpers';

const image = png(40, 30);

/** An editor's library and a publisher's, sharing one folder as the editor's outbox and the publisher's inbox. */
async function twoDesks() {
  const shared = await tempDir('newsdesk-shared-');
  const editor = await openSession(await tempDir('newsdesk-editor-'));
  const publisher = await openSession(await tempDir('newsdesk-publisher-'));
  await editor.library.saveSettings({ ...editor.library.getSettings(), outbox: shared, userName: '张编辑' });
  await publisher.library.saveSettings({ ...publisher.library.getSettings(), inbox: shared });
  return { shared, editor, publisher };
}

const manifest = (article: object) => strToU8(JSON.stringify({ format: 'newsdesk-article', version: 1, article, sender: 'x', sentAt: '2026-11-28T10:00:00+08:00' }));

describe('hand-off from editors to the publisher', () => {
  it('a sent article, with its images, arrives in the review list of another library with the same id', async () => {
    const { shared, editor, publisher } = await twoDesks();
    const stored = await editor.library.assets.add('图.png', image);
    const article = await editor.library.create({ title: '送审的稿件', column: 'kuaidi', publishedAt: '2026-11-27T09:00:00+08:00', source: '国家邮政局', bodyHtml: `<p>正文</p><figure><img src="${stored.src}" alt="图"></figure>` });
    const { file } = await editor.handoff.send(article.id);
    expect(path.dirname(file)).toBe(shared);
    expect(path.basename(file)).toBe(`${article.id}-r1.newsdesk`);

    const [received] = await publisher.handoff.scanInbox();
    expect(received).toMatchObject({ outcome: 'new', articleId: article.id, title: '送审的稿件' });
    const arrived = await publisher.library.get(article.id);
    expect(fieldsOf(arrived)).toEqual({ ...fieldsOf(article), status: 'review' });
    expect(await fs.readFile(path.join(publisher.library.dir, stored.src))).toEqual(image);
    expect(await fs.readdir(shared)).toEqual(['.newsdesk-received']);
  });

  it('sending again updates the article instead of copying it, and the same package twice changes nothing', async () => {
    const { editor, publisher } = await twoDesks();
    const first = await editor.library.create({ title: '第一版', column: 'kuaidi', publishedAt: '2026-11-27T09:00:00+08:00' });
    const { file } = await editor.handoff.send(first.id);
    const bytes = await fs.readFile(file);
    await publisher.handoff.scanInbox();
    const second = await editor.library.save(first.id, first.revision, { ...fieldsOf(first), title: '第二版' });
    await editor.handoff.send(second.id);
    expect((await publisher.handoff.scanInbox())[0]).toMatchObject({ outcome: 'updated' });
    expect((await publisher.library.get(first.id)).title).toBe('第二版');
    expect(publisher.library.list({ trash: false, offset: 0, limit: 50, text: '版' }).total).toBe(1);
    expect(await publisher.handoff.receive(bytes, 'again.newsdesk')).toMatchObject({ outcome: 'unchanged' });
  });

  it('when both sides changed the article, the publisher sees both versions and chooses', async () => {
    const { editor, publisher } = await twoDesks();
    const article = await editor.library.create({ title: '原标题', column: 'kuaidi', publishedAt: '2026-11-27T09:00:00+08:00' });
    await editor.handoff.send(article.id);
    await publisher.handoff.scanInbox();
    const local = await publisher.library.get(article.id);
    await publisher.library.save(local.id, local.revision, { ...fieldsOf(local), title: '发布者改的标题' });
    const edited = await editor.library.save(article.id, article.revision, { ...fieldsOf(article), title: '编辑改的标题' });
    await editor.handoff.send(edited.id);

    expect((await publisher.handoff.scanInbox())[0]).toMatchObject({ outcome: 'conflict' });
    expect((await publisher.library.get(article.id)).title).toBe('发布者改的标题'); // nothing overwritten yet
    const { conflicts } = await publisher.handoff.status();
    expect(conflicts.map((c) => [c.mine.title, c.theirs.title])).toEqual([['发布者改的标题', '编辑改的标题']]);

    await publisher.handoff.resolve(article.id, 'theirs');
    expect((await publisher.library.get(article.id)).title).toBe('编辑改的标题');
    expect((await publisher.handoff.status()).conflicts).toEqual([]);
  });

  it('refuses bad packages with the reason and writes nothing outside the library', async () => {
    const { shared, publisher } = await twoDesks();
    const sample = await publisher.library.get(publisher.library.list({ trash: false, offset: 0, limit: 1 }).items[0]!.id);
    const good = { ...sample, id: 'abcdef123456' };
    const evil = path.join(path.dirname(shared), 'evil.txt');
    const bad: [string, Uint8Array | 'huge', string][] = [
      ['slip.newsdesk', zipSync({ 'article.json': manifest(good), '../evil.txt': strToU8('x') }), 'error.handoff.badEntry'],
      ['absolute.newsdesk', zipSync({ 'article.json': manifest(good), '/tmp/evil.txt': strToU8('x') }), 'error.handoff.badEntry'],
      ['none.newsdesk', zipSync({ 'images/a.png': image }), 'error.handoff.noArticle'],
      ['malformed.newsdesk', zipSync({ 'article.json': strToU8('{"format":"newsdesk-article","version":1,"article":{"title":1}}') }), 'error.handoff.badArticle'],
      ['not-json.newsdesk', zipSync({ 'article.json': strToU8('这不是 JSON') }), 'error.handoff.badArticle'],
      ['fake-image.newsdesk', zipSync({ 'article.json': manifest(good), 'images/x.png': strToU8('<script>alert(1)</script>') }), 'error.handoff.notImage'],
      ['not-zip.newsdesk', strToU8('plain text'), 'error.handoff.notZip'],
      ['huge.newsdesk', 'huge', 'error.handoff.tooLarge'],
    ];
    for (const [name, data] of bad) {
      if (data === 'huge') await fs.truncate(await fs.writeFile(path.join(shared, name), '').then(() => path.join(shared, name)), 201 * 1024 * 1024);
      else await fs.writeFile(path.join(shared, name), data);
    }
    const before = publisher.library.info().articleCount;
    const results = await publisher.handoff.scanInbox();
    expect(Object.fromEntries(results.map((r) => [path.basename(r.file), r.reason?.key]))).toEqual(Object.fromEntries(bad.map(([n, , key]) => [n, key])));
    expect(results.every((r) => r.outcome === 'refused')).toBe(true);
    expect(publisher.library.info().articleCount).toBe(before);
    await expect(fs.access(evil)).rejects.toThrow();
    await expect(fs.access('/tmp/evil.txt')).rejects.toThrow();
    expect((await fs.readdir(path.join(shared, '.newsdesk-refused'))).sort()).toEqual(bad.map(([n]) => n).sort());
  });

  it('says to set an outbox before sending', async () => {
    const session = await openSession(await tempDir());
    const id = session.library.list({ trash: false, offset: 0, limit: 1 }).items[0]!.id;
    await expect(session.handoff.send(id)).rejects.toMatchObject({ key: 'error.handoff.noOutbox' });
  });
});
