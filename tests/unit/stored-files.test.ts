import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { openSession, tempDir } from './helpers';

/** JSON of the right version and the right outer shape, but wrong inside: what a shallow check lets through. */
const wrongInside: Record<string, unknown> = {
  'queue.json': { version: 1, items: [{ id: 5, state: 'exploded' }] },
  'published.json': { version: 1, articles: { abcdef123456: { summary: { title: 7 } } } },
  'publog.json': { version: 1, records: [{ ok: 'yes', items: 'none' }] },
  'handoff.json': { version: 1, received: { abcdef123456: { senderRevision: 'x' } }, conflicts: {} },
  'targets.json': { version: 1, active: '', targets: [{ kind: 'ftp' }] },
  'catalogue.json': { version: 1, entries: [{ id: '../../etc', title: null }] },
};

describe('stored files are checked against their schema on load', () => {
  it.each(Object.keys(wrongInside))('%s of the wrong shape is moved aside, reported, and the library works', async (name) => {
    const dir = await tempDir();
    const first = await openSession(dir);
    const article = await first.library.create({ title: '标题', column: 'yaowen' });
    await first.close();
    await fs.writeFile(path.join(dir, name), JSON.stringify(wrongInside[name]));
    const session = await openSession(dir);
    const aside = (await fs.readdir(dir)).filter((f) => f.startsWith(`${path.basename(name, '.json')}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(await fs.readFile(path.join(dir, aside[0]!), 'utf8'))).toEqual(wrongInside[name]); // kept, not overwritten
    expect(session.library.info().notices).toContainEqual(expect.objectContaining({ params: expect.objectContaining({ file: expect.stringContaining(name) }) }));
    const handlers = createHandlers(session);
    for (const call of ['queue.view', 'publog.list', 'handoff.status', 'targets.list', 'articles.list', 'queue.publications'] as const) {
      expect(await dispatch(handlers, call, {}), call).toMatchObject({ ok: true });
    }
    expect((await session.library.get(article.id)).title).toBe('标题');
  });

  it('a kept version of the wrong shape is skipped; the others are listed and restored', async () => {
    const dir = await tempDir();
    const session = await openSession(dir);
    const handlers = createHandlers(session);
    const article = await session.library.create({ title: '第一版', column: 'yaowen' });
    await session.library.save(article.id, article.revision, { ...(await session.library.get(article.id)), title: '第二版' });
    await fs.appendFile(path.join(dir, 'revisions', `${article.id}.jsonl`), `${JSON.stringify({ revision: 9, at: 'x', by: 'x', hash: 'x', fields: { title: 5 } })}\n`);
    const listed = (await dispatch(handlers, 'revisions.list', { id: article.id })) as { ok: true; value: { revision: number; title: string }[] };
    expect(listed.value.map((r) => r.title)).toEqual(['第二版', '第一版']);
  });

  it('an export record of the wrong shape in the export folder makes a full export, not a broken one', async () => {
    const session = await openSession(await tempDir());
    const out = await tempDir('newsdesk-out-');
    await fs.writeFile(path.join(out, '.newsdesk-export.json'), JSON.stringify({ version: 3, base: 'x', pages: { 'index.html': { fingerprint: 1 } } }));
    const { SiteBuilder } = await import('../../main/site/builder');
    const result = await new SiteBuilder(session.library).export(out);
    expect(result.unchanged).toBe(0);
    expect(await fs.readFile(path.join(out, 'index.html'), 'utf8')).toContain('<html');
  });
});
