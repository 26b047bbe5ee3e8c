/**
 * The labels reprinted pages put before their fields. Order matters where one label contains
 * another: longer ones first.
 */
export const labels = {
  date: ['发布日期', '发布时间', '发表时间', '发表日期', '发稿时间', '更新时间', '成文日期', '时间', '日期'],
  source: ['文章来源', '信息来源', '稿件来源', '新闻来源', '来源', '出处'],
  author: ['作者', '撰稿人', '撰稿', '记者'],
  link: ['原文链接', '原文地址', '原文网址', '原文'],
  /** Labels of fields we read past: editors are not authors, counters are not text. */
  ignored: ['责任编辑', '责编', '发布人', '编辑', '审核', '校对', '浏览次数', '浏览量', '点击数', '点击量', '阅读', '字号', '字体', '本文地址', '本文链接', '本站内容来源地址', '分享到', '打印'],
} as const;

export type FieldLabel = 'date' | 'source' | 'author' | 'link' | 'ignored';

const all = (Object.entries(labels) as [FieldLabel, readonly string[]][])
  .flatMap(([kind, words]) => words.map((word) => ({ kind, word })))
  .sort((a, b) => b.word.length - a.word.length);

const labelPattern = new RegExp(`(${all.map((l) => l.word).join('|')})\\s*:`, 'g');

export interface LabelledValue {
  kind: FieldLabel;
  label: string;
  value: string;
}

/**
 * The "label: value" pairs of one normalized line, in order. A value runs to the next label;
 * brackets and separators around it are dropped, and an empty label gives an empty value
 * (not the next line's text).
 */
export function labelledValues(line: string): LabelledValue[] {
  const found = [...line.matchAll(labelPattern)];
  return found.map((match, i) => {
    const start = match.index! + match[0].length;
    const end = found[i + 1]?.index ?? line.length;
    const label = match[1]!;
    const kind = all.find((l) => l.word === label)!.kind;
    return { kind, label, value: cleanValue(line.slice(start, end)) };
  });
}

function cleanValue(raw: string): string {
  return raw
    .replace(/[【】[\]〔〕|｜]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,，;；]$/, '')
    .trim();
}
