import { expect, test } from 'vitest';
import type { ArticleFields } from '../../shared/article';
import { client } from '../../renderer/api/client';
import { PublishView } from '../../renderer/publish/PublishView';
import { mount, opened } from './mount';

/** An article written elsewhere (another window), in the state given. */
async function article(fields: Partial<ArticleFields>) {
  const made = await client['articles.create']({ fields });
  return client['articles.save']({ id: made.id, baseRevision: made.revision, fields: { ...(await client['articles.get']({ id: made.id })), ...fields } });
}

const columnOf = async () => (await client['library.info']({})).site.columns[0]!;

/** The publisher's desk as the window shows it, on the review tab; failures the window would show are kept. */
async function openDesk() {
  const [{ site }, settings] = await Promise.all([client['library.info']({}), client['settings.get']({})]);
  const failures: unknown[] = [];
  const screen = await mount(<PublishView site={site} settings={settings} onSettings={() => undefined} onFailure={(e) => failures.push(e)} />);
  return { screen, site, failures };
}

/** A folder to publish to, and an FTP server that refuses every connection (nothing listens on port 1). */
async function targets() {
  const site = `${opened.scratch}/site`;
  await client['targets.save']({ target: { id: 'local', name: '本地网站', kind: 'folder', path: site, host: '', port: 0, user: '', keyFile: '', fingerprint: '' } });
  // The web shell keeps passwords in the key file named in settings.
  await client['settings.save']({ ...(await client['settings.get']({})), userName: '李审核', secretsFile: `${opened.scratch}/keys.json` });
  await client['targets.save']({ target: { id: 'closed', name: '关闭的服务器', kind: 'ftp', path: '/site', host: '127.0.0.1', port: 1, user: 'editor', keyFile: '', fingerprint: '' }, secret: 'secret' });
  await client['targets.setActive']({ id: 'local' });
}

test('the review list shows what editors sent for review; approving one queues it, sending one back asks why and returns it to its editor', async () => {
  const column = await columnOf();
  await article({ title: '省局召开安全生产会议', column: column.slug, source: '省邮政管理局', status: 'review' });
  const other = await article({ title: '快递业务量同比增长', column: column.slug, source: '国家邮政局', status: 'review' });
  await article({ title: '尚未写完的稿子', column: column.slug, status: 'draft' });
  const { screen, failures } = await openDesk();

  const list = screen.getByRole('list', { name: '待审稿件' });
  const first = list.getByRole('button', { name: /省局召开安全生产会议/ });
  await expect.element(first).toHaveTextContent(column.name);
  await expect.element(first).toHaveTextContent('省邮政管理局');
  await expect.element(list.getByRole('button', { name: /快递业务量同比增长/ })).toBeVisible();
  expect(list.getByRole('button').elements()).toHaveLength(2);

  // Opened: the page as the site will show it.
  await first.click();
  const frame = screen.getByTitle('预览').element() as HTMLIFrameElement;
  await expect.poll(() => frame.contentDocument?.querySelector('h1')?.textContent).toBe('省局召开安全生产会议');
  await screen.getByRole('button', { name: '通过并发布' }).click();
  await expect.element(screen.getByRole('status')).toHaveTextContent('已加入发布队列');
  await expect.element(list.getByRole('button', { name: /省局召开安全生产会议/ })).not.toBeInTheDocument();

  // Sent back only with a reason, which the editor then reads on the article.
  await list.getByRole('button', { name: /快递业务量同比增长/ }).click();
  const sendBack = screen.getByRole('button', { name: '退回', exact: true });
  await expect.element(sendBack).toBeDisabled();
  await screen.getByLabelText('退回意见').fill('请核对数据来源');
  await sendBack.click();
  await expect.element(screen.getByRole('status')).toHaveTextContent('已退回给编辑');
  await expect.element(screen.getByText('没有等待审核的稿件。')).toBeVisible();
  const returned = await client['articles.get']({ id: other.id });
  expect(returned.status).toBe('draft');
  expect(JSON.stringify(returned)).toContain('请核对数据来源');
  expect(failures).toEqual([]);
});

test('the queue shows an item approved in another window as it goes out, and a push that failed with its reason and when it is tried again', async () => {
  await targets();
  const column = await columnOf();
  const good = await article({ title: '省局召开安全生产会议', column: column.slug, status: 'review' });
  const { screen, failures } = await openDesk();
  await screen.getByRole('tab', { name: '发布队列' }).click();
  await expect.element(screen.getByText('队列是空的。')).toBeVisible();

  // Approved elsewhere: the queue shows it without being asked, and then that it is live.
  await client['queue.add']({ id: good.id, action: 'publish', notBefore: null });
  const queue = screen.getByRole('list', { name: '发布队列' });
  const item = queue.getByRole('listitem').filter({ hasText: '省局召开安全生产会议' });
  await expect.element(item).toHaveTextContent('[发布] 省局召开安全生产会议');
  await expect.element(item).toHaveTextContent(/已发布 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect.element(item).toHaveTextContent('审核人：李审核');

  await client['targets.setActive']({ id: 'closed' });
  const bad = await article({ title: '快递业务量同比增长', column: column.slug, status: 'review' });
  await client['queue.add']({ id: bad.id, action: 'publish', notBefore: null });
  const failed = queue.getByRole('listitem').filter({ hasText: '快递业务量同比增长' });
  await expect.element(failed.getByRole('alert')).toHaveTextContent('服务器拒绝连接：端口不对，或服务器上的 SFTP/FTP 服务没有运行。');
  await expect.element(failed).toHaveTextContent('失败');
  await expect.element(failed).toHaveTextContent(/将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? 自动重试/);
  await expect.element(failed.getByRole('button', { name: '立即发布' })).toBeVisible();

  // Cancelled: it leaves the queue's open items, and the live one stays as it was.
  await failed.getByRole('button', { name: '取消' }).click();
  await expect.element(failed).toHaveTextContent('已取消');
  await expect.element(failed.getByRole('button', { name: '立即发布' })).not.toBeInTheDocument();
  await expect.element(item).toHaveTextContent(/已发布/);
  expect(failures).toEqual([]);
});

test('the publication log shows each push: what went out where and by whom, and what failed and why', async () => {
  await targets();
  const column = await columnOf();
  const good = await article({ title: '省局召开安全生产会议', column: column.slug, status: 'review' });
  await client['queue.add']({ id: good.id, action: 'publish', notBefore: null });
  const { screen, failures } = await openDesk();
  await screen.getByRole('tab', { name: '发布记录' }).click();
  const rows = screen.getByRole('table', { name: '发布记录' }).getByRole('row');

  const done = rows.filter({ hasText: '成功' });
  await expect.element(done).toHaveTextContent('本地网站');
  await expect.element(done).toHaveTextContent('李审核');
  await expect.element(done).toHaveTextContent('[发布] 省局召开安全生产会议');
  await expect.element(done).toHaveTextContent(/上传 [1-9]\d* 个，删除 0 个/);

  // A later push fails: it shows up in the open log, with its reason.
  await client['targets.setActive']({ id: 'closed' });
  const bad = await article({ title: '快递业务量同比增长', column: column.slug, status: 'review' });
  await client['queue.add']({ id: bad.id, action: 'publish', notBefore: null });
  const failed = rows.filter({ hasText: '快递业务量同比增长' });
  await expect.element(failed).toHaveTextContent('失败: 服务器拒绝连接：端口不对，或服务器上的 SFTP/FTP 服务没有运行。');
  await expect.element(failed).toHaveTextContent('关闭的服务器');
  await expect.element(failed).toHaveTextContent('上传 0 个');
  // Newest first.
  await expect.element(rows.nth(1)).toHaveTextContent('快递业务量同比增长');
  expect(failures).toEqual([]);
});
