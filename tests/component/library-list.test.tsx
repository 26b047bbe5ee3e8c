import { useState } from 'react';
import { expect, test } from 'vitest';
import { client } from '../../renderer/api/client';
import { emptyFilters, type Filters } from '../../renderer/library/LibraryFilters';
import { LibraryPane } from '../../renderer/library/LibraryPane';
import type { SiteProfile } from '../../shared/site';
import { mount } from './mount';

const nothing = () => undefined;

/** The library's side of the window as the articles view holds it: the filters in its state, the list at a laptop's height. */
function Library({ site }: { site: SiteProfile }) {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  return (
    <aside className="library" style={{ height: 600 }}>
      <LibraryPane site={site} filters={filters} onFilters={setFilters} onRevealed={nothing} onOpen={nothing} onCreate={nothing} onFailure={(e) => console.error(e)} />
    </aside>
  );
}

test('the list and the hits follow the library’s events: an article written elsewhere appears in both, and the filters’ sources grow', async () => {
  const { site } = await client['library.info']({});
  const screen = await mount(<Library site={site} />);
  await expect.element(screen.getByRole('status').first()).toHaveTextContent('共 1 篇');

  // Written by another window (or the command line): nothing here asks for it.
  await client['articles.create']({ fields: { title: '寄递安全专项检查部署会召开', source: '江西省邮政管理局' } });
  await expect.element(screen.getByRole('status').first()).toHaveTextContent('共 2 篇');
  await expect.element(screen.getByText('寄递安全专项检查部署会召开')).toBeVisible();
  await expect.element(screen.getByRole('option', { name: '江西省邮政管理局' })).toBeInTheDocument();

  // The hits of a search on screen are asked again when the library changes.
  await screen.getByRole('searchbox').fill('专项检查');
  await expect.element(screen.getByText('找到 1 篇')).toBeVisible();
  await client['articles.create']({ fields: { title: '快递业专项检查情况通报' } });
  await expect.element(screen.getByText('找到 2 篇')).toBeVisible();
  await expect.element(screen.getByText('快递业专项检查情况通报', { exact: false }).first()).toBeVisible();
});
