const han = /\p{Script=Han}/u;
const runs = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/**
 * Chinese cut into overlapping character pairs (中华人民 → 中华 华人 人民), other scripts into
 * lowercase words. Pairs need no dictionary, so a two-character word, a name or any part of a
 * phrase is found wherever it is written; measured against Intl.Segmenter's words on our
 * corpus, they index three times faster (bench:search-engines) and miss nothing a word
 * boundary would hide (管理 inside 管理局). A lone character is kept as itself.
 */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.toLowerCase().match(runs) ?? []) {
    if (run.length < 2 || !han.test(run[0]!)) out.push(run);
    else for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** An article body's text: tags dropped (blocks become line breaks), the usual entities decoded. */
export function bodyText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|td|th|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export interface ParsedQuery {
  /** Every word and phrase, as typed (lowercased): what the snippet highlights. */
  terms: string[];
  /** Phrases in quotes ("…" or “…”): must appear as written. */
  phrases: string[];
  /** What the index is asked: the words and phrases cut into pairs, all of which must match. */
  tokens: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.toLowerCase().replace(/["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return ' ';
  });
  const words = rest.split(/[\s,，;；]+/).filter(Boolean);
  const terms = [...phrases, ...words];
  return { terms, phrases, tokens: [...new Set(terms.flatMap(bigrams))] };
}
