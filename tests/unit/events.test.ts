import { EventEmitter } from 'node:events';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionEvents } from '../../main/events';
import { createHandlers } from '../../main/handlers';
import { createBridge, type RendererIpc } from '../../main/shell/bridge';
import { startWebShell, type WebShell } from '../../main/web/server';
import type { AppCommand } from '../../shared/api';
import type { AppEvent } from '../../shared/events';
import { openSession, tempDir } from './helpers';

let shell: WebShell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

/** Electron's ipcRenderer, as far as the bridge uses it: channels on an EventEmitter. */
function fakeIpc() {
  const emitter = new EventEmitter();
  const ipc: RendererIpc = {
    invoke: async (...args) => args,
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  return { ipc, emitter, send: (channel: string, value: unknown) => emitter.emit(channel, {}, value) };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the desktop bridge', () => {
  it('removes a menu listener when asked: re-registered five times (filters changed, articles opened), one Ctrl+N still makes one new article', () => {
    const { ipc, emitter, send } = fakeIpc();
    const bridge = createBridge(ipc);
    let created = 0;
    for (let i = 0; i < 5; i++) {
      const off = bridge.onCommand((command: AppCommand) => command === 'new-article' && created++);
      if (i < 4) off();
    }
    send('newsdesk:command', 'new-article');
    expect(created).toBe(1);
    expect(emitter.listenerCount('newsdesk:command')).toBe(1);
  });

  it('passes on only the contract’s commands and events, and each subscription returns its unsubscribe', () => {
    const { ipc, emitter, send } = fakeIpc();
    const bridge = createBridge(ipc);
    const seen: unknown[] = [];
    const offCommand = bridge.onCommand((c) => seen.push(c));
    const offEvent = bridge.onEvent((e) => seen.push(e));
    send('newsdesk:command', 'format-disk');
    send('newsdesk:event', { name: 'steal-secrets' });
    send('newsdesk:event', { name: 'queue.changed' });
    send('newsdesk:command', 'save');
    expect(seen).toEqual([{ name: 'queue.changed' }, 'save']);
    offCommand();
    offEvent();
    expect(emitter.eventNames()).toEqual([]);
  });

  it('sends only the contract’s calls', async () => {
    const bridge = createBridge(fakeIpc().ipc);
    await expect(bridge.invoke('library.info', {})).resolves.toEqual(['newsdesk:call', 'library.info', {}]);
    await expect(bridge.invoke('shell.exec' as never, {})).rejects.toThrow(/Unknown call/);
  });
});

describe('events from the session', () => {
  it('tells of written articles (gathered), queue changes and a job’s end, and stops when unsubscribed', async () => {
    const session = await openSession(await tempDir());
    const handlers = createHandlers(session);
    const events: AppEvent[] = [];
    const off = sessionEvents(session)((e) => events.push(e));
    const a = await handlers['articles.create']({ fields: { title: '一' } });
    const b = await handlers['articles.create']({ fields: { title: '二' } });
    await until(() => events.some((e) => e.name === 'library.changed'));
    expect(events.filter((e) => e.name === 'library.changed')).toEqual([{ name: 'library.changed', ids: [a.id, b.id] }]);

    await handlers['queue.add']({ id: a.id, action: 'publish', notBefore: '2099-01-01T00:00:00+08:00' });
    await until(() => events.some((e) => e.name === 'queue.changed'));
    expect(events.some((e) => e.name === 'queue.changed')).toBe(true);

    const out = await tempDir();
    const job = await handlers['site.export']({ out });
    await until(() => events.some((e) => e.name === 'job.progress' && e.job.state !== 'running'));
    expect(events.filter((e) => e.name === 'job.progress').at(-1)).toMatchObject({ job: { id: job.id, state: 'done', result: { out } } });

    off();
    const count = events.length;
    await handlers['articles.create']({ fields: { title: '三' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(events.length).toBe(count);
  });

  it('reach the web shell’s windows as server-sent events, behind the same token', async () => {
    const session = await openSession(await tempDir());
    const handlers = createHandlers(session);
    shell = await startWebShell(handlers, 0, undefined, sessionEvents(session));
    const url = new URL(shell.url);
    const events = new URL('/events', url);
    const refused = await new Promise<number>((resolve) =>
      http.get(events, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      }),
    );
    expect(refused).toBe(403);
    const cookie = await new Promise<string>((resolve) => http.get(url, (res) => resolve(res.headers['set-cookie']![0]!.split(';')[0]!)));
    const received: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get(events, { headers: { cookie } }, resolve));
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => received.push(chunk));
    await until(() => received.length > 0); // the stream's first comment: subscribed
    const article = await handlers['articles.create']({ fields: { title: '另一个窗口写的' } });
    await until(() => received.join('').includes('library.changed'));
    const line = received.join('').split('\n').find((l) => l.startsWith('data: '));
    expect(JSON.parse(line!.slice(6))).toEqual({ name: 'library.changed', ids: [article.id] });
    stream.destroy();
  });
});
