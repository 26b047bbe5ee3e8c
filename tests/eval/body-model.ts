import { creditsCaptions, dateline, isCaption, isPictureCaption, numberedHeading, picture, ruleScores, type BodyPage } from '../../shared/import/body';
import { punctuation } from '../../shared/import/classify';
import { findDates } from '../../shared/import/dates';

/**
 * What is measured of each line to tell the article's paragraphs from the site around them: its
 * kind, its length and punctuation density (《基于文本及符号密度的网页正文提取方法》), whether its
 * neighbours read as paragraphs, and where it stands under the headline. The weights that add these
 * up are fitted on the development pages by body-fit.ts (npm run fit:body).
 */
export const featureNames = [
  'bias',
  'rules',
  'text',
  'chrome',
  'meta',
  'breadcrumb',
  'length',
  'logLength',
  'marks',
  'markDensity',
  'clauseMarks',
  'chineseShare',
  'closes',
  'shortBare',
  'caption',
  'pictureCaption',
  'numbered',
  'dateline',
  'nearHeadline',
  'position',
  'paragraphBefore',
  'paragraphAfter',
  'widgetsBefore',
  'widgetsAfter',
  'link',
  'bars',
  'repeated',
  'sinceParagraph',
  'lastLine',
  'paragraph',
  'dated',
  'teaser',
  'bracketed',
  'quoted',
  'tiny',
  'relativeLength',
  'block',
  'signatureDate',
] as const;

const sentence = /[。！？!?…”’」』)）】\]:;；.]$/;

/** Each line's features (index = line; lines above `from` get none). */
export function lineFeatures(page: BodyPage, from: number): number[][] {
  const rules = ruleScores(page, from);
  const captions = creditsCaptions(page);
  const counts = new Map<string, number>();
  for (const line of page.norm) counts.set(line, (counts.get(line) ?? 0) + 1);
  const n = page.norm.length;
  const flat = page.norm.map((line) => line.replace(/\s+/g, ''));
  const paragraph = page.norm.map((line, i) => page.kind[i] === 'text' && flat[i]!.length >= 15 && punctuation(line) >= 1);
  const widget = page.norm.map((_, i) => page.kind[i] !== 'text' || flat[i]!.length < 15);
  const longest = Math.max(1, ...flat.map((line, i) => (page.kind[i] === 'text' ? Math.min(line.length, 400) : 0)));
  // How many paragraphs stand together around each line (a run of them is an article, one alone a teaser).
  const block = paragraph.map(() => 0);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && paragraph[j]) j++;
    for (let k = i; k < j; k++) block[k] = j - i;
    i = Math.max(j, i + 1);
  }
  let since = 5;
  return page.norm.map((line, i) => {
    if (i < from) return [];
    const len = flat[i]!.length;
    const marks = punctuation(line);
    const chinese = (flat[i]!.match(/[\u4e00-\u9fff]/g) ?? []).length;
    const clause = (line.match(/[。，；、]/g) ?? []).length;
    const around = (d: number[], test: boolean[]) => d.filter((k) => i + k >= 0 && i + k < n && test[i + k]).length / d.length;
    since = paragraph[i - 1] ? 0 : Math.min(since + 1, 5);
    const kind = page.kind[i];
    return [
      1,
      Math.max(-60, Math.min(60, rules[i]!)) / 10,
      kind === 'text' ? 1 : 0,
      kind === 'chrome' ? 1 : 0,
      kind === 'meta' ? 1 : 0,
      kind === 'breadcrumb' ? 1 : 0,
      Math.min(len, 400) / 100,
      Math.log1p(len) / 3,
      Math.min(marks, 15) / 5,
      len ? Math.min((10 * marks) / len, 3) : 0,
      len ? Math.min((10 * clause) / len, 3) : 0,
      len ? chinese / len : 0,
      sentence.test(line) ? 1 : 0,
      len < 15 && marks === 0 ? 1 : 0,
      isCaption(line) ? 1 : 0,
      kind === 'text' && isPictureCaption(page, i, captions) ? 1 : 0,
      numberedHeading.test(line) ? 1 : 0,
      dateline.test(line) ? 1 : 0,
      i - from <= 2 ? 1 : 0,
      (i - from) / Math.max(1, n - from),
      around([-1, -2], paragraph),
      around([1, 2], paragraph),
      around([-1, -2, -3], widget),
      around([1, 2, 3], widget),
      /(https?:\/\/|www\.)/i.test(line) ? 1 : 0,
      /[|｜]/.test(line) ? 1 : 0,
      (counts.get(line) ?? 0) >= 2 || picture.test(line) ? 1 : 0,
      since / 5,
      i === n - 1 ? 1 : 0,
      paragraph[i] ? 1 : 0,
      findDates(line).length ? 1 : 0,
      /(\.{3}|…)\s*[[【]?(详情|详细|全文|更多)?[\]】]?$/.test(line) ? 1 : 0,
      /^[【[]/.test(line) ? 1 : 0,
      /[“”「」"]/.test(line) ? 1 : 0,
      len < 8 ? 1 : 0,
      Math.min(len, 400) / longest,
      Math.min(block[i]!, 5) / 5,
      kind === 'meta' && findDates(line)[0]?.match.trim() === line.trim() ? 1 : 0,
    ];
  });
}

/** Lines' scores as a weighted sum of their features; a line that ends the article ("免责声明", "上一篇") stays a wall. */
export function modelScores(page: BodyPage, from: number, weights: readonly number[]): number[] {
  return lineFeatures(page, from).map((f, i) => (i < from ? 0 : page.kind[i] === 'end' ? -1e6 : f.reduce((sum, x, k) => sum + x * (weights[k] ?? 0), 0)));
}
