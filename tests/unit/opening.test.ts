import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { sessionEvents } from '../../main/events';
import { createHandlers } from '../../main/handlers';
import { Library } from '../../main/library/library';
import { Jobs } from '../../main/jobs';
import { Listeners } from '../../main/listeners';
import { handlersWhenOpen, Opening, openingEvents, openingLine, type OpenWork } from '../../main/opening';
import type { Session } from '../../main/session';
import type { AppEvent } from '../../shared/events';
import type { OpeningStatus } from '../../shared/opening';
import { openLibrary, openSession, tempDir } from './helpers';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

/** A library of `count` articles, in English, closed cleanly. */
async function library(count: number) {
  const dir = await tempDir();
  const made = await Library.open(dir);
  await made.saveSettings({ ...made.getSettings(), language: 'en' });
  await made.importMany(Array.from({ length: count }, (_, i) => ({ title: `第${i}篇 国务院常务会议`, bodyHtml: `<p>正文${i}</p>` })));
  await made.searchReady;
  await made.close();
  return dir;
}

/** The opening, with every status it went through. */
function watch(dir: string, work: OpenWork = (report) => openSession(dir, report)) {
  const opening = new Opening(work);
  const seen: OpeningStatus[] = [opening.status];
  opening.changed.add((status) => seen.push(status));
  return { opening, seen, steps: () => seen.flatMap((s) => (s.state === 'opening' ? [s.step.step] : [s.state])) };
}

describe('opening the library in the background', () => {
  it('after an unclean close: reads the catalogue, checks every article file, reads the changed ones, in the library’s language, then is open', async () => {
    const dir = await library(300);
    await fs.writeFile(path.join(dir, '.open'), '12345'); // left behind by a crash
    const { opening, seen, steps } = watch(dir);
    await opening.session;
    expect([...new Set(steps())]).toEqual(['library', 'catalogue', 'checking', 'reading', 'services', 'open']);
    const checked = seen.filter((s) => s.state === 'opening' && s.step.step === 'checking').at(-1);
    expect(checked).toEqual({ state: 'opening', step: { step: 'checking', done: 301, total: 301 }, language: 'en' });
    expect(opening.status).toEqual({ state: 'open' });
    expect(openingLine(checked!)).toBe('正在检查文章文件（上次未正常关闭）… 301/301');
  });

  it('with a damaged catalogue: rebuilding it, article files read counted up to all of them, and the list whole afterwards', async () => {
    const dir = await library(300);
    await fs.writeFile(path.join(dir, 'catalogue.json'), '{"version": 2, "rows": [[');
    const { opening, seen } = watch(dir);
    const session = await opening.session;
    const rebuilding = seen.flatMap((s) => (s.state === 'opening' && s.step.step === 'rebuilding' ? [s.step] : []));
    expect(rebuilding.length).toBeGreaterThan(2);
    expect(rebuilding.map((s) => s.done)).toEqual([...rebuilding.map((s) => s.done)].sort((a, b) => a - b));
    expect(rebuilding.at(-1)).toEqual({ step: 'rebuilding', done: 301, total: 301 });
    expect(session.library.list({ limit: 10 }).total).toBe(301);
    expect(session.library.info().notices).toContainEqual(expect.objectContaining({ key: 'notice.fileDamaged' }));
  });

  it('a locked library: the status keeps the clear error, and every call answers it', async () => {
    const dir = await tempDir();
    await openLibrary(dir); // another window has it
    const { opening } = watch(dir);
    const handlers = handlersWhenOpen(opening, (session) => createHandlers(session));
    const waiting = dispatch(handlers, 'articles.list', {});
    await expect(opening.session).rejects.toMatchObject({ code: 'library-locked' });
    expect(opening.status).toMatchObject({ state: 'failed', error: { code: 'library-locked', key: 'error.libraryLocked' } });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'library-locked', key: 'error.libraryLocked' } });
    expect(await dispatch(handlers, 'library.opening', {})).toMatchObject({ ok: true, value: { state: 'failed', error: { key: 'error.libraryLocked' } } });
  }, 20_000);

  it('calls made while opening wait and then answer; library.opening answers at once', async () => {
    const dir = await library(3);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { opening } = watch(dir, async (report) => {
      await held; // opening held at its first step
      return openSession(dir, report);
    });
    const handlers = handlersWhenOpen(opening, (session) => createHandlers(session));
    let answered = false;
    const list = dispatch(handlers, 'articles.list', {}).then((result) => ((answered = true), result));
    expect(await dispatch(handlers, 'library.opening', {})).toEqual({ ok: true, value: { state: 'opening', step: { step: 'library' } } });
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    release();
    expect(await list).toMatchObject({ ok: true, value: { total: 4 } }); // and the sample article of a new library
    expect(await dispatch(handlers, 'library.opening', {})).toEqual({ ok: true, value: { state: 'open' } });
  });
});

describe('the events a window hears from the start', () => {
  it('the opening’s progress and its end, then the session’s events; the unsubscribe stops both', async () => {
    const dir = await library(3);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { opening } = watch(dir, async (report) => {
      report.progress({ step: 'catalogue' });
      await held;
      return openSession(dir, report);
    });
    const events: AppEvent[] = [];
    const off = openingEvents(opening, sessionEvents)((event) => events.push(event));
    release();
    const session = await opening.session;
    await until(() => events.some((e) => e.name === 'library.opening' && e.status.state === 'open'));
    expect(events.filter((e) => e.name === 'library.opening').at(-1)).toEqual({ name: 'library.opening', status: { state: 'open' } });
    const article = await session.library.create({ title: '开了以后' });
    await until(() => events.some((e) => e.name === 'library.changed'));
    expect(events.filter((e) => e.name === 'library.changed')).toEqual([{ name: 'library.changed', ids: [article.id] }]);
    off();
    const count = events.length;
    await session.library.create({ title: '退订以后' });
    await new Promise((r) => setTimeout(r, 300));
    expect(events.length).toBe(count);
  });

  it('unsubscribed before the library is open: no session events follow', async () => {
    const dir = await library(1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { opening } = watch(dir, async (report) => (await held, openSession(dir, report)));
    const events: AppEvent[] = [];
    let subscribed = 0;
    const counting = (session: Session) => {
      subscribed++;
      return sessionEvents(session);
    };
    openingEvents(opening, counting)((event) => events.push(event))();
    release();
    const session = await opening.session;
    await session.library.create({ title: '没人听' });
    await new Promise((r) => setTimeout(r, 300));
    expect(subscribed).toBe(0);
    expect(events).toEqual([]);
  });

  it('search.progress: a library whose index file is gone tells the index building on, then ready', async () => {
    const dir = await library(1500);
    await fs.rm(path.join(dir, 'search-index.jsonl'));
    const opened = await openLibrary(dir);
    // Subscribed before the index's first read of the disk has come back.
    const events: AppEvent[] = [];
    const quiet = { onChange: () => () => undefined };
    const off = sessionEvents({ library: opened, publisher: quiet, handoff: { arrived: new Listeners() }, jobs: new Jobs() } as unknown as Session)((event) => events.push(event));
    await opened.searchReady;
    await until(() => events.some((e) => e.name === 'search.progress' && e.index.state === 'ready'));
    const index = events.flatMap((e) => (e.name === 'search.progress' ? [e.index] : []));
    expect(index[0]).toMatchObject({ state: 'building', total: 1501 });
    expect(index.at(-1)).toEqual({ state: 'ready' });
    off();
  });
});
