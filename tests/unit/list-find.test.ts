import { describe, expect, it } from 'vitest';
import { openLibrary, tempDir } from './helpers';

// The list tells where an article is among a query's matches, so a new or imported row can be scrolled to.
describe('the place of an article in the list', () => {
  it('is its index among the matches in the asked order, whatever page is asked, and absent when it does not match', async () => {
    const library = await openLibrary(await tempDir());
    await library.importMany(
      ['长沙', '阿坝', '梅州', '河源', '北京'].map((title, i) => ({
        title: `${title}开展寄递安全培训`,
        column: i % 2 ? 'hangye' : 'yaowen',
        publishedAt: `2024-0${i + 1}-12T09:30:00+08:00`,
        bodyHtml: '<p>培训覆盖全市快递网点。</p>',
      })),
    );
    const byTitle = library.list({ sort: 'title', limit: 1000 }).items;
    const meizhou = byTitle.find((a) => a.title.startsWith('梅州'))!;
    expect(library.list({ sort: 'title', find: meizhou.id, limit: 1 }).index).toBe(byTitle.indexOf(meizhou));
    const newestFirst = library.list({ limit: 1000 }).items;
    expect(library.list({ find: meizhou.id, offset: 4, limit: 1 }).index).toBe(newestFirst.indexOf(meizhou));
    const yaowen = library.list({ column: 'yaowen', limit: 1000 }).items;
    expect(library.list({ column: 'yaowen', find: meizhou.id, limit: 1 }).index).toBe(yaowen.indexOf(meizhou));
    expect(library.list({ column: 'hangye', find: meizhou.id }).index).toBeUndefined();
  });
});
