import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { analyzeFile } from '../../main/import/analyze';
import { SiteBuilder } from '../../main/site/builder';
import { articleContext, commonContext } from '../../main/site/contexts';
import { fieldsOf } from '../../shared/article';
import { articleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { png } from '../png';
import { onWindows, skipBecause } from '../skip';
import { openLibrary, openSession, tempDir } from './helpers';

const badLinks = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', '/\\evil.example', 'https:evil.example', 'file:///etc/passwd'];

/** A zip of one entry whose data is given already deflated, declaring `size` (true or not). */
function zipOf(name: string, deflated: Uint8Array, size: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  return Buffer.concat([local, deflated, central, end]);
}

/**
 * `megabytes` of zeros, deflated (about a thousandth of the size): one 64 MB run, fully flushed
 * so it refers to nothing before it, repeated, then an empty final block.
 */
let run: Buffer | undefined;
function zerosDeflated(megabytes: number): Uint8Array {
  const flushed = (run ??= zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH }));
  return Buffer.concat([...Array.from({ length: Math.ceil(megabytes / 64) }, () => flushed), zlib.deflateRawSync(Buffer.alloc(0))]);
}

describe('links from articles and the site profile (defect 3)', () => {
  it('an unsafe original link is a field error, and never reaches a page', async () => {
    const library = await openLibrary(await tempDir());
    for (const link of badLinks) {
      const article = await library.create({ title: '标题', column: 'yaowen', originalUrl: link, bodyHtml: '<p>正文</p>' });
      expect(articleProblems(fieldsOf(article), ['yaowen']).originalUrl).toBe('problem.urlInvalid');
      await expect(library.save(article.id, article.revision, { ...fieldsOf(article), status: 'review' })).rejects.toMatchObject({ key: 'problem.urlInvalid' });
      const { html } = await new SiteBuilder(library).preview('article', article);
      expect(html).not.toMatch(/javascript:|data:text|vbscript:|href="\/\/|file:/i);
      expect(html).not.toContain('原文链接');
    }
    const good = await library.create({ title: '标题', column: 'yaowen', originalUrl: 'https://www.miit.gov.cn/a.html' });
    expect((await new SiteBuilder(library).preview('article', good)).html).toContain('<a href="https://www.miit.gov.cn/a.html"');
  });

  it('the site profile refuses unsafe footer links when saved, and pages leave out any that got into the file', async () => {
    const session = await openSession(await tempDir());
    const handlers = createHandlers(session);
    const site = session.library.getSite();
    for (const href of badLinks) {
      const result = await dispatch(handlers, 'site.save', { ...site, footerLinks: [{ label: '坏', href }] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      await expect(session.library.saveSite({ ...site, footerLinks: [{ label: '坏', href }] })).rejects.toMatchObject({ key: 'problem.linkUnsafe' });
    }
    expect(await dispatch(handlers, 'site.save', { ...site, footerLinks: [{ label: '邮箱', href: 'mailto:a@b.cn' }, { label: '关于', href: '/about.html' }] })).toMatchObject({ ok: true });
    // A profile that bypassed the checks (edited in memory, or by an older version) still renders safely.
    const hostile = { ...site, footerLinks: badLinks.map((href) => ({ label: '坏', href })).concat([{ label: '关于', href: '/about.html' }]) } as SiteProfile;
    const frame = { site: hostile, columns: [] };
    expect(JSON.stringify(commonContext(frame).site.footerLinks)).toBe('[{"label":"关于","href":"/about.html"}]');
    const article = await session.library.get(session.library.list({ trash: false, offset: 0, limit: 1 }).items[0]!.id);
    expect(articleContext(frame, { ...article, originalUrl: 'javascript:alert(1)' }).article.originalUrl).toBe('');
  });

  it('a site.json edited by hand with an unsafe link, an unknown time zone or a reserved column is set aside, not used', async () => {
    const dir = await tempDir();
    const first = await openLibrary(dir);
    const site = first.getSite();
    await first.close();
    for (const bad of [
      { ...site, footerLinks: [{ label: 'x', href: 'javascript:alert(1)' }] },
      { ...site, timezone: 'Mars/Olympus' },
      { ...site, columns: [...site.columns, { slug: 'con', name: '保留名' }] },
    ]) {
      await fs.writeFile(path.join(dir, 'site.json'), JSON.stringify(bad));
      const library = await openLibrary(dir);
      expect(library.getSite().timezone).toBe('Asia/Shanghai');
      expect(library.getSite().footerLinks.every((l) => !l.href.includes('javascript'))).toBe(true);
      expect(library.getSite().columns.some((c) => c.slug === 'con')).toBe(false);
      // and the library still saves and exports
      const article = await library.create({ title: '标题', column: 'yaowen', bodyHtml: '<p>正文</p>' });
      await library.save(article.id, article.revision, { ...fieldsOf(article), title: '新标题' });
      const out = await tempDir('newsdesk-site-');
      await new SiteBuilder(library).export(out);
      await library.close();
    }
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('site.damaged-')).length).toBe(3);
  });
});

describe('the site profile (defect 6)', () => {
  it('refuses a time zone Intl does not know and the column folders Windows reserves, with a field message', async () => {
    const session = await openSession(await tempDir());
    const site = session.library.getSite();
    await expect(session.library.saveSite({ ...site, timezone: 'Mars/Olympus' })).rejects.toMatchObject({ key: 'problem.timezoneUnknown' });
    for (const slug of ['con', 'prn', 'aux', 'nul', 'com1', 'lpt9', 'CON'.toLowerCase()]) {
      await expect(session.library.saveSite({ ...site, columns: [...site.columns, { slug, name: '栏目' }] })).rejects.toMatchObject({ key: 'problem.slugReserved' });
    }
    // and after a refused save, saving articles still works
    const article = await session.library.create({ title: '标题', column: 'yaowen' });
    await session.library.save(article.id, article.revision, { ...fieldsOf(article), title: '改' });
    expect(await session.library.saveSite({ ...site, timezone: 'Europe/Berlin', columns: [...site.columns, { slug: 'console', name: '控制台' }] })).toMatchObject({ timezone: 'Europe/Berlin' });
  });
});

async function publisherDesk() {
  const inbox = await tempDir('newsdesk-inbox-');
  const publisher = await openSession(await tempDir('newsdesk-publisher-'));
  await publisher.library.saveSettings({ ...publisher.library.getSettings(), inbox });
  const sample = await publisher.library.get(publisher.library.list({ trash: false, offset: 0, limit: 1 }).items[0]!.id);
  return { inbox, publisher, article: { ...sample, id: 'abcdef123456' } };
}

const manifest = (article: object) => strToU8(JSON.stringify({ format: 'newsdesk-article', version: 1, article, sender: 'x', sentAt: '2026-11-28T10:00:00+08:00' }));

const noFifos = skipBecause('FIFOs and links to /dev/zero in the inbox', onWindows ? 'Windows has neither' : null);

describe('the inbox (defect 4)', () => {
  it.skipIf(noFifos)('reads only regular files: a link to /dev/zero and a FIFO are refused at once, the rest of the inbox still comes in', async () => {
    const { inbox, publisher, article } = await publisherDesk();
    await fs.symlink('/dev/zero', path.join(inbox, 'a-zero.newsdesk'));
    execFileSync('mkfifo', [path.join(inbox, 'b-fifo.newsdesk')]);
    await fs.mkdir(path.join(inbox, 'c-folder.newsdesk'));
    await fs.writeFile(path.join(inbox, 'd-good.newsdesk'), zipSync({ 'article.json': manifest(article) }));
    const results = await publisher.handoff.scanInbox();
    expect(results.map((r) => [path.basename(r.file), r.outcome, r.reason?.key])).toEqual([
      ['a-zero.newsdesk', 'refused', 'error.handoff.notRegular'],
      ['b-fifo.newsdesk', 'refused', 'error.handoff.notRegular'],
      ['c-folder.newsdesk', 'refused', 'error.handoff.notRegular'],
      ['d-good.newsdesk', 'new', undefined],
    ]);
    expect((await publisher.library.get('abcdef123456')).status).toBe('review');
  });

  it.skipIf(noFifos)('a pipe or a link to a device named for import is refused, not read', async () => {
    const session = await openSession(await tempDir());
    const dir = await tempDir();
    execFileSync('mkfifo', [path.join(dir, 'page.html')]);
    await fs.symlink('/dev/zero', path.join(dir, 'zero.docx'));
    const handlers = createHandlers(session);
    for (const name of ['page.html', 'zero.docx']) {
      expect(await dispatch(handlers, 'import.path', { path: path.join(dir, name) })).toMatchObject({ ok: false, error: { key: 'error.handoff.notRegular' } });
    }
  });
});

describe('packages (defect 7, and 3 for packages)', () => {
  it("writes no image of a package that is refused, and says why in a sentence, not a dump", async () => {
    const { inbox, publisher, article } = await publisherDesk();
    const image = png(30, 20);
    const stored = await (await openLibrary(await tempDir())).assets.add('a.png', image);
    const name = stored.src.slice('/assets/'.length);
    const packages: [string, Uint8Array, string][] = [
      ['mismatch.newsdesk', zipSync({ 'article.json': manifest(article), [`images/${name}`]: image, 'images/0000000000aaaaaaaaaa.png': png(10, 10) }), 'error.handoff.imageMismatch'],
      ['link.newsdesk', zipSync({ 'article.json': manifest({ ...article, originalUrl: ' JaVaScript:alert(1)' }), [`images/${name}`]: image }), 'error.handoff.unsafeLink'],
      ['data.newsdesk', zipSync({ 'article.json': manifest({ ...article, originalUrl: 'data:text/html,<script>alert(1)</script>' }), [`images/${name}`]: image }), 'error.handoff.unsafeLink'],
      ['malformed.newsdesk', zipSync({ 'article.json': manifest({ ...article, revision: 'many', title: 5 }), [`images/${name}`]: image }), 'error.handoff.badArticle'],
    ];
    for (const [file, bytes] of packages) await fs.writeFile(path.join(inbox, file), bytes);
    const results = await publisher.handoff.scanInbox();
    expect(Object.fromEntries(results.map((r) => [path.basename(r.file), r.reason?.key]))).toEqual(Object.fromEntries(packages.map(([n, , key]) => [n, key])));
    expect(await fs.readdir(path.join(publisher.library.dir, 'assets')).catch(() => [])).not.toContain(name);
    const malformed = results.find((r) => r.file.endsWith('malformed.newsdesk'))!.reason!;
    expect(malformed.message).not.toMatch(/[[{]\s*"/);
    expect(malformed.params?.detail).toBe('title');
  });

  it('refuses a package that inflates beyond its limit, whatever its zip declares, before holding it in memory', async () => {
    const { publisher } = await publisherDesk();
    const bomb = zerosDeflated(500);
    for (const declared of [500 * 1024 * 1024, 1000]) {
      const result = await publisher.handoff.receive(zipOf('article.json', bomb, declared), 'bomb.newsdesk');
      expect(result).toMatchObject({ outcome: 'refused', reason: { key: 'error.handoff.tooLargeUnpacked' } });
    }
    const many = Object.fromEntries(Array.from({ length: 2100 }, (_, i) => [`images/${i}.png`, new Uint8Array(1)]));
    expect(await publisher.handoff.receive(zipSync({ 'article.json': strToU8('{}'), ...many }), 'many.newsdesk')).toMatchObject({ reason: { key: 'error.handoff.tooManyEntries' } });
  });
});

describe('Word documents (defect 5)', () => {
  it('a small .docx that inflates to a gigabyte is refused with a readable reason, quickly', async () => {
    const library = await openLibrary(await tempDir());
    const context = { site: library.getSite(), summaries: () => library.summaries() };
    const bomb = zerosDeflated(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    for (const declared of [1024 * 1024 * 1024 - 1, 5000]) {
      const draft = await analyzeFile('炸弹.docx', Buffer.from(zipOf('word/document.xml', bomb, declared)), context);
      expect(draft.error).toMatchObject({ key: 'error.import.docxTooLarge' });
      expect(draft.error!.message).not.toMatch(/Invalid string length|Array buffer allocation/);
    }
  });
});
