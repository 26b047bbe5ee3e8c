/**
 * Some reprint mirrors print the pinyin of a character after it: 發(fā)布時(shí)間. Labels and
 * chrome are recognised without it; the fields keep the text as the page wrote it.
 */
const pinyin = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)/g;

export function withoutPinyin(line: string): string {
  return line.replace(pinyin, '');
}

/**
 * A piece of text found in the lines without their pinyin, as the page wrote it: the same
 * characters with the annotations between them put back.
 */
export function asWritten(found: string, lines: string[]): string {
  if (!found) return found;
  for (const line of lines) {
    if (!pinyin.test(line)) continue;
    pinyin.lastIndex = 0;
    // Where each character of the stripped line starts in the written one.
    const starts: number[] = [];
    let stripped = '';
    let i = 0;
    for (const m of line.matchAll(pinyin)) {
      for (; i < m.index!; i++) {
        starts.push(i);
        stripped += line[i];
      }
      i = m.index! + m[0].length;
    }
    for (; i < line.length; i++) {
      starts.push(i);
      stripped += line[i];
    }
    const at = stripped.indexOf(found);
    if (at < 0) continue;
    const endChar = at + found.length - 1;
    let end = starts[endChar]! + 1;
    const after = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)/.exec(line.slice(end));
    if (after && /[\u4e00-\u9fff]/.test(line[end - 1]!)) end += after[0].length;
    return line.slice(starts[at]!, end);
  }
  return found;
}
