import { describe, expect, it } from 'vitest';
import { articleFieldsSchema, type ArticleFields } from '../../shared/article';
import { formatDay, formatDayTime, fromLocalInput, parseInstant, toLocalInput } from '../../shared/dates';
import { articleProblems, isHttpUrl } from '../../shared/problems';

const valid: ArticleFields = {
  title: '河源、梅州、茂名、潮州局召开三季度政企联席会',
  column: 'jiandu',
  publishedAt: '2023-10-26T00:00:00+08:00',
  source: '广东省邮政管理局',
  author: '佚名',
  originalUrl: 'http://gd.spb.gov.cn/gdsyzglj/c100057/c100061/202310/10855d1563a94a318b34d4c76ceb3d03.shtml',
  summary: '',
  keywords: [],
  status: 'draft',
  reviewNote: '',
  cover: '',
  bodyHtml: '<p>近日</p>',
};

describe('article problems', () => {
  it('finds none in the sample article', () => {
    expect(articleProblems(valid, ['jiandu'])).toEqual({});
  });
  it('requires a title, even one of spaces only', () => {
    expect(articleProblems({ ...valid, title: '  　' }, ['jiandu']).title).toBe('problem.titleRequired');
  });
  it('wants an http(s) original link, and allows none', () => {
    for (const bad of ['gd.spb.gov.cn/x', 'ftp://gd.spb.gov.cn/x', 'javascript:alert(1)', 'http://']) {
      expect(articleProblems({ ...valid, originalUrl: bad }, ['jiandu']).originalUrl, bad).toBe('problem.urlInvalid');
    }
    expect(articleProblems({ ...valid, originalUrl: '' }, ['jiandu']).originalUrl).toBeUndefined();
    expect(isHttpUrl('https://www.spb.gov.cn/a.html')).toBe(true);
  });
  it('wants a real date', () => {
    expect(articleProblems({ ...valid, publishedAt: '2023-02-30T10:00:00+08:00' }, ['jiandu']).publishedAt).toBe('problem.dateInvalid');
    expect(articleProblems({ ...valid, publishedAt: '' }, ['jiandu']).publishedAt).toBe('problem.dateRequired');
    expect(articleProblems({ ...valid, column: 'nope' }, ['jiandu']).column).toBe('problem.columnUnknown');
  });
  it('rejects fields of the wrong shape at the schema', () => {
    expect(articleFieldsSchema.safeParse({ ...valid, status: 'published' }).success).toBe(false);
    expect(articleFieldsSchema.safeParse({ ...valid, keywords: 'a,b' }).success).toBe(false);
  });
});

describe('dates in Asia/Shanghai', () => {
  it('turns a typed local time into an instant with +08:00 and back', () => {
    expect(fromLocalInput('2023-10-26T09:30')).toBe('2023-10-26T09:30:00+08:00');
    expect(toLocalInput('2023-10-26T01:30:00Z')).toBe('2023-10-26T09:30');
  });
  it('prints the day the site shows, in the site zone', () => {
    expect(formatDay('2023-10-25T20:00:00Z')).toBe('2023-10-26');
    expect(formatDayTime('2023-10-25T20:05:59Z')).toBe('2023-10-26 04:05');
    expect(formatDayTime('2023-10-26T04:05:00-07:00', 'America/Los_Angeles')).toBe('2023-10-26 04:05');
    expect(formatDayTime('2023-02-30T00:00:00+08:00')).toBe('');
  });
  it('refuses impossible dates', () => {
    expect(fromLocalInput('2023-13-01T00:00')).toBe('');
    expect(parseInstant('2024-02-29T00:00:00+08:00')).not.toBeNull();
    expect(parseInstant('2023-02-29T00:00:00+08:00')).toBeNull();
  });
});
