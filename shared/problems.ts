import type { ArticleFields } from './article';
import { parseInstant } from './dates';
import { isHttpUrl } from './links';

/** Field -> i18n key of the problem, shown next to the field in the interface language. */
export type ArticleProblems = Partial<Record<keyof ArticleFields, string>>;

export function articleProblems(fields: ArticleFields, columns: readonly string[]): ArticleProblems {
  const problems: ArticleProblems = {};
  if (!fields.title.trim()) problems.title = 'problem.titleRequired';
  if (!columns.includes(fields.column)) problems.column = 'problem.columnUnknown';
  if (!fields.publishedAt) problems.publishedAt = 'problem.dateRequired';
  else if (!parseInstant(fields.publishedAt)) problems.publishedAt = 'problem.dateInvalid';
  if (fields.originalUrl && !isHttpUrl(fields.originalUrl)) problems.originalUrl = 'problem.urlInvalid';
  return problems;
}

export { isHttpUrl } from './links';
