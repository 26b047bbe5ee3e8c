import { classify, columnOfBreadcrumb, unlabelledMeta } from './classify';
import { findDate } from './dates';
import { labelledValues } from './labels';
import { normalizeLine, paragraphText } from './normalize';

/** The fields around an article's body, each '' when not found. */
export interface ArticleHead {
  title: string;
  publishedAt: string;
  source: string;
  author: string;
  originalUrl: string;
  column: string;
}

/** What an import finds in a page; `column` is the name the page's breadcrumb gives. */
export interface Extracted extends ArticleHead {
  body: string[];
}

const url = /https?:\/\/[^\s<>"'，。；、）)】\]]+/;

/**
 * Finds an article's fields in the lines of a reprinted page (a text dump, or an HTML page
 * or Word document turned into lines). `hints` come from the page's structure when there is
 * one: its <h1>, and the paragraphs Readability took for the main content.
 */
export function extractArticle(rawLines: string[], hints: { title?: string; body?: string[] } = {}): Extracted {
  const lines = rawLines.map(normalizeLine);
  const kinds = lines.map(classify);
  const result: Extracted = { title: '', publishedAt: '', source: '', author: '', originalUrl: '', column: '', body: [] };

  const crumb = kinds.indexOf('breadcrumb');
  if (crumb >= 0) result.column = columnOfBreadcrumb(lines[crumb]!);

  // The header: the meta lines from the first one to the first line of text after them; a
  // "时间:" inside the body is the body's.
  const firstMeta = kinds.findIndex((k, i) => k === 'meta' && i > crumb && labelledValues(lines[i]!).every((v) => v.kind !== 'link'));
  let headerEnd = firstMeta < 0 ? -1 : firstMeta;
  while (headerEnd >= 0 && headerEnd < lines.length && kinds[headerEnd] !== 'text') headerEnd++;
  const metaLines = firstMeta < 0 ? [] : kinds.map((k, i) => (k === 'meta' && i >= firstMeta && i < headerEnd ? i : -1)).filter((i) => i >= 0);
  for (const i of metaLines) readMeta(lines[i]!, result);
  // A link to the original is often at the end, after the body.
  for (let i = Math.max(0, headerEnd); i < lines.length; i++) {
    for (const v of labelledValues(lines[i]!)) {
      if (!result.originalUrl && (v.kind === 'link' || v.kind === 'source') && url.test(v.value)) result.originalUrl = url.exec(v.value)![0];
    }
  }

  const titleAt = findTitle(lines, kinds, firstMeta, crumb);
  result.title = hints.title?.trim() || (titleAt >= 0 ? lines[titleAt]! : '');

  if (hints.body?.length) {
    result.body = hints.body.map(paragraphText).filter((p) => p && isBodyLine(normalizeLine(p), result.title));
  } else {
    const start = Math.max(titleAt, metaLines.at(-1) ?? -1, crumb) + 1;
    for (let i = start; i < lines.length; i++) {
      if (kinds[i] === 'end') break;
      if (kinds[i] === 'text') result.body.push(paragraphText(rawLines[i]!));
      if (kinds[i] === 'meta' && labelledValues(lines[i]!).some((v) => v.kind === 'link')) break;
    }
  }
  return result;
}

function readMeta(line: string, result: Extracted) {
  const values = labelledValues(line);
  if (!values.length) {
    const plain = unlabelledMeta(line);
    if (plain) {
      result.publishedAt ||= plain.date;
      result.source ||= plain.source;
    }
    return;
  }
  // Text before the first label can be an unlabelled date ("2023-10-26 来源: …").
  const before = line.slice(0, line.indexOf(values[0]!.label)).trim();
  if (before && !result.publishedAt) result.publishedAt = findDate(before)?.iso ?? '';
  for (const v of values) {
    if (!v.value) continue; // "来源:" with nothing after it: no source
    if (v.kind === 'date' && !result.publishedAt) result.publishedAt = findDate(v.value)?.iso ?? '';
    else if (v.kind === 'source' && url.test(v.value) && !result.originalUrl) result.originalUrl = url.exec(v.value)![0];
    else if (v.kind === 'source' && !result.source) result.source = v.value;
    else if (v.kind === 'author' && !result.author) result.author = v.value;
    else if (v.kind === 'link' && url.test(v.value) && !result.originalUrl) result.originalUrl = url.exec(v.value)![0];
  }
}

/** The title: the last line of text before the first meta line, or the first line of text. */
function findTitle(lines: string[], kinds: string[], firstMeta: number, crumb: number): number {
  if (firstMeta > 0) {
    for (let i = firstMeta - 1; i > crumb; i--) if (kinds[i] === 'text' && lines[i]!.length <= 120) return i;
  }
  return kinds.findIndex((k, i) => k === 'text' && i > crumb && lines[i]!.length <= 120);
}

function isBodyLine(line: string, title: string): boolean {
  const kind = classify(line);
  return kind === 'text' && line !== normalizeLine(title);
}
