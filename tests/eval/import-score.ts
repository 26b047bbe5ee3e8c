import fs from 'node:fs/promises';
import path from 'node:path';
import { analyzeFile } from '../../main/import/analyze';
import { defaultSite } from '../../main/library/seed';
import type { ArticleHead } from '../../shared/import/extract';

/** The fields an editor checks after an import, each scored right or wrong per page. */
export const evalFields = ['title', 'publishedAt', 'source', 'author', 'originalUrl', 'column', 'bodyStart', 'bodyEnd', 'noChrome'] as const;
export type EvalField = (typeof evalFields)[number];

/** What a page should give, as written by an editor reading it (the corpus's .json, or the test set's expected.json). */
export interface Expected extends ArticleHead {
  body: string[];
}

export interface PageResult {
  file: string;
  site: string;
  wrong: { field: EvalField; want: unknown; got: unknown }[];
}

export interface PartScore {
  part: string;
  pages: number;
  sites: number;
  right: Record<EvalField, number>;
  pagesResults: PageResult[];
}

/** Text compared as an editor would see it: spacing (ASCII, full-width, no-break) does not count. */
export const same = (text: string) => text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');

/** Scores one page's analysis against what it should give. */
export function scorePage(got: Expected, want: Expected): { field: EvalField; want: unknown; got: unknown }[] {
  const wrong: { field: EvalField; want: unknown; got: unknown }[] = [];
  const check = (field: EvalField, ok: boolean, w: unknown, g: unknown) => {
    if (!ok) wrong.push({ field, want: w, got: g });
  };
  for (const field of ['title', 'source', 'author', 'column'] as const) check(field, same(got[field]) === same(want[field]), want[field], got[field]);
  check('publishedAt', got.publishedAt === want.publishedAt, want.publishedAt, got.publishedAt);
  check('originalUrl', got.originalUrl.trim() === want.originalUrl.trim(), want.originalUrl, got.originalUrl);
  const wantBody = want.body.map(same).filter(Boolean);
  const gotBody = got.body.map(same).filter(Boolean);
  check('bodyStart', gotBody[0] === wantBody[0], want.body[0], got.body[0]);
  check('bodyEnd', gotBody.at(-1) === wantBody.at(-1), want.body.at(-1), got.body.at(-1));
  const expectedSet = new Set(wantBody);
  const extra = got.body.filter((p) => same(p) && !expectedSet.has(same(p)));
  check('noChrome', extra.length === 0, [], extra);
  return wrong;
}

/** The analysis an import makes of a file, as the fields scored. */
export async function analyzeForEval(file: string): Promise<Expected & { error?: string }> {
  const site = await defaultSite();
  const draft = await analyzeFile(file, await fs.readFile(file), { site, summaries: () => [] });
  return { ...draft.fields, column: draft.columnName, body: draft.body, error: draft.error?.message };
}

/** A corpus part: `<stem>.txt` (or .html) pages beside `<stem>.json` expectations. */
export async function scoreCorpusPart(part: string, dir: string): Promise<PartScore> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const pages: { file: string; site: string; want: Expected }[] = [];
  for (const name of names) {
    const stem = name.slice(0, -'.json'.length);
    const want = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as Expected & { site?: string };
    const page = ['.txt', '.html', '.htm'].map((ext) => path.join(dir, stem + ext));
    const file = (await Promise.all(page.map((p) => fs.stat(p).then(() => p, () => '')))).find(Boolean);
    if (file) pages.push({ file, site: want.site ?? stem.split('__')[0]!, want });
  }
  return scorePages(part, pages);
}

/** The import test set: expected.json names each file. */
export async function scoreFixtures(dir: string): Promise<PartScore> {
  const expected = JSON.parse(await fs.readFile(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
  return scorePages('fixtures', Object.entries(expected).map(([file, want]) => ({ file: path.join(dir, file), site: file, want })));
}

async function scorePages(part: string, pages: { file: string; site: string; want: Expected }[]): Promise<PartScore> {
  const right = Object.fromEntries(evalFields.map((f) => [f, 0])) as Record<EvalField, number>;
  const pagesResults: PageResult[] = [];
  for (const page of pages) {
    const got = await analyzeForEval(page.file);
    const wrong = scorePage(got, page.want);
    for (const field of evalFields) if (!wrong.some((w) => w.field === field)) right[field]++;
    pagesResults.push({ file: path.basename(page.file), site: page.site, wrong });
  }
  return { part, pages: pages.length, sites: new Set(pages.map((p) => p.site)).size, right, pagesResults };
}
