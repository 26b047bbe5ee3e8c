/**
 * Property-based tests (fast-check): random and mutated inputs to every API call, the importer,
 * the package reader and the sanitizer never crash the process, never write outside the library
 * or the export folder, and never put a script, an event handler or a javascript: URL on a page.
 * Kept to a few seconds: fixed seeds, few runs per property.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { readPackage } from '../../main/handoff/package';
import { createHandlers } from '../../main/handlers';
import { analyzeFile } from '../../main/import/analyze';
import { SiteBuilder } from '../../main/site/builder';
import { sanitizeBody } from '../../main/library/sanitize';
import { callNames, type CallName } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { openSession, tempDir } from './helpers';

const settings = { seed: 2112, numRuns: 25, endOnFailure: true };

/** Pieces of hostile markup and links, mixed into random text. */
const hostile = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<a href=" JaVaScRiPt:alert(1)">x</a>',
  '<svg onload=alert(1)>', '<iframe src="data:text/html,<script>alert(1)</script>">', '<p style="background:url(javascript:x)">', 'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=', '<a href="java&#x09;script:alert(1)">x</a>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>', '<object data="javascript:x">', '<body onload=alert(1)>', '<!--<script>-->', '<form action="javascript:x"><button>',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...hostile), fc.string(), fc.constantFrom('<p>', '</p>', '正文', '<a href="', '">', '<img src="')), { maxLength: 8 }).map((parts) => parts.join(''));

const { document } = new JSDOM('').window;
const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'srcset', 'poster', 'xlink:href', 'background'];

/** What a page of the site must never hold, read as the browser reads it: script, event handlers, script URLs. */
function expectNoActiveContent(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html.replace(/^<!doctype[^>]*>/i, '');
  for (const element of template.content.querySelectorAll('*')) {
    expect(['script', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'base'], html).not.toContain(element.localName);
    for (const { name, value } of element.attributes) {
      expect(name, html).not.toMatch(/^on/i);
      // Browsers drop whitespace and control characters inside a scheme.
      // eslint-disable-next-line no-control-regex
      if (urlAttributes.includes(name)) expect(value.replace(/[\u0000-\u0020]/g, '').toLowerCase(), html).not.toMatch(/^(javascript|vbscript|data):/);
    }
  }
}

/** The one folder a call may write outside the library by design: backups.run writes into the backup folder, by default beside the library. */
const backupFolder = 'library-backups';

async function sandbox() {
  const root = await tempDir('newsdesk-prop-');
  const library = path.join(root, 'library');
  const session = await openSession(library);
  const handlers = createHandlers(session);
  const sample = session.library.list({ trash: false, offset: 0, limit: 1 }).items[0]!;
  return { root, library, session, handlers, sample };
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true })).map(String).sort();
}

describe('property: every API call, with random and mutated input', () => {
  it('answers with a result, never throws, and writes nothing outside the library', async () => {
    const { root, handlers, sample } = await sandbox();
    const before = await fs.readdir(root);
    const cwdBefore = await fs.readdir(process.cwd());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...callNames), fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }), async (name, input) => {
        const result = await dispatch(handlers, name, input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { ...settings, numRuns: 200 },
    );
    // the same calls, with valid inputs whose fields are swapped for hostile text
    const valid: Partial<Record<CallName, object>> = {
      'articles.get': { id: sample.id },
      'articles.create': { fields: { title: 'x' } },
      'articles.list': { trash: false, offset: 0, limit: 10 },
      'revisions.list': { id: sample.id },
      'sitePages.save': { slug: 'about', title: '关于', bodyHtml: '<p>x</p>' },
      'import.paste': { text: 'x', html: '<p>x</p>' },
      'review.sendBack': { id: sample.id, note: 'x' },
      'preview.render': { kind: 'article', id: sample.id, fields: (await dispatch(handlers, 'articles.get', { id: sample.id }) as { ok: true; value: object }).value },
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(valid) as CallName[])), fc.string({ maxLength: 12 }), hostileText, async (name, key, text) => {
        const input = structuredClone(valid[name]!) as Record<string, unknown>;
        const target = (input.fields && typeof input.fields === 'object' ? input.fields : input) as Record<string, unknown>;
        const keys = Object.keys(target);
        target[keys.length && key.length % 3 ? keys[key.length % keys.length]! : key] = text;
        const result = await dispatch(handlers, name, input);
        expect(typeof result.ok).toBe('boolean');
        if (name === 'preview.render' && result.ok) expectNoActiveContent((result.value as { html: string }).html);
      }),
      settings,
    );
    expect((await fs.readdir(root)).filter((name) => name !== backupFolder)).toEqual(before);
    expect(await fs.readdir(process.cwd())).toEqual(cwdBefore);
  }, 60_000);

  it('an export into a folder of the sandbox writes there and in the library only', async () => {
    const { root, handlers } = await sandbox();
    const siblings = await fs.readdir(root);
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z0-9._ -]{1,12}$/), async (name) => {
        const out = path.join(root, 'out', name);
        const result = await dispatch(handlers, 'site.export', { out });
        if (result.ok) {
          for (let job = result.value as { id: string; state: string }; job.state === 'running'; ) {
            job = ((await dispatch(handlers, 'jobs.get', { id: job.id })) as { ok: true; value: { id: string; state: string } }).value;
            await new Promise((r) => setTimeout(r, 10));
          }
        }
      }),
      { ...settings, numRuns: 5 },
    );
    expect((await fs.readdir(root)).sort()).toEqual([...new Set([...siblings, 'out'])].sort());
  }, 60_000);
});

describe('property: saved articles never put active content on a page', () => {
  it('whatever the fields and body hold', async () => {
    const { session } = await sandbox();
    const builder = new SiteBuilder(session.library);
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, hostileText, async (title, originalUrl, source, bodyHtml) => {
        const article = await session.library.create({ title: title || 't', column: 'yaowen', originalUrl, source, bodyHtml });
        const { html } = await builder.preview('article', article);
        expectNoActiveContent(html);
      }),
      { ...settings, numRuns: 20 },
    );
    const out = await tempDir('newsdesk-prop-site-');
    await builder.export(out);
    for (const file of (await filesUnder(out)).filter((f) => f.endsWith('.html'))) expectNoActiveContent(await fs.readFile(path.join(out, file), 'utf8'));
  }, 60_000);
});

describe('property: the sanitizer', () => {
  it('leaves no script, event handler or javascript: URL in any mix of markup', () => {
    fc.assert(
      fc.property(hostileText, (html) => expectNoActiveContent(sanitizeBody(html))),
      { ...settings, numRuns: 500 },
    );
  });
});

describe('property: the importer', () => {
  it('turns random and hostile files into a draft or a reason, never an exception, and no active content in the body', async () => {
    const { session } = await sandbox();
    const context = { site: session.library.getSite(), summaries: () => session.library.summaries() };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('a.html', 'b.htm', 'c.txt', 'd.docx', 'e.pdf'),
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), hostileText.map((t) => strToU8(`<html><body><h1>标题</h1>${t}<p>来源：x</p></body></html>`)), hostileText.map((t) => zipSync({ 'word/document.xml': strToU8(t) }))),
        async (name, bytes) => {
          const draft = await analyzeFile(name, Buffer.from(bytes), context);
          expect(draft).toHaveProperty('fields');
          if (!draft.error) for (const line of draft.body) expectNoActiveContent(typeof line === 'string' ? line : JSON.stringify(line));
        },
      ),
      settings,
    );
  }, 60_000);
});

describe('property: the package reader', () => {
  const good = zipSync({ 'article.json': strToU8(JSON.stringify({ format: 'newsdesk-article', version: 1, article: { id: 'abcdef123456' }, sender: 'x', sentAt: '' })) });
  it('refuses random and mutated packages with an ApiError, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(20)).map(([at, value, span]) => {
            const mutated = good.slice();
            for (let i = at; i < Math.min(mutated.length, at + span + 1); i++) mutated[i] = value;
            return mutated;
          }),
        ),
        (bytes) => {
          try {
            readPackage(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError);
          }
        },
      ),
      { ...settings, numRuns: 400 },
    );
  });
});
