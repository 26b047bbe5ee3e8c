import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../main/library/catalogue';
import { Library } from '../../main/library/library';
import type { ArticleFields } from '../../shared/article';
import { openLibrary, tempDir } from './helpers';

const article = (title: string, more: Partial<ArticleFields> = {}): Partial<ArticleFields> => ({
  title,
  column: 'yaowen',
  publishedAt: '2024-03-12T09:30:00+08:00',
  source: '广东省邮政管理局',
  author: '佚名',
  bodyHtml: '<p>全市邮政管理部门开展寄递安全专项检查。</p>',
  ...more,
});

async function sample() {
  const library = await openLibrary(await tempDir());
  const [first] = library.list({}).items; // the sample page
  await library.importMany([
    article('梅州市邮政管理局召开旺季服务保障会', { publishedAt: '2024-01-05T10:00:00+08:00', column: 'hangye', originalUrl: 'http://gd.spb.gov.cn/a.shtml', bodyHtml: '<p>冷库物流园区开展寄递安全专项检查。</p>' }),
    article('阿坝州推进快递进村', { publishedAt: '2025-06-01T10:00:00+08:00', source: '国家邮政局', author: '记者 王明', bodyHtml: '<p>无人机驿站在牧区落地，消费者申诉处理情况通报。</p>' }),
    article('长沙开展寄递安全培训', { publishedAt: '2023-02-01T10:00:00+08:00', status: 'draft', bodyHtml: '<p>培训覆盖全市快递网点，安全&amp;寄递并重。</p>' }),
  ]);
  return { library, sampleId: first!.id };
}

const titles = (page: { items: { title: string }[] }) => page.items.map((a) => a.title);

describe('the list', () => {
  it('sorts by publish date, last change or title, and counts what the filters keep', async () => {
    const { library } = await sample();
    expect(titles(library.list({ limit: 2 }))).toEqual(['阿坝州推进快递进村', '梅州市邮政管理局召开旺季服务保障会']);
    expect(library.list({ limit: 2 }).total).toBe(4);
    // Pinyin order, as a Chinese reader looks for a title: a(阿坝) < h(河源) < m(梅州) < z(长沙, zhǎng).
    expect(titles(library.list({ sort: 'title' })).map((t) => t[0])).toEqual(['阿', '河', '梅', '长']);
    const oldest = library.list({ sort: 'changed' }).items[3]!;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // last-change times are to the second
    await library.save(oldest.id, oldest.revision, { ...(await library.get(oldest.id)), title: `${oldest.title}（更新）` });
    expect(library.list({ sort: 'changed', limit: 1 }).items[0]!.id).toBe(oldest.id);
  });

  it('filters by column, source, author, publish days and original link', async () => {
    const { library } = await sample();
    expect(titles(library.list({ column: 'hangye' }))).toEqual(['梅州市邮政管理局召开旺季服务保障会']);
    expect(titles(library.list({ source: '国家邮政局' }))).toEqual(['阿坝州推进快递进村']);
    expect(titles(library.list({ author: '记者 王明' }))).toEqual(['阿坝州推进快递进村']);
    expect(titles(library.list({ from: '2024-01-01', to: '2024-12-31' }))).toEqual(['梅州市邮政管理局召开旺季服务保障会']);
    expect(library.list({ to: '2023-12-31' }).total).toBe(2); // 长沙 (2023-02) and the sample page (2023-10)
    expect(library.list({ hasOriginal: false }).items.map((a) => a.originalUrl)).toEqual(['', '']);
    expect(library.list({ hasOriginal: true }).total).toBe(2);
    expect(library.list({ offset: 3, limit: 10 }).items).toHaveLength(1);
  });
});

describe('full-text search', () => {
  it('finds words in the body, source and author, with the passage and the match marked', async () => {
    const { library } = await sample();
    const { hits, complete } = library.search({ query: '牧区' });
    expect(complete).toBe(true);
    expect(hits.map((h) => h.article.title)).toEqual(['阿坝州推进快递进村']);
    const [start, end] = hits[0]!.marks[0]!;
    expect(hits[0]!.snippet.slice(start, end)).toBe('牧区');
    expect(library.search({ query: '记者 王明' }).hits.map((h) => h.article.title)).toEqual(['阿坝州推进快递进村']);
    expect(library.search({ query: 'gd.spb.gov.cn' }).hits.length).toBeGreaterThanOrEqual(1);
    // Entities are text: "&amp;" in the body is searched as "&".
    expect(library.search({ query: '"安全&寄递"' }).hits.map((h) => h.article.title)).toEqual(['长沙开展寄递安全培训']);
  });

  it('matches a phrase in quotes only as written, and ranks title matches first', async () => {
    const { library } = await sample();
    expect(library.search({ query: '"寄递安全"' }).hits.map((h) => h.article.title)[0]).toBe('长沙开展寄递安全培训');
    expect(library.search({ query: '"安全寄递"' }).hits).toEqual([]);
    expect(library.search({ query: '安全 寄递' }).hits.length).toBeGreaterThanOrEqual(2);
  });

  it('combines with the filters, and searches the trash only when asked', async () => {
    const { library } = await sample();
    expect(library.search({ query: '寄递安全', column: 'hangye' }).hits.map((h) => h.article.title)).toEqual(['梅州市邮政管理局召开旺季服务保障会']);
    const target = library.list({ column: 'hangye' }).items[0]!;
    await library.trash(target.id);
    expect(library.search({ query: '冷库物流' }).hits).toEqual([]);
    expect(library.search({ query: '冷库物流', withTrash: true }).hits.map((h) => h.article.id)).toEqual([target.id]);
    await library.restore(target.id);
    expect(library.search({ query: '冷库物流' }).hits.map((h) => h.article.id)).toEqual([target.id]);
  });

  it('follows every save: the new words are found, the old ones are not', async () => {
    const { library } = await sample();
    const target = library.list({ source: '国家邮政局' }).items[0]!;
    const current = await library.get(target.id);
    await library.save(target.id, current.revision, { ...current, bodyHtml: '<p>高原邮路试点启动。</p>' });
    expect(library.search({ query: '高原邮路' }).hits.map((h) => h.article.id)).toEqual([target.id]);
    expect(library.search({ query: '牧区' }).hits).toEqual([]);
  });

  it('is stored in the library: reopening loads it and catches up with files changed after a crash', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await library.importMany([article('深圳快递业务量创新高', { bodyHtml: '<p>智能快件箱覆盖率提升。</p>' })]);
    await library.close();
    const stored = await fs.stat(path.join(dir, 'search-index.jsonl'));
    expect(stored.size).toBeGreaterThan(0);

    const again = await openLibrary(dir);
    await again.searchReady;
    expect(again.search({ query: '智能快件箱' }).hits).toHaveLength(1);
    // A save whose catalogue line never came (the process died): the article file is the truth.
    const id = again.search({ query: '智能快件箱' }).hits[0]!.article.id;
    await again.close();
    const file = path.join(dir, 'articles', `${id}.json`);
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...onDisk, title: '深圳快递业务量再创新高', bodyHtml: '<p>无人仓储中心投用。</p>', revision: onDisk.revision + 1 }));
    await fs.writeFile(path.join(dir, '.open'), '1');
    const recovered = await openLibrary(dir);
    expect(recovered.list({ sort: 'title' }).items.map((a) => a.title)).toContain('深圳快递业务量再创新高');
    await recovered.searchReady;
    expect(recovered.search({ query: '无人仓储' }).hits.map((h) => h.article.id)).toEqual([id]);
    expect(recovered.search({ query: '智能快件箱' }).hits).toEqual([]);
  });

  it('is rebuilt from the articles when its file is damaged, titles searched meanwhile', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await library.importMany([article('南宁邮政开展普遍服务培训', { bodyHtml: '<p>乡镇邮政所服务规范。</p>' })]);
    await library.close();
    await fs.writeFile(path.join(dir, 'search-index.jsonl'), '{"format":1,"ids":[');
    const reopened = await openLibrary(dir);
    const early = reopened.search({ query: '南宁邮政' });
    expect(early.hits.map((h) => h.article.title)).toEqual(['南宁邮政开展普遍服务培训']);
    await reopened.searchReady;
    expect(reopened.search({ query: '乡镇邮政所' }).hits).toHaveLength(1);
  });

  it('finds an article whose body is nearly the same as an imported page', async () => {
    const { library } = await sample();
    const body = '近日，阿坝州邮政管理局联合州商务局召开快递进村工作推进会，会议通报了全州快递服务网点建设情况，要求各快递企业加快村级网点布局，确保年底前实现建制村快递服务全覆盖。';
    const [made] = await library.importMany([article('阿坝州快递进村推进会', { bodyHtml: `<p>${body}</p>` })]);
    expect(library.similar(`${body.slice(0, -10)}（完）`).map((a) => a.id)).toEqual([made!.id]);
    expect(library.similar('成都市召开会议部署冬季安全生产工作，要求全市各部门落实安全责任，开展隐患排查治理，保障人民群众生命财产安全。')).toEqual([]);
  });
});

describe('the catalogue log', () => {
  it('is folded into the snapshot after 2,000 lines while saves go on', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'articles'));
    const catalogue = await Catalogue.rebuild(dir, []);
    const summary = (i: number) => ({
      id: `a${String(i % 50).padStart(6, '0')}`, title: `第${i}篇`, column: 'yaowen', publishedAt: '2024-03-12T09:30:00+08:00', source: '', author: '佚名',
      originalUrl: '', status: 'draft' as const, cover: '', reviewNote: '', createdAt: '2024-03-12T09:30:00+08:00', updatedAt: '2024-03-12T09:30:00+08:00', revision: i, deletedAt: null,
    });
    for (let i = 0; i < 2100; i++) await catalogue.put(summary(i));
    await catalogue.fold(); // the fold started at line 2,000 (or a later one), awaited here
    const log = await fs.readFile(path.join(dir, 'catalogue.log'), 'utf8').catch(() => '');
    expect(log.split('\n').filter(Boolean).length).toBeLessThan(2000);
    await expect(fs.stat(path.join(dir, 'catalogue.log.1'))).rejects.toThrow();
    const reread = await Catalogue.load(dir);
    expect(reread.get('a000049')!.title).toBe('第2099篇');
    expect(reread.size).toBe(50);
  });
});
