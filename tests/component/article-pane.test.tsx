import { useCallback, useState } from 'react';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { subscribeEvents } from '../../renderer/api/events';
import { emptyFilters, type Filters } from '../../renderer/library/LibraryFilters';
import { LibraryPane } from '../../renderer/library/LibraryPane';
import { formatDayTime } from '../../shared/dates';
import type { SiteProfile } from '../../shared/site';
import { client } from '../../renderer/api/client';
import { ArticlePane, type Layout } from '../../renderer/article/ArticlePane';
import { keepUnsaved } from '../../renderer/article/unsaved-copy';
import { fieldsOf } from '../../shared/article';
import { mount } from './mount';

const layout: Layout = { showFields: true, showPreview: false };
const nothing = () => undefined;

/** The pane as the articles view holds it: drawn again from the disk when it asks to open its article (after a restore). */
function OpenArticle({ id, site, fresh = false }: { id: string; site: SiteProfile; fresh?: boolean }) {
  const [opened, setOpened] = useState(0);
  const reopen = useCallback(() => setOpened((n) => n + 1), []);
  return (
    <div className="editor-pane">
      <ArticlePane key={`${id}:${opened}`} id={id} site={site} fresh={fresh} layout={layout} onLayout={nothing} onFocusMode={nothing} onEdited={nothing} onOpen={reopen} onClosed={nothing} />
    </div>
  );
}

/** Every save state the label shows from now on (`data-state`, set with each word), repeats left out. */
function watchStates(mark: Element): () => string[] {
  const seen = [mark.getAttribute('data-state') ?? ''];
  new MutationObserver((records) => {
    for (const record of records) seen.push((record.target as Element).getAttribute('data-state') ?? '');
  }).observe(mark, { attributeFilter: ['data-state'] });
  return () => seen.filter((state, i) => state !== seen[i - 1]);
}

async function openNew(fields: Parameters<(typeof client)['articles.create']>[0]['fields'] = {}) {
  const { site } = await client['library.info']({});
  const article = await client['articles.create']({ fields });
  return { site, article };
}

test('shows the article’s fields as stored and saves what the editor types, saying so above the editor', async () => {
  const { site, article } = await openNew({ title: '关于推进邮政业发展的通知', source: '国家邮政局', author: '王伟', keywords: ['邮政', '快递'] });
  const screen = await mount(<OpenArticle id={article.id} site={site} />);

  await expect.element(screen.getByRole('textbox', { name: '标题' })).toHaveValue('关于推进邮政业发展的通知');
  await expect.element(screen.getByLabelText('来源')).toHaveValue('国家邮政局');
  await expect.element(screen.getByLabelText('作者')).toHaveValue('王伟');
  await expect.element(screen.getByLabelText('关键词')).toHaveValue('邮政，快递');

  await expect.element(screen.getByText(`第 ${article.revision} 版`, { exact: true })).toBeVisible();

  const states = watchStates(screen.getByTestId('save-state').element());
  await screen.getByLabelText('来源').fill('新华社');
  await expect.poll(async () => (await client['articles.get']({ id: article.id })).source).toBe('新华社');
  const saved = await client['articles.get']({ id: article.id });
  expect(saved.revision).toBeGreaterThan(article.revision);
  await expect.element(screen.getByText(`第 ${saved.revision} 版`, { exact: true })).toBeVisible();
  await expect.element(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect.element(screen.getByTestId('save-state')).toHaveTextContent('已保存');
  // On the way: 未保存 from the keystroke, then saving (the word 正在保存… shows only if the save takes longer than a moment).
  expect(states()).toEqual(['saved', 'unsaved', 'saving', 'saved']);
});

test('a new article calls no field wrong before the editor types in it; one the editor empties is called wrong at once', async () => {
  const { site, article } = await openNew();
  const screen = await mount(<OpenArticle id={article.id} site={site} fresh />);

  const title = screen.getByRole('textbox', { name: '标题' });
  await expect.element(title).toHaveValue('');
  await expect.element(screen.getByLabelText('来源')).toBeVisible();
  expect(screen.getByRole('alert').elements()).toEqual([]);

  await title.fill('标');
  await title.fill('');
  await expect.element(screen.getByRole('alert')).toHaveTextContent('标题不能为空');
  // The fields the editor has not touched still wait.
  expect(screen.getByRole('alert').elements()).toHaveLength(1);
});

test('an article opened again (not new) shows what is missing at once', async () => {
  const { site, article } = await openNew();
  const screen = await mount(<OpenArticle id={article.id} site={site} />);
  await expect.element(screen.getByRole('alert').filter({ hasText: '标题不能为空' })).toBeVisible();
});

test('a save refused because the article changed elsewhere says so, and keeps what was typed', async () => {
  const { site, article } = await openNew({ title: '原来的标题' });
  const screen = await mount(<OpenArticle id={article.id} site={site} />);
  const title = screen.getByRole('textbox', { name: '标题' });
  await expect.element(title).toHaveValue('原来的标题');
  await expect.element(screen.getByText(`第 ${article.revision} 版`)).toBeVisible();

  // Another window saves the article first.
  const stored = await client['articles.get']({ id: article.id });
  await client['articles.save']({ id: article.id, baseRevision: stored.revision, fields: { ...stored, author: '别处的作者' } });

  await title.fill('这里改的标题');
  const state = screen.getByTestId('save-state');
  await expect.element(state).toHaveAttribute('data-state', 'failed');
  await expect.element(state).toHaveTextContent('保存失败：这篇文章已在别处被修改');
  await expect.element(title).toHaveValue('这里改的标题');
  expect((await client['articles.get']({ id: article.id })).title).toBe('原来的标题');
});

test('after a kept version is restored, the fields (the keywords too) show that version', async () => {
  const { site, article } = await openNew({ title: '关键词测试', keywords: ['邮政', '快递'], source: '国家邮政局' });
  const later = await client['articles.save']({ id: article.id, baseRevision: article.revision, fields: { ...(await client['articles.get']({ id: article.id })), keywords: ['物流'], source: '新华社' } });
  const screen = await mount(<OpenArticle id={article.id} site={site} />);
  const keywords = screen.getByLabelText('关键词');
  await expect.element(keywords).toHaveValue('物流');
  await expect.element(screen.getByText(`第 ${later.revision} 版`, { exact: true })).toBeVisible();

  await screen.getByRole('button', { name: '历史版本' }).click();
  await screen.getByRole('list', { name: '版本列表' }).getByRole('button', { name: `第 ${article.revision} 版` }).click();
  await screen.getByRole('button', { name: `恢复第 ${article.revision} 版` }).click();

  await expect.element(keywords).toHaveValue('邮政，快递');
  await expect.element(screen.getByLabelText('来源')).toHaveValue('国家邮政局');
  const restored = await client['articles.get']({ id: article.id });
  expect(restored.keywords).toEqual(['邮政', '快递']);
  await expect.element(screen.getByText(`第 ${restored.revision} 版`, { exact: true })).toBeVisible();
});

test('text the editor had that never reached the disk is offered back, and once restored the fields (the keywords too) show it and it is saved', async () => {
  const { site, article } = await openNew({ title: '关键词测试', keywords: ['邮政', '快递'] });
  // As the pane keeps it before each save: this save never arrived (the app died first).
  keepUnsaved(article.id, { revision: article.revision, at: new Date().toISOString(), fields: { ...fieldsOf(article), keywords: ['恢复', '关键词'], author: '李编辑' } });
  const screen = await mount(<OpenArticle id={article.id} site={site} />);
  const keywords = screen.getByLabelText('关键词');
  await expect.element(keywords).toHaveValue('邮政，快递');

  await screen.getByRole('button', { name: '恢复编辑区的内容' }).click();
  await expect.element(keywords).toHaveValue('恢复，关键词');
  await expect.element(screen.getByLabelText('作者')).toHaveValue('李编辑');
  await expect.poll(async () => (await client['articles.get']({ id: article.id })).keywords).toEqual(['恢复', '关键词']);
});

/** The library's side of the window beside the pane, as the articles view holds them. */
function ListAndArticle({ id, site }: { id: string; site: SiteProfile }) {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  return (
    <div style={{ display: 'flex', height: 700 }}>
      <aside className="library" style={{ width: 360 }}>
        <LibraryPane site={site} filters={filters} onFilters={setFilters} onRevealed={nothing} onOpen={nothing} onCreate={nothing} onFailure={(e) => console.error(e)} />
      </aside>
      <OpenArticle id={id} site={site} />
    </div>
  );
}

test('a save of the body alone updates the article’s row from the save without reading the list again; a title edit and an article written elsewhere still show', async () => {
  const { site, article } = await openNew({ title: '邮政业安全生产会议召开', bodyHtml: '<p>会议部署旺季寄递服务保障工作。</p>' });
  const screen = await mount(<ListAndArticle id={article.id} site={site} />);
  const row = screen.getByRole('button', { name: /邮政业安全生产会议召开/ });
  await expect.element(row).toBeVisible();
  const list = client['articles.list'];
  let reads = 0;
  client['articles.list'] = (input) => {
    reads++;
    return list(input);
  };
  try {
    const heard = new Promise<void>((resolve) => {
      const stop = subscribeEvents((event) => event.name === 'library.changed' && event.ids.includes(article.id) && (stop(), resolve()));
    });
    await screen.getByRole('textbox', { name: '正文' }).click();
    await userEvent.keyboard('{Control>}{End}{/Control}冷链');
    await expect.poll(async () => (await client['articles.get']({ id: article.id })).bodyHtml).toContain('冷链');
    await heard;
    const saved = await client['articles.get']({ id: article.id });
    await expect.element(row).toHaveTextContent(formatDayTime(saved.updatedAt, site.timezone));

    // Written elsewhere after the save's own event: the list is read for it, once.
    await client['articles.create']({ fields: { title: '寄递安全专项检查部署会召开' } });
    await expect.element(screen.getByRole('button', { name: /寄递安全专项检查部署会召开/ })).toBeVisible();
    expect(reads).toBe(1);
  } finally {
    client['articles.list'] = list;
  }
  await screen.getByRole('textbox', { name: '标题' }).fill('邮政业安全生产会议召开（更新）');
  await expect.element(screen.getByRole('button', { name: /（更新）/ })).toBeVisible();
});
