/**
 * Cleanup that reprinted text needs (转载清理). Pages copied from government sites write
 * half-width punctuation inside Chinese ("近日,河源"), indent with full-width spaces, and
 * break lines in the middle of sentences.
 */
const han = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Characters after which punctuation belongs to Chinese text: Han, and closing quotes and brackets. */
const before = `[${han}”’》」』）】]`;
const halfToFull: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export function fullWidthPunctuation(text: string): string {
  return (
    text
      // , ; : ? ! after Chinese; after a digit (1,190 or 9:30) they stay.
      .replace(new RegExp(`(${before})\\s?([,;:?!])`, 'g'), (_, c: string, p: string) => c + halfToFull[p])
      // A full stop after Chinese, at the end or before more Chinese; 16.8 stays.
      .replace(new RegExp(`(${before})\\.(?=$|[${han}“‘《「『（【\\s])`, 'g'), '$1。')
      // Brackets around Chinese.
      .replace(new RegExp(`\\((?=[${han}])`, 'g'), '（')
      .replace(new RegExp(`(?<=[${han}])\\)`, 'g'), '）')
  );
}

/** The spaces pages indent and pad with, full-width ones included. */
export function trimSpaces(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

const sentenceEnd = /[。！？；：…”’」』）)】.!?;:]$/;

/**
 * Whether a paragraph was cut in the middle of a sentence and goes on in the next: it does
 * not end a sentence, and it is long (a short line without a full stop is a heading).
 */
export function continuesInto(paragraph: string, next: string): boolean {
  return paragraph.length >= 20 && !sentenceEnd.test(paragraph) && new RegExp(`^[${han}，、“‘《（\\d]`).test(next);
}

/** The whole cleanup over plain paragraphs. */
export function cleanupParagraphs(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const raw of paragraphs) {
    const text = fullWidthPunctuation(trimSpaces(raw));
    if (!text) continue;
    const last = out.at(-1);
    if (last !== undefined && continuesInto(last, text)) out[out.length - 1] = last + text;
    else out.push(text);
  }
  return out;
}
