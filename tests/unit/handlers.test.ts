import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { callNames } from '../../shared/api';
import type { Article } from '../../shared/article';
import type { SiteProfile } from '../../shared/site';
import { openLibrary, tempDir } from './helpers';

async function setup() {
  const handlers = createHandlers(await openLibrary(await tempDir()));
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  return { handlers, call };
}

describe('the handler table', () => {
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
    expect(await call('settings.save', { language: 'en', userName: '王编辑' })).toEqual({ language: 'en', userName: '王编辑' });
    expect(await call('settings.get', {})).toEqual({ language: 'en', userName: '王编辑' });
  });
});
