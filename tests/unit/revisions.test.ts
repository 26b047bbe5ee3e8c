import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../shared/article';
import { keptRevisions, type StoredRevision } from '../../shared/revision';
import { openLibrary, tempDir } from './helpers';

describe('revisions', () => {
  it('keeps every saved version that differs, once, and restoring one is a new revision', async () => {
    const library = await openLibrary(await tempDir());
    let article = await library.create({ title: '第一稿', bodyHtml: '<p>甲</p>' });
    article = await library.save(article.id, article.revision, { ...fieldsOf(article), title: '第二稿' });
    article = await library.save(article.id, article.revision, { ...fieldsOf(article), status: 'review', publishedAt: article.publishedAt, column: article.column });
    article = await library.save(article.id, article.revision, { ...fieldsOf(article), bodyHtml: '<p>甲乙</p>' });
    // A status change alone is not a new text.
    expect((await library.revisions.list(article.id)).map((r) => [r.revision, r.title, r.length])).toEqual([
      [4, '第二稿', 2],
      [2, '第二稿', 1],
      [1, '第一稿', 1],
    ]);
    const restored = await library.restoreRevision(article.id, 1, article.revision);
    expect(restored).toMatchObject({ title: '第一稿', bodyHtml: '<p>甲</p>', revision: 5 });
    expect((await library.revisions.list(article.id))[0]).toMatchObject({ revision: 5, title: '第一稿' });
    await expect(library.revisions.get(article.id, 3)).rejects.toMatchObject({ key: 'error.revisionNotFound' });
  });

  it('keeps the newest 50 and, before them, the last of each day', () => {
    const day = (d: number, n: number): StoredRevision => ({ revision: d * 100 + n, at: `2026-10-${String(d).padStart(2, '0')}T0${n}:00:00+08:00`, by: '', hash: `${d}-${n}`, fields: {} as never });
    const all = [...[1, 2, 3].flatMap((d) => [1, 2, 3].map((n) => day(d, n))), ...Array.from({ length: 50 }, (_, i) => day(20, i))];
    const kept = keptRevisions(all, (iso) => iso.slice(0, 10));
    expect(kept).toHaveLength(53);
    expect(kept.slice(0, 3).map((r) => r.revision)).toEqual([103, 203, 303]);
    expect(kept.slice(3)).toEqual(all.slice(-50));
  });

  it('prunes the file as it grows, and the kept versions stay readable', async () => {
    const library = await openLibrary(await tempDir());
    let article = await library.create({ title: '稿', bodyHtml: '<p>0</p>' });
    for (let i = 1; i <= 80; i++) article = await library.save(article.id, article.revision, { ...fieldsOf(article), bodyHtml: `<p>${i}</p>` });
    const list = await library.revisions.list(article.id);
    expect(list.length).toBeGreaterThanOrEqual(50);
    expect(list.length).toBeLessThanOrEqual(71);
    expect(list[0]!.revision).toBe(81);
    expect((await library.revisions.get(article.id, 81)).fields.bodyHtml).toBe('<p>80</p>');
  });
});
