import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../main/library/library';
import { SiteBuilder } from '../../main/site/builder';
import { exportSite, stateFile } from '../../main/site/export';
import { planSite } from '../../main/site/plan';
import { RenderThread } from '../../main/site/render-thread';
import { Theme } from '../../main/site/theme';
import type { Article, ArticleFields } from '../../shared/article';
import { openLibrary, tempDir } from './helpers';

const all = { trash: false, offset: 0, limit: 1000 };

async function sample(library: Library): Promise<Article> {
  return library.get(library.list(all).items[0]!.id);
}

async function exportTo(library: Library) {
  const out = await tempDir('newsdesk-site-');
  const result = await new SiteBuilder(library).export(out);
  const read = (file: string) => fs.readFile(path.join(out, file), 'utf8');
  return { out, result, read };
}

function fieldsOf(article: Article): ArticleFields {
  const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, deletedAt: _d, ...fields } = article;
  return fields;
}

describe('the default theme', () => {
  it('shows every field of the sample page on its article page', async () => {
    const library = await openLibrary(await tempDir());
    const article = await sample(library);
    const { read } = await exportTo(library);
    const html = await read(`jiandu/202310/${article.id}.html`);
    expect(html).toContain('欢迎访问 通讯邮递调研网');
    expect(html).toContain('当前位置: <a href="/">首页</a> &gt; <a href="/jiandu/">社会监督</a> &gt; 正文');
    expect(html).toContain('<h1>河源、梅州、茂名、潮州局召开三季度政企联席会</h1>');
    expect(html).toMatch(/发布日期:2023-10-26.*来源: 广东省邮政管理局.*作者:佚名/);
    expect(html).toContain('<p>河源市邮政管理局强调,邮政企业要坚持');
    expect(html).toContain('原文链接:<a href="http://gd.spb.gov.cn/gdsyzglj/c100057/c100061/202310/10855d1563a94a318b34d4c76ceb3d03.shtml"');
    expect(html).toContain('[免责声明] 本文来源于网络转载');
    for (const text of ['本网概况', '联系我们', '会员服务', '免责声明', '网站地图', '北京金政国信资讯中心主办', '通讯邮递调研网 txyddy.org.cn 版权所有。', '京ICP备14049160号-6', '联系电话:010-57028685', '监督电话:15010596982', '地址:北京市西城区砖塔胡同56号院西配楼205室', '联系邮箱:txyddywang@tom.com 客服QQ:871104617']) {
      expect(html, text).toContain(text);
    }
  });

  it('omits the original link when there is none, and takes every text from the site profile', async () => {
    const library = await openLibrary(await tempDir());
    const article = await sample(library);
    await library.save(article.id, article.revision, { ...fieldsOf(article), originalUrl: '' });
    await library.saveSite({ ...library.getSite(), icp: '京ICP备99999999号-9', welcome: '欢迎光临测试网' });
    const { read } = await exportTo(library);
    const html = await read(`jiandu/202310/${article.id}.html`);
    expect(html).not.toContain('原文链接');
    expect(html).toContain('京ICP备99999999号-9');
    expect(html).toContain('欢迎光临测试网');
    expect(html).not.toContain('京ICP备14049160号-6');
  });

  it('writes the home page, the site pages, the site map, sitemap.xml, the feed and a 404 page', async () => {
    const library = await openLibrary(await tempDir());
    const article = await sample(library);
    const { read } = await exportTo(library);
    expect(await read('index.html')).toContain(`href="/jiandu/202310/${article.id}.html"`);
    expect(await read('about.html')).toContain('<h1>本网概况</h1>');
    expect(await read('disclaimer.html')).toContain('本文来源于网络转载');
    const map = await read('sitemap.html');
    for (const column of library.getSite().columns) expect(map).toContain(`<a href="/${column.slug}/">${column.name}</a>`);
    expect(await read('sitemap.xml')).toContain(`<loc>https://txyddy.org.cn/jiandu/202310/${article.id}.html</loc>`);
    const rss = await read('rss.xml');
    expect(rss).toContain('<title>河源、梅州、茂名、潮州局召开三季度政企联席会</title>');
    expect(rss).toContain('<pubDate>Wed, 25 Oct 2023 16:00:00 GMT</pubDate>');
    expect(rss).toContain('<description>近日,河源、梅州、茂名、潮州市邮政管理局分别与市邮政分公司召开2023年第三季度');
    expect(await read('404.html')).toContain('页面不存在');
  });

  it("gives the feed the body's opening words as plain text, escaped once, without script text", async () => {
    const library = await openLibrary(await tempDir());
    await library.create({ title: '订阅测试', column: 'jiandu', publishedAt: '2030-01-01T08:00:00+08:00', bodyHtml: '<p>邮政 &amp; 快递 <script>steal()</script><b>粗体</b>&lt;标记&gt;</p>' });
    const rss = await (await exportTo(library)).read('rss.xml');
    expect(rss).toContain('<description>邮政 &amp; 快递 粗体&lt;标记&gt;</description>');
    expect(rss).not.toContain('steal');
  });
});

describe('hostile input', () => {
  const hostile = [
    '<script>alert(1)</script><p>正文</p>',
    '<img src="x" onerror="alert(1)"><p>正文</p>',
    '<p><a href="javascript:alert(1)">点我</a>正文</p>',
    '<p onclick="alert(1)" style="background:url(javascript:alert(1))">正文</p>',
    '<iframe src="https://evil.example"></iframe><p>正文</p>',
    '<svg><script>alert(1)</script></svg><p>正文</p>',
    '<p><a href="JaVaScRiPt:alert(1)">x</a>正文</p>',
    '<form action="https://evil.example"><input name="q"></form><p>正文</p>',
    '<p><img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">正文</p>',
  ];
  it.each(hostile)('never reaches the page or the preview: %s', async (body) => {
    const library = await openLibrary(await tempDir());
    const article = await library.create({ title: '标题', column: 'yaowen', bodyHtml: body });
    const builder = new SiteBuilder(library);
    const { html: preview } = await builder.preview('article', article);
    const { read } = await exportTo(library);
    const page = await read(`yaowen/${article.publishedAt.slice(0, 4)}${article.publishedAt.slice(5, 7)}/${article.id}.html`);
    for (const html of [preview, page]) {
      const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('</article>'));
      expect(body).toContain('正文');
      expect(body).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<form|<input|data:text\/html|style=/i);
    }
  });

  it('sanitizes a body again at export when its file was written under other rules or by hand', async () => {
    const library = await openLibrary(await tempDir());
    const article = await library.create({ title: '标题', column: 'yaowen', bodyHtml: '<p>正文</p>' });
    // As an older version, or a hand edit, would leave the file: a script, and a sanitized copy made by other rules.
    const file = library.fileOf(article.id)!;
    const stored = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...stored, bodyHtml: '<p>正文<script>alert(1)</script></p>', siteBody: { rules: 'older', html: '<p>正文<script>alert(1)</script></p>' } }));
    const { read } = await exportTo(library);
    const page = await read(`yaowen/${article.publishedAt.slice(0, 4)}${article.publishedAt.slice(5, 7)}/${article.id}.html`);
    expect(page).toContain('<div class="body"><p>正文</p></div>');
  });

  it('keeps the editor\'s alignment, tables and sub/superscript, and no other style', async () => {
    const library = await openLibrary(await tempDir());
    const article = await sample(library);
    const bodyHtml = '<p style="text-align: center; color: red">居中</p><p>H<sub>2</sub>O m<sup>2</sup> <u>划线</u></p><table><tbody><tr><th colspan="2">表头</th></tr><tr><td>甲</td><td>乙</td></tr></tbody></table>';
    await library.save(article.id, article.revision, { ...fieldsOf(article), bodyHtml });
    const { read } = await exportTo(library);
    const html = await read(`jiandu/202310/${article.id}.html`);
    expect(html).toContain('<p style="text-align:center">居中</p>');
    expect(html).toContain('<p>H<sub>2</sub>O m<sup>2</sup> <u>划线</u></p>');
    expect(html).toContain('<th colspan="2">表头</th>');
    expect(html).not.toContain('color');
  });

  it('escapes field values', async () => {
    const library = await openLibrary(await tempDir());
    const article = await library.create({
      title: '<script>alert("t")</script>标题',
      source: '"><img src=x onerror=alert(1)>',
      author: "<b>佚名</b>'",
      column: 'yaowen',
      originalUrl: 'https://example.com/a?x="><script>alert(1)</script>',
    });
    const { html } = await new SiteBuilder(library).preview('article', article);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;标题</h1>');
    expect(html).toContain('作者:&lt;b&gt;佚名&lt;/b&gt;&#x27;');
    expect(html).toContain('来源: &quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });
});

describe('column lists', () => {
  async function columnOf(n: number) {
    const library = await openLibrary(await tempDir());
    await library.importMany(
      Array.from({ length: n }, (_, i) => ({
        title: `快递新闻${i + 1}`,
        column: 'kuaidi',
        // An hour apart: the newest is the last.
        publishedAt: `2024-01-${String(Math.floor(i / 24) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00+08:00`,
      })),
    );
    return exportTo(library);
  }
  const listed = (html: string) => [...html.matchAll(/<li><a href="[^"]+">(快递新闻\d+)<\/a>/g)].map((m) => m[1]);
  const exists = (out: string, file: string) => fs.access(path.join(out, file)).then(() => true, () => false);

  it('shows an empty column as one page saying so', async () => {
    const { out, read } = await columnOf(0);
    expect(await read('kuaidi/index.html')).toContain('本栏目暂无文章');
    expect(await exists(out, 'kuaidi/index_2.html')).toBe(false);
  });
  it('keeps 1 to 39 articles on the front page without a pager, newest first', async () => {
    for (const n of [1, 20, 21, 39]) {
      const { out, read } = await columnOf(n);
      const html = await read('kuaidi/index.html');
      expect(listed(html)).toHaveLength(n);
      expect(listed(html)[0]).toBe(`快递新闻${n}`);
      expect(html).not.toContain('class="pager"');
      expect(await exists(out, 'kuaidi/index_1.html')).toBe(false);
    }
  });
  it('pages older articles from the oldest (倒序分页), so a full page never changes as articles are added', async () => {
    const { read, result } = await columnOf(41);
    const front = await read('kuaidi/index.html');
    const oldest = await read('kuaidi/index_1.html');
    expect(listed(front)).toEqual(Array.from({ length: 21 }, (_, i) => `快递新闻${41 - i}`));
    expect(listed(oldest)).toEqual(Array.from({ length: 20 }, (_, i) => `快递新闻${20 - i}`));
    expect(front).toContain('<a href="/kuaidi/index_1.html">下一页</a>');
    expect(oldest).toContain('<a href="/kuaidi/">上一页</a>');
    expect(oldest).toContain('2024-01-01 至 2024-01-01');
    expect(result.written).toBeGreaterThan(41);

    // More articles: only the front page changes, until it holds 40 and a new full page splits off.
    const library = await openLibrary(await tempDir());
    await library.importMany(Array.from({ length: 41 }, (_, i) => ({ title: `快递新闻${i + 1}`, column: 'kuaidi', publishedAt: `2024-01-${String(Math.floor(i / 24) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00+08:00` })));
    const site = await tempDir('newsdesk-site-');
    const builder = new SiteBuilder(library);
    await builder.export(site);
    const listsWritten = async (n: number) => {
      await library.create({ title: `快递新闻${n}`, column: 'kuaidi', publishedAt: `2024-02-01T${String(n - 42).padStart(2, '0')}:00:00+08:00` });
      return (await builder.export(site)).files.written.filter((f) => f.startsWith('kuaidi/index')).sort();
    };
    for (let n = 42; n < 60; n++) expect(await listsWritten(n), `article ${n}`).toEqual(['kuaidi/index.html']);
    expect(await listsWritten(60)).toEqual(['kuaidi/index.html', 'kuaidi/index_1.html', 'kuaidi/index_2.html']);
    expect(listed(await fs.readFile(path.join(site, 'kuaidi/index_2.html'), 'utf8'))).toEqual(Array.from({ length: 20 }, (_, i) => `快递新闻${40 - i}`));
    expect(await listsWritten(61)).toEqual(['kuaidi/index.html']);
  });
});

describe('export', () => {
  it('keeps an article at its URL when its title changes', async () => {
    const library = await openLibrary(await tempDir());
    const article = await sample(library);
    const { out } = await exportTo(library);
    const saved = await library.save(article.id, article.revision, { ...fieldsOf(article), title: '新标题' });
    const again = await new SiteBuilder(library).export(out);
    expect(again.files.removed).toEqual([]);
    const page = await fs.readFile(path.join(out, `jiandu/202310/${saved.id}.html`), 'utf8');
    expect(page).toContain('<h1>新标题</h1>');
  });

  it('writes byte-identical files for the same library', async () => {
    const library = await openLibrary(await tempDir());
    await library.importMany(Array.from({ length: 45 }, (_, i) => ({ title: `文章${i}`, column: i % 2 ? 'yaowen' : 'kuaidi', publishedAt: '2024-05-01T08:00:00+08:00' })));
    const a = await exportTo(library);
    const b = await exportTo(library);
    const files = (await fs.readdir(a.out, { recursive: true })).filter((f) => f.endsWith('.html') || f.endsWith('.xml') || f.endsWith('.css')).sort();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(await b.read(file), file).toBe(await a.read(file));
  });

  it('rewrites only the pages a change touches', async () => {
    const library = await openLibrary(await tempDir());
    await library.importMany(Array.from({ length: 50 }, (_, i) => ({ title: `文章${i}`, column: 'kuaidi', publishedAt: `2024-05-${String(i % 28 + 1).padStart(2, '0')}T08:${String(i).padStart(2, '0')}:00+08:00` })));
    const { out, result: first } = await exportTo(library);
    const builder = new SiteBuilder(library);
    expect((await builder.export(out)).written).toBe(0);

    // The body only: the article page and the feed (its description); the sitemap's lastmod is a day, still today's.
    const oldest = await library.get(library.list({ ...all, column: 'kuaidi' }).items.at(-1)!.id);
    await library.save(oldest.id, oldest.revision, { ...fieldsOf(oldest), bodyHtml: '<p>改过的正文</p>' });
    const bodyOnly = await builder.export(out);
    expect(bodyOnly.files.written.sort()).toEqual([`kuaidi/202405/${oldest.id}.html`, 'rss.xml']);

    // The title: also the list page it is on and the home page if it shows there.
    const newest = await library.get(library.list({ ...all, column: 'kuaidi' }).items[0]!.id);
    await library.save(newest.id, newest.revision, { ...fieldsOf(newest), title: '改过的标题' });
    const retitled = await builder.export(out);
    expect(retitled.files.written.sort()).toEqual(['index.html', `kuaidi/202405/${newest.id}.html`, 'kuaidi/index.html', 'rss.xml']);

    // Deleting: its page goes, the front list loses it, and the full older list pages stay as they were.
    await library.trash(newest.id);
    const deleted = await builder.export(out);
    expect(deleted.files.removed).toEqual([`kuaidi/202405/${newest.id}.html`]);
    expect(deleted.files.written.sort()).toEqual(['index.html', 'kuaidi/index.html', 'rss.xml', 'sitemap.xml']);
    await expect(fs.access(path.join(out, `kuaidi/202405/${newest.id}.html`))).rejects.toThrow();
    expect(first.written).toBeGreaterThan(60);
    expect(JSON.parse(await fs.readFile(path.join(out, stateFile), 'utf8')).pages['index.html']).toBeTruthy();

    // What every page shows (the site profile here): every page again.
    await library.saveSite({ ...library.getSite(), icp: '粤ICP备00000001号' });
    const profile = await builder.export(out);
    expect(profile.unchanged).toBe(0);
    expect(await fs.readFile(path.join(out, 'kuaidi/index.html'), 'utf8')).toContain('粤ICP备00000001号');
  });

  it('replaces the pages of a folder whose export record was deleted, without a half-written moment', async () => {
    const library = await openLibrary(await tempDir());
    await library.importMany([{ title: '一篇', column: 'kuaidi', publishedAt: '2024-05-01T08:00:00+08:00' }]);
    const { out } = await exportTo(library);
    await fs.rm(path.join(out, stateFile));
    // A page served at the moment of writing is a hard link: replaced by a rename, the old bytes stay whole behind it.
    const served = path.join(out, 'served-index.html');
    await fs.link(path.join(out, 'index.html'), served);
    const before = await fs.readFile(served, 'utf8');
    await library.saveSite({ ...library.getSite(), icp: '粤ICP备00000002号' });
    await new SiteBuilder(library).export(out);
    expect(await fs.readFile(served, 'utf8')).toBe(before);
    expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).toContain('粤ICP备00000002号');
  });

  it("rewrites the pages when a partial of the library's theme changes, and includes nothing from outside the theme", async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    await fs.mkdir(path.join(dir, 'theme', 'parts'), { recursive: true });
    const note = path.join(dir, 'theme', 'parts', 'note.hbs');
    await fs.writeFile(note, '<p class="note">转载请注明出处</p>');
    const article = (await fs.readFile(path.resolve('assets/theme/article.hbs'), 'utf8')).replace('</article>', '{{> parts/note}}</article>');
    await fs.writeFile(path.join(dir, 'theme', 'article.hbs'), article);
    const out = await tempDir();
    const builder = new SiteBuilder(library);
    await builder.export(out);
    const page = (await fs.readdir(out, { recursive: true })).find((f) => /\d{6}\/\w+\.html$/.test(f))!;
    expect(await fs.readFile(path.join(out, page), 'utf8')).toContain('转载请注明出处');

    await fs.writeFile(note, '<p class="note">本文转自原文链接</p>');
    const again = await builder.export(out);
    expect(again.files.written).toContain(page);
    expect(await fs.readFile(path.join(out, page), 'utf8')).toContain('本文转自原文链接');

    // A mistake in a partial names the partial, not the page that includes it.
    await fs.writeFile(note, '<p class="note">\n{{#if site.name}}未闭合\n');
    await expect(builder.export(await tempDir())).rejects.toMatchObject({ code: 'theme-error', params: { file: 'parts/note.hbs' } });

    await fs.writeFile(path.join(dir, 'secret.hbs'), 'library secret');
    await fs.writeFile(path.join(dir, 'theme', 'article.hbs'), '{{> ../secret}}');
    await expect(builder.export(await tempDir())).rejects.toMatchObject({ code: 'theme-error', params: { file: 'article.hbs' } });
  });

  it('refuses a library template from before themes were Handlebars, naming the file to rewrite', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    await fs.mkdir(path.join(dir, 'theme'));
    await fs.writeFile(path.join(dir, 'theme', 'article.liquid'), "{% layout 'layout.liquid' %}");
    await expect(new SiteBuilder(library).export(await tempDir())).rejects.toMatchObject({ code: 'theme-error', key: 'error.themeOldFormat', params: { file: 'article.liquid', rewrite: 'article.hbs' } });
  });

  it('names the template file and line of a theme error', async () => {
    const dir = await tempDir();
    const library = await openLibrary(dir);
    await fs.mkdir(path.join(dir, 'theme'));
    await fs.writeFile(path.join(dir, 'theme', 'article.hbs'), '{{#> document-start}}{{article.title}}{{/document-start}}\n<h1>\n{{nosuchhelper article.title}}</h1>\n{{> document-end}}\n');
    const out = await tempDir();
    await expect(new SiteBuilder(library).export(out)).rejects.toMatchObject({ code: 'theme-error', params: { file: 'article.hbs', line: '3' } });
    // The same from the render thread of a large export, which then stops; no record is left claiming the pages.
    await library.importMany(Array.from({ length: 450 }, (_, i) => ({ title: `文章${i}`, column: 'yaowen', publishedAt: '2024-05-01T08:00:00+08:00' })));
    const large = await tempDir();
    await expect(new SiteBuilder(library).export(large)).rejects.toMatchObject({ code: 'theme-error', params: { file: 'article.hbs', line: '3' } });
    await expect(fs.access(path.join(large, stateFile))).rejects.toThrow();
  }, 60_000);
});

describe('a large export', () => {
  it('renders article pages on a second thread into the same bytes as on one', async () => {
    const library = await openLibrary(await tempDir());
    await library.importMany(Array.from({ length: 450 }, (_, i) => ({ title: `文章${i}`, column: i % 3 ? 'yaowen' : 'kuaidi', publishedAt: `2024-05-01T08:${String(i % 60).padStart(2, '0')}:00+08:00`, bodyHtml: `<p>正文${i}<script>x()</script></p>` })));
    const builder = new SiteBuilder(library);
    const model = await builder.model();
    const theme = Theme.forLibrary(library.dir);
    const load = (id: string) => library.get(id);
    const one = await tempDir('newsdesk-one-');
    const many = await tempDir('newsdesk-many-');
    let started = false;
    await exportSite(planSite(model, theme), load, one);
    await exportSite(planSite(model, theme), load, many, undefined, () => {
      started = true;
      return RenderThread.start(theme.files.snapshot, { site: model.site, columns: model.columns });
    });
    expect(started).toBe(true);
    const files = (await fs.readdir(one, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    expect(files.length).toBeGreaterThan(450);
    for (const file of files) expect(await fs.readFile(path.join(many, file), 'utf8'), file).toBe(await fs.readFile(path.join(one, file), 'utf8'));
    // The export's own record of what it wrote is the same too, whichever thread wrote a page.
    expect(await fs.readFile(path.join(many, '.newsdesk-export.json'), 'utf8')).toBe(await fs.readFile(path.join(one, '.newsdesk-export.json'), 'utf8'));
    expect(await fs.readFile(path.join(many, files.find((f) => f.includes('/202405/'))!), 'utf8')).not.toContain('<script>');
  }, 60_000);
});
