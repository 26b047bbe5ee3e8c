import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeUrl } from '../../main/import/analyze';
import { fetchLimits } from '../../main/import/fetch-page';
import { defaultSite } from '../../main/library/seed';
import { freePort } from '../servers/servers';
import { articles, startNewsSite, type NewsSite } from '../servers/news-site';
import { openLibrary, tempDir } from './helpers';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => site?.close());

const context = async () => ({ site: await defaultSite(), summaries: () => [] });
const article = async (url: string) => {
  const found = await analyzeUrl(url, await context());
  if (found.kind !== 'article') throw new Error(`${url} read as a list`);
  return found.draft;
};
const failure = async (url: string, limits = fetchLimits) => {
  try {
    await analyzeUrl(url, await context(), { limits });
  } catch (error) {
    return (error as { key: string }).key;
  }
  return 'no failure';
};

describe('采集: a page fetched from its address', () => {
  it('reads GBK and GB2312 pages, whether the charset is in the header, the page, or nowhere', async () => {
    for (const [pathname, title] of [
      [articles[0]!.path, articles[0]!.title],
      ['/gbk-header.html', '山东开展消费者权益保护宣传'],
      ['/gbk-undeclared.html', '四川部署汛期通信保障工作'],
      ['/utf8-wrong-header.html', '江苏开展快递包装专项检查'],
    ] as const) {
      const draft = await article(site.url + pathname);
      expect(draft.error).toBeNull();
      expect(draft.fields).toMatchObject({ title, source: '河北省邮政管理局', author: '赵强' });
      expect(draft.body.join('')).toContain('寄递渠道安全');
      expect(draft.body.join('')).not.toMatch(/\uFFFD|锟斤拷|分享到|版权所有/);
    }
  });

  it("keeps the page's address as the original link when the page names none", async () => {
    const url = site.url + articles[1]!.path;
    const draft = await article(url);
    expect(draft.fields.originalUrl).toBe(url);
    expect(draft.fields.publishedAt).toBe(`${articles[1]!.date}T10:30:00+08:00`);
    expect(draft.columnName).toBe('工作动态');
  });

  it('follows a few redirects, and stops at a loop', async () => {
    expect((await article(`${site.url}/moved`)).fields.title).toBe(articles[0]!.title);
    expect(await failure(`${site.url}/loop/a`)).toBe('error.fetch.redirectLoop');
    expect(await failure(`${site.url}/moved`, { ...fetchLimits, maxRedirects: 2 })).toBe('error.fetch.redirectLoop');
  });

  it('says what went wrong: not found, timed out, refused, not a page, too large, bad certificate, not http', async () => {
    expect(await failure(`${site.url}/no-such-page.html`)).toBe('error.fetch.notFound');
    const started = Date.now();
    expect(await failure(`${site.url}/slow`, { ...fetchLimits, timeoutMs: 500 })).toBe('error.fetch.timedOut');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await failure(`http://127.0.0.1:${await freePort()}/`)).toBe('error.fetch.refused');
    expect(await failure(`${site.url}/photo.jpg`)).toBe('error.fetch.notWebPage');
    expect(await failure(`${site.url}/huge`)).toBe('error.fetch.tooLarge');
    expect(await failure(`${site.httpsUrl}${articles[0]!.path}`)).toBe('error.fetch.certificate');
    expect(await failure('file:///etc/passwd')).toBe('error.fetch.badUrl');
    expect(await failure('javascript:alert(1)')).toBe('error.fetch.badUrl');
  });

  it('finds the article links of a column list page, with their dates, and marks those already in the library', async () => {
    const library = await openLibrary(await tempDir());
    await library.create({ title: articles[2]!.title, originalUrl: site.url + articles[2]!.path });
    const found = await analyzeUrl(`${site.url}/xwzx/gzdt/`, { site: library.getSite(), summaries: () => library.summaries() });
    expect(found.kind).toBe('list');
    if (found.kind !== 'list') return;
    expect(found.links.map((l) => l.title)).toEqual(articles.map((a) => a.title));
    expect(found.links[0]).toEqual({ url: site.url + articles[0]!.path, title: articles[0]!.title, publishedAt: `${articles[0]!.date}T00:00:00+08:00`, inLibrary: false });
    expect(found.links.filter((l) => l.inLibrary).map((l) => l.url)).toEqual([site.url + articles[2]!.path]);
    // An article page with a list of related links is still an article.
    expect((await analyzeUrl(site.url + articles[0]!.path, await context())).kind).toBe('article');
  });
});

describe('采集 on the command line', () => {
  const cli = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], { encoding: 'utf8' });

  it('`newsdesk import URL --json` prints the fields; a list page imports its articles not in the library', async () => {
    const dir = await tempDir();
    const url = site.url + articles[3]!.path;
    // --json prints what each page gave; without --dry-run the article is saved too.
    const printed = JSON.parse((await cli(['import', url, '--library', dir, '--json'])).stdout);
    expect(printed).toEqual([{ file: url, title: articles[3]!.title, publishedAt: `${articles[3]!.date}T10:30:00+08:00`, source: '河北省邮政管理局', author: '赵强', originalUrl: url, column: '工作动态', body: expect.arrayContaining([expect.stringContaining('压实企业安全生产主体责任')]) }]);
    const listed = (await cli(['import', `${site.url}/xwzx/gzdt/`, '--library', dir])).stdout;
    expect(listed).toContain(`[已有] ${articles[3]!.date}`);
    expect(listed).toContain('imported 7');
    await expect(cli(['import', `${site.url}/missing.html`, '--library', dir])).rejects.toMatchObject({ stdout: expect.stringContaining('does not exist (HTTP 404)') });
    const library = await openLibrary(dir);
    expect(library.list({ trash: false, offset: 0, limit: 50, text: '行业安全工作会议' }).items).toHaveLength(8);
  }, 60_000);
});
