/** What find and replace looks for. */
export interface FindQuery {
  text: string;
  matchCase: boolean;
  /** Whole words, for Latin text; Chinese has no spaces between words, so it does not apply there. */
  wholeWord: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query as a regular expression, or null when there is nothing to find. */
export function findPattern(query: FindQuery): RegExp | null {
  if (!query.text) return null;
  const latin = /^[\w\s-]+$/.test(query.text);
  const body = query.wholeWord && latin ? `\\b${escape(query.text)}\\b` : escape(query.text);
  return new RegExp(body, query.matchCase ? 'gu' : 'giu');
}

/** Where the query occurs in a text: [start, end) offsets. */
export function findIn(text: string, query: FindQuery): [number, number][] {
  const pattern = findPattern(query);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** The text with every match replaced. */
export function replaceIn(text: string, query: FindQuery, replacement: string): string {
  const pattern = findPattern(query);
  return pattern ? text.replace(pattern, () => replacement) : text;
}
