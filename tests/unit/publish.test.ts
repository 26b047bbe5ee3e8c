import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { manifestFile, pendingFile } from '../../main/publish/push';
import { articleUrl } from '../../shared/site-urls';
import { fileOfUrl } from '../../shared/site-urls';
import { folderTarget, publishingSession, readTree } from './publish-helpers';

const zone = 'Asia/Shanghai';
const pageOf = (a: { id: string; column: string; publishedAt: string }) => fileOfUrl(articleUrl(a, zone));

describe('the publish queue, to a folder', () => {
  it('publishes only what was approved, as it was approved, and logs the push', async () => {
    const { session, publisher, library, ready } = await publishingSession();
    await library.saveSettings({ ...library.getSettings(), userName: '王编辑' });
    const target = await folderTarget(session);
    const approved = await ready('邮政管理局召开会议');
    const notApproved = await ready('尚未审核的稿件');
    await publisher.enqueue(approved.id, 'publish', null);
    // Edited after approval: the approved copy is what goes out.
    const after = await library.get(approved.id);
    await library.save(after.id, after.revision, { ...after, title: '审核后又改的标题' });

    const result = await publisher.runDue();
    expect(result.published.map((i) => i.articleId)).toEqual([approved.id]);
    const page = await fs.readFile(path.join(target.path, pageOf(approved)), 'utf8');
    expect(page).toContain('邮政管理局召开会议');
    expect(page).not.toContain('审核后又改的标题');
    await expect(fs.access(path.join(target.path, pageOf(notApproved)))).rejects.toThrow();
    const home = await fs.readFile(path.join(target.path, 'index.html'), 'utf8');
    expect(home).toContain('邮政管理局召开会议');
    expect(home).not.toContain('尚未审核的稿件');

    const [record] = publisher.log.list().records;
    expect(record).toMatchObject({ ok: true, target: '正式网站', user: '王编辑', items: [{ articleId: approved.id, action: 'publish' }] });
    expect(record!.uploaded).toContain(pageOf(approved));
    const csv = publisher.log.csv();
    expect(csv.split('\n')[1]).toContain('邮政管理局召开会议');
    expect(csv).toContain('王编辑');
    expect(publisher.published.publications(zone)[approved.id]).toMatchObject({ revision: approved.revision + 1 });
  });

  it('tells the windows when a push has ended, so that the last view they load shows nothing running', async () => {
    const { session, publisher, ready } = await publishingSession();
    await folderTarget(session);
    const article = await ready('推送结束后再校验站点');
    await publisher.enqueue(article.id, 'publish', null);
    const seen: boolean[] = [];
    const off = publisher.onChange(() => seen.push(publisher.view().running !== null));
    await publisher.runDue();
    off();
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
  });

  it('pushes only the changed files the next time, and notices a page deleted on the server by hand', async () => {
    const { session, publisher, ready } = await publishingSession();
    const target = await folderTarget(session);
    for (let i = 0; i < 30; i++) await publisher.enqueue((await ready(`第${i}篇稿件`)).id, 'publish', null);
    await publisher.runDue();
    const first = publisher.log.list().records[0]!;
    expect(first.uploaded.length).toBeGreaterThan(30);

    const next = await ready('又一篇稿件', { publishedAt: '2026-11-21T09:00:00+08:00' });
    await publisher.enqueue(next.id, 'publish', null);
    await publisher.runDue();
    const second = publisher.log.list().records[0]!;
    expect(second.uploaded).toContain(pageOf(next));
    expect(second.uploaded).toContain('index.html');
    expect(second.uploaded.length).toBeLessThan(12);

    await fs.rm(path.join(target.path, pageOf(next)));
    const republish = await session.library.get(next.id);
    await publisher.enqueue(republish.id, 'publish', null);
    await publisher.runDue();
    expect(publisher.log.list().records[0]!.uploaded).toContain(pageOf(next));
    await expect(fs.readFile(path.join(target.path, pageOf(next)), 'utf8')).resolves.toContain('又一篇稿件');
    expect(JSON.parse(await fs.readFile(path.join(target.path, manifestFile), 'utf8')).files[pageOf(next)]).toBeTruthy();
    await expect(fs.access(path.join(target.path, pendingFile))).rejects.toThrow();
  });

  it('withdraws an article: its page is removed and the lists no longer show it', async () => {
    const { session, publisher, ready } = await publishingSession();
    const target = await folderTarget(session);
    const keep = await ready('保留的稿件');
    const pulled = await ready('要撤下的稿件');
    await publisher.enqueue(keep.id, 'publish', null);
    await publisher.enqueue(pulled.id, 'publish', null);
    await publisher.runDue();
    expect(await fs.readFile(path.join(target.path, 'jiandu/index.html'), 'utf8')).toContain('要撤下的稿件');

    await publisher.enqueue(pulled.id, 'withdraw', null);
    await publisher.runDue();
    await expect(fs.access(path.join(target.path, pageOf(pulled)))).rejects.toThrow();
    const list = await fs.readFile(path.join(target.path, 'jiandu/index.html'), 'utf8');
    expect(list).not.toContain('要撤下的稿件');
    expect(list).toContain('保留的稿件');
    expect(publisher.log.list().records[0]!.deleted).toEqual([pageOf(pulled)]);
    expect(publisher.published.publications(zone)[pulled.id]).toBeUndefined();
  });

  it('publishes a scheduled item when it is due and not before', async () => {
    const { session, publisher, ready, clock } = await publishingSession();
    const target = await folderTarget(session);
    const later = await ready('定时发布的稿件');
    await publisher.enqueue(later.id, 'publish', '2026-11-28T12:00:00+08:00');
    expect(publisher.view().items[0]).toMatchObject({ state: 'scheduled' });
    clock.now = new Date('2026-11-28T11:59:00+08:00');
    expect((await publisher.runDue()).published).toEqual([]);
    await expect(fs.access(path.join(target.path, pageOf(later)))).rejects.toThrow();
    clock.now = new Date('2026-11-28T12:00:01+08:00');
    expect((await publisher.runDue()).published.map((i) => i.articleId)).toEqual([later.id]);
    await expect(fs.access(path.join(target.path, pageOf(later)))).resolves.toBeUndefined();
  });

  it('keeps the queue across closing and reopening, and a push cut off by a crash waits again', async () => {
    const { session, publisher, ready } = await publishingSession();
    await folderTarget(session);
    const a = await ready('重启后继续发布');
    const item = await publisher.enqueue(a.id, 'publish', null);
    await publisher.queue.update([item.id], { state: 'publishing' }); // as a crash would leave it
    const dir = session.library.dir;
    await session.close();
    const again = await publishingSession(dir);
    expect(again.publisher.view().items[0]).toMatchObject({ id: item.id, state: 'waiting' });
    expect((await again.publisher.runDue()).published.map((i) => i.id)).toEqual([item.id]);
  });

  it('fails an unreachable target with the reason, retries later with growing waits, and publishes on "publish now"', async () => {
    const { session, publisher, ready, clock } = await publishingSession();
    await session.publisher.targets.save({ id: 'live', name: '正式网站', kind: 'sftp', path: '/srv/site', host: '127.0.0.1', port: 1, user: 'x', keyFile: '', fingerprint: '' });
    process.env.NEWSDESK_SECRET_LIVE = 'secret';
    try {
      const a = await ready('服务器不可达');
      await publisher.enqueue(a.id, 'publish', null);
      const first = (await publisher.runDue()).failed[0]!;
      expect(first).toMatchObject({ state: 'failed', attempts: 1, error: { key: 'error.deploy.refused' } });
      expect(Date.parse(first.retryAt!) - clock.now.getTime()).toBe(30_000);
      // Not due yet: nothing is tried.
      expect(await publisher.runDue()).toEqual({ published: [], failed: [] });
      clock.now = new Date(Date.parse(first.retryAt!) + 1000);
      const second = (await publisher.runDue()).failed[0]!;
      expect(Date.parse(second.retryAt!) - clock.now.getTime()).toBe(60_000);
      expect(publisher.log.list().records[0]).toMatchObject({ ok: false, error: { key: 'error.deploy.refused' } });

      await folderTarget(session);
      await publisher.targets.setActive('live');
      await publisher.retry(first.id);
      expect((await publisher.runDue()).published.map((i) => i.id)).toEqual([first.id]);
    } finally {
      delete process.env.NEWSDESK_SECRET_LIVE;
    }
  });

  it('cancels an item, and refuses to withdraw an article that is not on the site', async () => {
    const { session, publisher, ready } = await publishingSession();
    const target = await folderTarget(session);
    const a = await ready('取消的稿件');
    const item = await publisher.enqueue(a.id, 'publish', null);
    await publisher.cancel(item.id);
    expect((await publisher.runDue()).published).toEqual([]);
    expect(await readTree(target.path)).toEqual(new Map());
    await expect(publisher.enqueue(a.id, 'withdraw', null)).rejects.toMatchObject({ key: 'error.deploy.notPublished' });
  });
});

describe('the daily full check (校验站点), on its own schedule', () => {
  /**
   * Lets the publisher's timers and its real file work run until `done` holds, for up to 30 s of
   * real time (setImmediate and performance.now are not faked; the publisher's clock is the test's).
   */
  const until = async (done: () => boolean) => {
    for (const end = performance.now() + 30_000; performance.now() < end && !done(); ) {
      await vi.advanceTimersByTimeAsync(1000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(done()).toBe(true);
  };

  it('runs once the site is published, then again only after a day, each time putting back a page deleted by hand', async () => {
    const { session, publisher, clock, ready } = await publishingSession();
    const target = await folderTarget(session);
    const article = await ready('邮政管理局召开会议');
    await publisher.enqueue(article.id, 'publish', null);
    await publisher.runDue();
    const page = path.join(target.path, pageOf(article));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await fs.rm(page);
      publisher.start();
      await until(() => publisher.checks.last(target.id) !== null);
      const first = publisher.checks.last(target.id)!;
      expect(first).toMatchObject({ missing: [pageOf(article)], repaired: true, error: null });
      await expect(fs.readFile(page, 'utf8')).resolves.toContain('邮政管理局召开会议');

      // Deleted again: the queue looks every minute, but checks the whole site only once a day.
      await fs.rm(page);
      clock.now = new Date(clock.now.getTime() + 23 * 3600_000);
      const looks = vi.spyOn(publisher, 'runDue');
      await until(() => looks.mock.calls.length >= 3);
      expect(publisher.checks.last(target.id)!.at).toBe(first.at);
      await expect(fs.access(page)).rejects.toThrow();

      clock.now = new Date(clock.now.getTime() + 2 * 3600_000);
      await until(() => publisher.checks.last(target.id)!.at !== first.at);
      expect(publisher.checks.last(target.id)).toMatchObject({ missing: [pageOf(article)], repaired: true });
      await expect(fs.readFile(page, 'utf8')).resolves.toContain('邮政管理局召开会议');
    } finally {
      publisher.stop();
      vi.useRealTimers();
    }
  });
});
