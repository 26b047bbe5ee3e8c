import { useCallback, useState } from 'react';
import { expect, test } from 'vitest';
import type { SiteProfile } from '../../shared/site';
import { client } from '../../renderer/api/client';
import { ArticlePane, type Layout } from '../../renderer/article/ArticlePane';
import { mount } from './mount';

const layout: Layout = { showFields: true, showPreview: false };
const nothing = () => undefined;

/** The pane as the articles view holds it: drawn again from the disk when it asks to open its article (after a restore). */
function OpenArticle({ id, site, fresh = false }: { id: string; site: SiteProfile; fresh?: boolean }) {
  const [opened, setOpened] = useState(0);
  const reopen = useCallback(() => setOpened((n) => n + 1), []);
  return (
    <div className="editor-pane">
      <ArticlePane key={`${id}:${opened}`} id={id} site={site} fresh={fresh} layout={layout} onLayout={nothing} onFocusMode={nothing} onSaved={nothing} onEdited={nothing} onOpen={reopen} onClosed={nothing} />
    </div>
  );
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

  await screen.getByLabelText('来源').fill('新华社');
  await expect.element(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect.element(screen.getByTestId('save-state')).toHaveTextContent('已保存');
  expect((await client['articles.get']({ id: article.id })).source).toBe('新华社');
});
