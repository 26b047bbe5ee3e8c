/** The passage shown under a hit, with the matches marked. */
export interface Snippet {
  snippet: string;
  marks: [number, number][];
}

const before = 30;
const length = 110;

/**
 * The passage around the first place a term appears (a term whose characters are all there
 * but not together is marked where its first pair appears, unless `exact`), with every term
 * marked in it.
 */
export function snippetOf(text: string, terms: string[], exact = false): Snippet | null {
  const lower = text.toLowerCase();
  let first = -1;
  for (const term of terms) {
    const at = lower.indexOf(term);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0 && !exact) {
    for (const term of terms) {
      const at = term.length > 2 ? lower.indexOf(term.slice(0, 2)) : -1;
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
  }
  if (first < 0) return null;
  // Start at a line's beginning when it is near, so the passage does not open mid-word.
  let start = Math.max(0, first - before);
  const lineStart = text.lastIndexOf('\n', first);
  if (lineStart >= start) start = lineStart + 1;
  const end = Math.min(text.length, start + length);
  const passage = text.slice(start, end).replace(/\n/g, ' ');
  const marks: [number, number][] = [];
  const lowerPassage = passage.toLowerCase();
  for (const term of terms) {
    for (let at = lowerPassage.indexOf(term); at >= 0 && term; at = lowerPassage.indexOf(term, at + term.length)) marks.push([at, at + term.length]);
  }
  marks.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
    else merged.push([...mark]);
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return { snippet: prefix + passage + suffix, marks: merged.map(([a, b]) => [a + prefix.length, b + prefix.length]) };
}
