/**
 * One line of a reprinted page, made comparable: full-width colons and spaces as ASCII,
 * traditional labels as simplified, runs of spaces as one. Only labels are rewritten; the
 * text itself is kept as written.
 */
const traditional: [RegExp, string][] = [
  [/來源/g, '来源'],
  [/發[布佈]/g, '发布'],
  [/時間/g, '时间'],
  [/日期/g, '日期'],
  [/責任編輯/g, '责任编辑'],
  [/責編/g, '责编'],
  [/編輯/g, '编辑'],
  [/發稿/g, '发稿'],
  [/原文[連鏈]結/g, '原文链接'],
  [/原文鏈接/g, '原文链接'],
  [/當前位置/g, '当前位置'],
  [/首頁/g, '首页'],
  [/正文/g, '正文'],
  [/撰稿/g, '撰稿'],
  [/記者/g, '记者'],
  [/瀏覽/g, '浏览'],
  [/點擊/g, '点击'],
];

export function normalizeLine(line: string): string {
  let text = line.replace(/[\u00a0\u3000\t]/g, ' ').replace(/：/g, ':').replace(/\s+/g, ' ').trim();
  for (const [from, to] of traditional) text = text.replace(from, to);
  return text;
}

/** Paragraph text as it should be kept: the full-width spaces that indent it trimmed. */
export function paragraphText(line: string): string {
  return line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}
