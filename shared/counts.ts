/** Characters a reader of Chinese reads in a minute, for the estimate in the status bar. */
export const readingSpeed = 400;

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * What the status bar counts: characters as Chinese counts them (each Han character, letter,
 * digit or punctuation mark one; spaces none; an English word is its letters), paragraphs, and
 * minutes to read.
 */
export function countText(paragraphs: string[]): { characters: number; paragraphs: number; minutes: number } {
  let characters = 0;
  let kept = 0;
  for (const p of paragraphs) {
    const text = p.replace(/\s+/g, '');
    if (!text) continue;
    kept++;
    // Most text is plain BMP characters; the segmenter is needed only for emoji and combining marks.
    characters += /[\u{10000}-\u{10ffff}]|\p{M}|\u200d|\ufe0f/u.test(text) ? [...graphemes.segment(text)].length : text.length;
  }
  return { characters, paragraphs: kept, minutes: characters ? Math.max(1, Math.round(characters / readingSpeed)) : 0 };
}
