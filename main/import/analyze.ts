import path from 'node:path';
import type { ArticleSummary } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import type { ImportDraft, ImportFields, UrlImport } from '../../shared/import/draft';
import { extractArticle, type Extracted } from '../../shared/import/extract';
import type { SiteProfile } from '../../shared/site';
import { decodeText } from './decode';
import { readDocx } from './docx';
import { fetchPage, type FetchLimits } from './fetch-page';
import { readHtml } from './html-lines';

/** A page is text: anything this big is not one article. */
export const maxPageBytes = 10 * 1024 * 1024;
export const maxDocxBytes = 50 * 1024 * 1024;
export const importExtensions = ['.html', '.htm', '.txt', '.docx'];

/** What an import needs of the library: its site (columns) and its articles (duplicates). */
export interface ImportContext {
  site: SiteProfile;
  summaries: () => Iterable<ArticleSummary>;
  /** Articles whose body is nearly this text (the library's full-text index). */
  similar?: (text: string) => ArticleSummary[];
}

/** Reads one file (or a paste) into a draft; never throws: a bad file is a draft with its reason. */
export async function analyzeFile(name: string, bytes: Buffer, context: ImportContext): Promise<ImportDraft> {
  try {
    return toDraft(name, await extract(name, bytes), context);
  } catch (error) {
    const data = error instanceof ApiError ? error.toData() : new ApiError('invalid-input', 'error.import.unreadable', String(error), { detail: String(error) }).toData();
    return { name, fields: emptyFields(), columnName: '', body: [], missing: [], duplicateOf: null, error: data };
  }
}

/** A paste of a whole page, as text or HTML. */
export async function analyzePaste(text: string, html: string, context: ImportContext): Promise<ImportDraft> {
  const page = html.trim() ? await readHtml(html) : { lines: text.split(/\r?\n/) };
  return toDraft('剪贴板', extractArticle(page.lines, page), context);
}

async function extract(name: string, bytes: Buffer): Promise<Extracted> {
  const ext = path.extname(name).toLowerCase();
  if (!importExtensions.includes(ext)) throw fail('unsupported', `${name}: only .html, .htm, .txt and .docx files can be imported.`, { ext: ext || name });
  if (bytes.length === 0) throw fail('empty', `${name} is empty.`);
  const limit = ext === '.docx' ? maxDocxBytes : maxPageBytes;
  if (bytes.length > limit) throw fail('tooLarge', `${name} is ${mb(bytes.length)}; a page to import can be at most ${mb(limit)}.`, { size: mb(bytes.length), limit: mb(limit) });
  if (ext === '.docx') {
    const doc = await readDocx(bytes);
    return extractArticle(doc.lines, doc);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw fail('binary', `${name} is not a text file.`);
  const text = decodeText(bytes);
  if (!text.trim()) throw fail('empty', `${name} is empty.`);
  if (ext === '.txt') return extractArticle(text.split(/\r?\n/));
  const page = await readHtml(text);
  return extractArticle(page.lines, page);
}

function toDraft(name: string, found: Extracted, context: ImportContext): ImportDraft {
  if (!found.title && !found.body.length) throw fail('noArticle', `No article was found in ${name}.`);
  const column = context.site.columns.find((c) => c.name === found.column || c.slug === found.column)?.slug ?? '';
  const fields: ImportFields = {
    title: found.title,
    publishedAt: found.publishedAt,
    source: found.source,
    author: found.author,
    originalUrl: found.originalUrl,
    column,
    bodyHtml: found.body.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
  };
  const missing = (Object.keys(fields) as (keyof ImportFields)[]).filter((k) => !fields[k]);
  return { name, fields, columnName: found.column, body: found.body, missing, duplicateOf: findDuplicate(fields, context) ?? findSimilar(found.body, context), error: null };
}

function findDuplicate(fields: ImportFields, context: ImportContext): ImportDraft['duplicateOf'] {
  const day = fields.publishedAt.slice(0, 10);
  for (const a of context.summaries()) {
    if (a.deletedAt) continue;
    if ((fields.originalUrl && a.originalUrl === fields.originalUrl) || (fields.title && a.title === fields.title && a.publishedAt.slice(0, 10) === day)) {
      return { id: a.id, title: a.title };
    }
  }
  return null;
}

/** 已有相似文章: the same body under another title or link (a reprint of a reprint). */
function findSimilar(body: string[], context: ImportContext): ImportDraft['duplicateOf'] {
  const [like] = context.similar?.(body.join('\n')) ?? [];
  return like ? { id: like.id, title: like.title, similar: true } : null;
}

function emptyFields(): ImportFields {
  return { title: '', publishedAt: '', source: '', author: '', originalUrl: '', column: '', bodyHtml: '' };
}

function fail(key: string, message: string, params?: Record<string, string>) {
  return new ApiError('invalid-input', `error.import.${key}`, message, params);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * 采集: a page fetched from its address, read like a saved page. A column's list page gives its
 * article links instead (unless `asArticle`), each marked when the library already has it; an
 * article keeps the address as its original link when the page names none.
 */
export async function analyzeUrl(address: string, context: ImportContext, options: { asArticle?: boolean; limits?: FetchLimits } = {}): Promise<UrlImport> {
  const page = await fetchPage(address, options.limits);
  const text = decodeText(page.bytes, /charset\s*=\s*["']?([\w-]+)/i.exec(page.contentType)?.[1]);
  if (!text.trim()) throw fail('empty', `${address} is an empty page.`);
  const html = !/^text\/plain/i.test(page.contentType);
  const read = html ? await readHtml(text, options.asArticle ? undefined : page.url) : { lines: text.split(/\r?\n/) };
  if ('list' in read && read.list) {
    const known = new Set([...context.summaries()].filter((a) => !a.deletedAt && a.originalUrl).map((a) => a.originalUrl));
    return { kind: 'list', url: page.url, title: read.title || read.titles?.[0] || page.url, links: read.list.map((l) => ({ ...l, inLibrary: known.has(l.url) })) };
  }
  const found = extractArticle(read.lines, read);
  found.originalUrl ||= address.trim();
  return { kind: 'article', draft: toDraft(address.trim(), found, context) };
}
