import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/library/library';
import type { ArticleFields } from '../../shared/article';
import { openLibrary, tempDir } from './helpers';

// A name of two characters of its own per article (甲子, 乙子, …): words found in one article only.
const signs = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const nameOf = (i: number) => `${signs[i % 22]}${signs[Math.floor(i / 22) % 22]}`;

// Every body shares its sentences with all the others (their character pairs are frequent, kept
// as bit sets once the index is built) and holds one name of its own (rare, kept by FlexSearch).
const articles = (count: number): Partial<ArticleFields>[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `第${i}号通报`,
    column: 'yaowen',
    publishedAt: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T09:30:00+08:00`,
    source: '广东省邮政管理局',
    bodyHtml: `<p>全市邮政管理部门开展寄递安全专项检查，推动绿色包装落实。</p><p>驻点人员为“${nameOf(i)}”小组。</p>`,
  }));

async function builtLibrary(count: number) {
  const dir = await tempDir();
  const first = await Library.open(dir);
  await first.importMany(articles(count));
  await first.close();
  // Built from the articles at the next opening, as after an update of the app.
  await fs.rm(path.join(dir, 'search-index.jsonl'), { force: true });
  const library = await openLibrary(dir);
  return { dir, library };
}

const ids = (library: Library, query: string, more: { withTrash?: boolean } = {}) => library.search({ query, limit: 200, ...more }).hits.map((h) => h.article.id);

describe('the full-text index of a library', () => {
  it('finds phrases made of frequent characters and words of one article, after saves, trash and restore, and after reopening', async () => {
    const { dir, library } = await builtLibrary(150);
    await library.searchReady;
    expect(ids(library, '"寄递安全专项检查"')).toHaveLength(150);
    const [one] = ids(library, nameOf(7));
    expect(ids(library, nameOf(7))).toEqual([one]);
    expect((await library.get(one!)).title).toBe('第7号通报');

    const saved = await library.get(one!);
    await library.save(one!, saved.revision, { ...saved, bodyHtml: '<p>高原邮路试点启动。</p>' });
    expect(ids(library, '"寄递安全专项检查"')).toHaveLength(149);
    expect(ids(library, '"寄递安全专项检查"')).not.toContain(one);
    expect(ids(library, '高原邮路')).toEqual([one]);
    expect(ids(library, nameOf(7))).toEqual([]);

    const [other] = ids(library, nameOf(8));
    await library.trash(other!);
    expect(ids(library, nameOf(8))).toEqual([]);
    expect(ids(library, nameOf(8), { withTrash: true })).toEqual([other]);
    await library.restore(other!);
    expect(ids(library, nameOf(8))).toEqual([other]);
    await library.close();

    const again = await openLibrary(dir);
    await again.searchReady;
    expect(ids(again, '"寄递安全专项检查"')).toHaveLength(149);
    expect(ids(again, '高原邮路')).toEqual([one]);
    expect(ids(again, nameOf(8))).toEqual([other]);
    // A phrase whose pairs are all in every body, but not in this order, matches nothing.
    expect(ids(again, '"绿色包装专项检查"')).toEqual([]);
  });

  it('is rebuilt in the background when damaged, with progress, while titles are searched', async () => {
    const { dir, library } = await builtLibrary(250);
    await library.searchReady;
    await library.close();
    await fs.writeFile(path.join(dir, 'search-index.jsonl'), '{"format":3,"ids":["a');
    const reopened = await openLibrary(dir);
    // Wait for the build to be under way (it reads the articles in slices, reporting how far it is).
    while (reopened.searchState.state !== 'building' || reopened.searchState.total === 0) {
      expect(reopened.searchState.state).not.toBe('ready');
      await new Promise((resolve) => setImmediate(resolve));
    }
    const meanwhile = reopened.search({ query: '第12号' });
    expect(meanwhile.complete).toBe(false);
    expect(meanwhile.progress).toEqual({ state: 'building', done: expect.any(Number), total: 251 }); // and the sample page
    expect(meanwhile.hits.map((h) => h.article.title)).toEqual(['第12号通报']);
    expect(reopened.search({ query: nameOf(12) }).hits).toEqual([]); // a body word: not until the index is ready

    await reopened.searchReady;
    const after = reopened.search({ query: nameOf(12) });
    expect(after.complete).toBe(true);
    expect(after.hits.map((h) => h.article.title)).toEqual(['第12号通报']);
  });
});
