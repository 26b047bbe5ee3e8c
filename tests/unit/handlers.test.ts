import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { callNames } from '../../shared/api';
import { fieldsOf, type Article } from '../../shared/article';
import type { JobStatus } from '../../shared/api';
import type { SitePage } from '../../shared/site-page';
import type { SiteProfile } from '../../shared/site';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openSession, tempDir } from './helpers';

async function setup() {
  const dir = await tempDir();
  const handlers = createHandlers(await openSession(dir));
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  return { handlers, call, dir };
}

describe('the handler table', () => {
  it("refuses an editor's save that sets 已通过: only the publisher approves", async () => {
    const { call } = await setup();
    const article = await call<Article>('articles.create', { fields: { title: '待批的稿件', bodyHtml: '<p>正文</p>' } });
    const { id, revision } = article;
    const fields = fieldsOf(article);
    await expect(call('articles.save', { id, baseRevision: revision, fields: { ...fields, status: 'approved' } })).rejects.toMatchObject({ key: 'error.approveByPublisher' });
    const saved = await call<Article>('articles.save', { id, baseRevision: revision, fields: { ...fields, status: 'review' } });
    expect(saved.status).toBe('review');
  });

  it('implements every call of the contract', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
  });

  it('refuses unknown calls and malformed input with typed errors, before any handler runs', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'articles.drop', {})).toMatchObject({ ok: false, error: { code: 'invalid-input', key: 'error.unknownCall' } });
    expect(await dispatch(handlers, 'articles.get', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { where: 'id' } },
    });
    expect(await dispatch(handlers, 'articles.list', { limit: 10_000 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'settings.save', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, 'articles.get', { id: 'zzzzzzzz' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('runs the article calls end to end', async () => {
    const { call } = await setup();
    const info = await call<{ articleCount: number }>('library.info', {});
    expect(info.articleCount).toBe(1);
    const created = await call<Article>('articles.create', { fields: { title: '新建', column: 'yaowen' } });
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...fields } = created;
    const saved = await call<Article>('articles.save', { id, baseRevision: revision, fields: { ...fields, source: '国家邮政局' } });
    expect(saved.source).toBe('国家邮政局');
    expect((await call<Article>('articles.get', { id })).source).toBe('国家邮政局');
    const page = await call<{ total: number; items: { id: string }[] }>('articles.list', { column: 'yaowen' });
    expect(page.items.map((a) => a.id)).toEqual([id]);
    const copy = await call<Article>('articles.duplicate', { id });
    expect((await call<Article>('articles.trash', { id: copy.id })).deletedAt).not.toBeNull();
    expect((await call<Article>('articles.restore', { id: copy.id })).deletedAt).toBeNull();
    await call('articles.trash', { id: copy.id });
    expect(await call('trash.empty', {})).toEqual({ removed: 1 });
  });

  it('reads and writes the site profile and the settings', async () => {
    const { call } = await setup();
    const site = await call<SiteProfile>('site.get', {});
    await call('site.save', { ...site, icp: '京ICP备00000000号-1' });
    expect((await call<SiteProfile>('site.get', {})).icp).toBe('京ICP备00000000号-1');
    expect(await call('settings.save', { language: 'en', userName: '王编辑' })).toEqual({ language: 'en', userName: '王编辑', updateUrl: '', secretsFile: '', outbox: '', inbox: '', backupFolder: '', backupZip: false, backupDaily: true, theme: 'system', showPreview: false, showFields: true });
    expect(await call('settings.get', {})).toEqual({ language: 'en', userName: '王编辑', updateUrl: '', secretsFile: '', outbox: '', inbox: '', backupFolder: '', backupZip: false, backupDaily: true, theme: 'system', showPreview: false, showFields: true });
    await expect(call('settings.save', { language: 'en', updateUrl: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('the site calls', () => {
  it('edit the site pages', async () => {
    const { call } = await setup();
    const pages = await call<SitePage[]>('sitePages.list', {});
    expect(pages.map((p) => p.title)).toEqual(['本网概况', '联系我们', '会员服务', '免责声明']);
    await call('sitePages.save', { slug: 'member', title: '会员服务', bodyHtml: '<p>新的会员说明</p>' });
    expect((await call<SitePage[]>('sitePages.list', {}))[2]!.bodyHtml).toBe('<p>新的会员说明</p>');
    await expect(call('sitePages.save', { slug: 'evil', title: 'x', bodyHtml: '' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('render the preview of an unsaved article', async () => {
    const { call } = await setup();
    const article = await call<Article>('articles.create', { fields: { column: 'yaowen' } });
    const { id, createdAt: _c, updatedAt: _u, revision: _r, deletedAt: _d, ...fields } = article;
    const page = await call<{ html: string; url: string }>('preview.render', { kind: 'article', id, fields: { ...fields, title: '尚未保存的标题' } });
    expect(page.html).toContain('<h1>尚未保存的标题</h1>');
    const list = await call<{ html: string; url: string }>('preview.render', { kind: 'list', id, fields: { ...fields, title: '尚未保存的标题' } });
    expect(list.url).toBe('/yaowen/');
    expect(list.html).toContain('尚未保存的标题');
  });

  it('export as a job that reports progress and a summary, never into the library', async () => {
    const { call, dir } = await setup();
    const out = await tempDir();
    let job = await call<JobStatus>('site.export', { out });
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20)); // as the renderer polls
      job = await call<JobStatus>('jobs.get', { id: job.id });
    }
    expect(job).toMatchObject({ state: 'done', result: { written: 21, out } });
    expect(job.done).toBe(job.total);
    await fs.access(path.join(out, 'index.html'));
    await expect(call('site.export', { out: path.join(dir, 'site') })).rejects.toMatchObject({ key: 'error.exportIntoLibrary' });
    await expect(call('jobs.get', { id: 'job999' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await call('dialog.pickFolder', {})).toEqual({ path: null }); // the web shell has no native dialog
  });
});
