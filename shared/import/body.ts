import { isOrganisation } from './byline';
import { classify, isWidgetLine, playerClock, punctuation, type LineKind } from './classify';
import { findDates } from './dates';
import { leftOpen, normalizeLine } from './normalize';

/**
 * The article's body in a page's lines: the run where text and punctuation are densest (the
 * method of 《基于文本及符号密度的网页正文提取方法》), the site's chrome and meta lines scoring against it.
 */

/** What the body's reading needs of a page: each line normalized, and what kind of line it is. */
export interface BodyPage {
  norm: string[];
  kind: LineKind[];
  /** The lines as written, their indents kept (a copied page's paragraphs often open with spaces). */
  raw?: string[];
}

/**
 * The body's paragraphs between its first and last line: its lines of text, less captions and the
 * headline repeated (`skip`). The page's last line, when the run ends there, is a paragraph cut by the copy.
 */
export function bodyLines(page: BodyPage, start: number, end: number, skip: (line: string) => boolean): number[] {
  const lines: number[] = [];
  const text: number[] = [];
  const captions = creditsCaptions(page);
  for (let i = start; i <= end; i++) {
    const cut = i === end && i === page.norm.length - 1;
    if (page.kind[i] !== 'text' || skip(page.norm[i]!)) continue;
    text.push(i);
    // (A paragraph that goes on to describe its photo, "…。图为…", still reads as text where the body is found.)
    if (cut || ((!isCaption(page.norm[i]!) || subheading(page, i)) && !isPictureCaption(page, i, captions) && !(captions && showsPicture.test(page.norm[i]!)))) lines.push(i);
  }
  const paragraphs = lines.filter((i) => !flushCaption(page, lines, i));
  // A photo item: the caption is all the article's text, and so its body.
  return paragraphs.length ? paragraphs : text;
}

/**
 * A photo caption or a subtitle between paragraphs: a line of some length with no sentence
 * punctuation at all, unlike a paragraph; a numbered heading (一、 第四章 1.) is the body's.
 */
export function isCaption(line: string): boolean {
  // (An enumeration's 、 is no sentence: "开展驻站代表、选民代表主题活动交流座谈会" names a photo.)
  // (Names listed with 、 are a byline: "陈伟东、孔娜娜、张大维、舒小虎".)
  // (Nor is a sentence that runs on with a dash into the paragraph under it: "历史总能找到一些相似之处——".)
  // (An English sentence closes with its full stop: "Statistics show that … by 300 yuan.")
  return line.replace(/\s+/g, '').length >= 12 && !/[，。；！？,;!?：:]|——$|[A-Za-z0-9)”"'’]\.(\s|$)/.test(line) && !numberedHeading.test(line) && !/^([\u4e00-\u9fa5·]{2,4}、)+[\u4e00-\u9fa5·]{2,4}$/.test(line);
}

/**
 * A sub-heading between paragraphs, no sentence mark in it ("三大运营商将对骚扰电话依法处置", "教老人使用健康码服务大增"): short,
 * under a paragraph's closing mark and over a paragraph, and not what a photo's caption says (an event's act or scene,
 * 致辞, 合影, 现场, 仪式; people at it, 代表们在…; an official by post; a credit, 供图, 摄), which is a caption's.
 */
function subheading(page: BodyPage, i: number): boolean {
  const line = page.norm[i]!;
  const flat = line.replace(/\s+/g, '');
  if (flat.length > 24 || page.norm.indexOf(line) !== page.norm.lastIndexOf(line)) return false;
  if (/(致辞|讲话|发言|主持|视察|调研|考察|参观|慰问|探访|合影|留念|合照|现场|仪式|座谈会|召开|举行|启动|颁奖|签约|揭牌|授牌|一角|掠影|们在|供图|摄|图片|照片|书记|主任|局长|县长|市长|部长|厅长|主席|处长|董事长|社长|经理)/.test(flat) || describesPicture.test(line)) return false;
  let above = i - 1;
  while (above >= 0 && page.kind[above] !== 'text') above--;
  let below = i + 1;
  while (below < page.norm.length && page.kind[below] !== 'text') below++;
  return above >= 0 && closing.test(page.norm[above]!) && paragraphAt(page, above) && below < page.norm.length && paragraphAt(page, below);
}

const indented = (line: string) => /^[\s\u00a0\u3000]+\S/.test(line);

/**
 * A page that indents its paragraphs ("  3月25日,我市迎来…") does not indent its pictures' captions:
 * a short sentence flush left among indented paragraphs ("防汛人员在清理雨水边井树叶。") is a caption.
 */
function flushCaption(page: BodyPage, lines: number[], i: number): boolean {
  const raw = page.raw;
  if (!raw || indented(raw[i]!)) return false;
  const line = page.norm[i]!;
  if (line.length > 50 || !/[。！]$/.test(line) || /[，,；;：:]/.test(line) || (line.match(/[。！？]/g) ?? []).length > 1 || numberedHeading.test(line)) return false;
  // (Measured on the paragraphs, lines longer than a caption.)
  const paragraphs = lines.filter((k) => page.norm[k]!.length > 50);
  const indents = paragraphs.filter((k) => indented(raw[k]!)).length;
  return indents >= 3 && indents >= 0.6 * paragraphs.length;
}

/** "一、", "(二)", "第四章", "3.": a heading the body numbers, part of the article. */
export const numberedHeading = /^([一二三四五六七八九十]+\s*[、.]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节条部分篇]|\d+\s*[、.])/;

/**
 * A photo's caption, crediting who took it: "…亮点。新华社记者 李健 摄", "…机房。(陆思念 摄)", "航拍堰河村。谢勇 摄".
 * (Read in the line's last 60 characters, where a credit stands: on a whole line of short words between spaces
 * the pattern would start again at every word, the square of the line's length.)
 */
const credited = (line: string) => /(记者|\s|[(（。])\s*[\u4e00-\u9fa5·]{2,4}(\s+[\u4e00-\u9fa5·]{2,4})*\s*[/／]?\s*摄\s*[)）]?$/.test(line.slice(-60));
/** A short caption credited to its photographer without 摄: "宝兰高铁穿行在通渭大地上。定西日报记者 王霞飞". */
// (One sentence of three clauses at most: a paragraph signed so has more.)
const creditedReporter = (line: string) => line.length <= 60 && /^[^。！？，,；;]*([，,][^。！？，,；;]*){0,2}[。！]\s*[^，。,\s]{0,12}记者\s*[\u4e00-\u9fa5·]{2,4}$/.test(line);

/**
 * A picture's caption among the lines of text: copied twice, as its alt text and under it
 * ("活动现场。" / "活动现场。"), crediting its photographer, or a short line right under the picture's
 * place ("(资料图片)" / "市委副书记魏春参与启动仪式"). (`captions`: the page has paragraphs besides.)
 */
export function isPictureCaption(page: BodyPage, i: number, captions: boolean): boolean {
  const line = page.norm[i]!;
  // (Under a picture, a caption may close with a full stop: "工作人员正在分拣快件。", one sentence, no clause.)
  const short = line.length <= 40 && !/[，,；;]/.test(line) && (!closing.test(line) || (/[。.]$/.test(line) && (line.match(/[。！？]/g) ?? []).length === 1));
  // (The alt text may be the caption cut short: "“电商扶起自强志…”…金达芾(右二)书写" / the whole caption.)
  // (Cut mid-sentence, not a paragraph that the next line repeats with its signature.)
  // (Or copied whole, the picture's credit added under it: "…图为众人吃年饭。" / "…图为众人吃年饭。(施萍/大纪元)"; a writer's
  // signature, "…。(张三)", "…。(文/图 潘华)", is the last paragraph's.)
  const twice = (a = '', b = '') => a.length >= 15 && a.length <= 80 && b.length > a.length && b.startsWith(a) && (!closing.test(a) || /^\s*[(（](?!\s*(文|图|文字|图文)\s*[/／])[^()（）/／]{1,10}[/／][^()（）]{1,10}[)）]$|^\s*[(（][^()（）]{0,12}(摄|图|供图)[)）]$/.test(b.slice(a.length)));
  return (line.length <= 40 && (page.norm[i - 1] === line || page.norm[i + 1] === line)) || twice(line, page.norm[i + 1]) || twice(page.norm[i - 1], line) || (captions && (credited(line) || creditedReporter(line))) || (captions && short && i > 0 && picture.test(page.norm[i - 1]!)) || (captions && namesPicture(line));
}

/**
 * A line that names what a picture shows rather than telling the story: "启动仪式现场", "代表们合影留念",
 * "国家邮政局官网截图", "杨浦控江路邮政支局↑" (the arrow points at the picture above it).
 */
const describesPicture = /(现场|合影|合影留念|留影|掠影|一角|截图|供图|资料图|效果图|示意图|航拍图)[。.]?$|↑\s*$|^\s*[↑△]/;
/** "…志愿者将参与交通引导等工作。图为昨日,志愿者在展馆合影。(新华社)", "…在市议会庆祝中国新年,图为众人吃年饭。": a photo's story and its description. */
const showsPicture = /[。！？，,]\s*图[为示]/;
/** A short line with no clause that names what a picture shows. */
const namesPicture = (line: string) => line.length <= 40 && !/[，,；;]/.test(line) && describesPicture.test(line);

/** A picture's place in copied text: "(资料图片)", "图片1", "photo.jpg", "<image>". */
export const picture = /^[(（【[]?\s*(资料图片?|资料图片仅供参考|图片仅供参考|相关资料图|图片?\s*\d*|图[一二三四五六七八九十]+|附图\s*\d*|图表\s*\d*|配图|组图)\s*[)）】\]]?$|\.(jpe?g|png|gif|webp|bmp)$|^<image>$/i;

/**
 * A video's or an audio's player among the paragraphs, as a picture's place: its clock ("00:00 / 03:25"), its
 * speed ("1.0x"), its loading or browser notice ("加载中...", "您的浏览器不支持video标签"). (Not a bare "视频",
 * which also heads a list of other videos under the article.)
 */
const playerPlace = (line: string) => playerClock.test(line) || /^((正在)?加载中?\s*(\.+|…+)?|.{0,8}浏览器(暂)?不支持.{0,20})$/i.test(line);

/** "图为牧民正在挤奶。 日喀则文联供图", "上图:…": a caption the site's markup left among the paragraphs. */
const pictureCaption = /^[(（]?\s*(图为|上图|下图|左图|右图)|(摄|供图)\s*[)）]?$/;

/** A line that tells the story: long, with its clauses, and no photographer's credit. */
const storyLine = (line: string) => !credited(line) && line.length >= 30 && punctuation(line) >= 2;

/** Whether a photographer's credit marks captions: a picture story (a photo and its caption) has no other paragraph. */
export const creditsCaptions = (page: BodyPage) => page.norm.some((line, i) => page.kind[i] === 'text' && storyLine(line));

/** How much a line reads like a paragraph of the article (positive) or the site around it (negative). */
function lineScore(page: BodyPage, i: number, captions: boolean): number {
  const kind = page.kind[i]!;
  // ("图片" alone is a picture's place between paragraphs, though a list's heading may read the same.)
  if (kind === 'end' && picture.test(page.norm[i]!)) return -6;
  if (kind === 'end') return -1e6;
  // Image placeholders and captions sit between paragraphs: they cost less than the site's meta lines.
  if (kind === 'chrome') return -6;
  // A date alone on its line inside the body is a notice's signature date, not the site's meta line.
  if (kind === 'meta' && findDates(page.norm[i]!)[0]?.match.trim() === page.norm[i]!.trim()) return -6;
  if (kind !== 'text') return -20;
  const line = page.norm[i]!;
  if (isPictureCaption(page, i, captions)) return -6;
  const len = line.replace(/\s+/g, '').length;
  const marks = punctuation(line);
  if (len >= 15 && marks >= 1) return Math.min(len, 400) / 10 + 3 * Math.min(marks, 15);
  if (marks >= 1 || numberedHeading.test(line)) return 1;
  return len < 15 ? -3 : -1;
}

/**
 * Each line's score by the rules (index = line; lines before `from` score 0). Widget and meta lines
 * one after another cost more each: a picture's place between two paragraphs is cheap, a block of
 * the site's widgets is where the article stops.
 */
export function ruleScores(page: BodyPage, from: number): number[] {
  const captions = creditsCaptions(page);
  const repeats = new Map<string, number>();
  for (const line of page.norm) repeats.set(line, (repeats.get(line) ?? 0) + 1);
  const scores = page.norm.map(() => 0);
  let apart = 0;
  for (let i = from; i < page.norm.length; i++) {
    const score = lineScore(page, i, captions);
    // (A picture's place, or the word a page repeats under each picture, stays cheap.)
    // (Nor does a caption copied twice, as the picture's alt text and under it, or one that says what the picture shows.)
    const pictured = (page.kind[i] === 'text' && isPictureCaption(page, i, captions)) || picture.test(page.norm[i]!) || playerPlace(page.norm[i]!) || (repeats.get(page.norm[i]!) ?? 0) >= 3 || (page.kind[i] === 'chrome' && (page.norm[i - 1] === page.norm[i] || pictureCaption.test(page.norm[i]!)));
    apart = score < 0 ? apart + 1 : 0;
    scores[i] = score * (score < 0 && !pictured ? Math.min(apart, 3) : 1);
  }
  return scores;
}

/** The run of lines from `from` on with the largest sum of scores; [-1, -1] when no run scores above 0. */
export function bestRun(scores: number[], from: number): [number, number] {
  let best: [number, number] = [-1, -1];
  let bestSum = 0;
  let sum = 0;
  let start = from;
  for (let i = from; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}

/** The run of lines with the most text and punctuation (largest sum of line scores), from `from` on. */
export function bodyRun(page: BodyPage, from: number): [number, number] {
  // "本网讯(记者:张源)10月13号,是第32个国际减灾日。…": a story's opening with its byline in brackets
  // is its first paragraph, though the label read it as a meta line.
  page.norm.forEach((line, i) => {
    if (i >= from && page.kind[i] === 'meta' && dateline.test(line) && line.replace(/\s+/g, '').length >= 40 && (line.match(/[，。；！？,;!?]/g) ?? []).length >= 3) page.kind[i] = 'text';
  });
  return refineRun(page, from, bestRun(runScoring.scores(page, from), from));
}

/** How bodyRun scores a page's lines: by the rules, or by a model the fitting script (tests/eval/body-fit.ts) tries. */
export const runScoring: { scores: (page: BodyPage, from: number) => number[] } = { scores: ruleScores };

/** The run's edges as a story and a page mark them: its dateline, a list of links under it, a paragraph the copy cut. */
export function refineRun(page: BodyPage, from: number, [start, end]: [number, number]): [number, number] {
  if (start < 0) return [start, end];
  [start, end] = printedTwice(page, start, end);
  const noticed = siteNoticeEnd(page, start, end);
  // (A run that reaches the page's foot, no notice under it, may end in a paragraph the copy cut.)
  [start, end] = withoutFieldLines(page, start, noticed, noticed === end && end >= page.norm.length - 2);
  start = headingStart(page, from, salutationStart(page, from, datelineStart(page, bylineStart(page, pointsStart(page, start, end), end), end)), end);
  return [start, cutOffEnd(page, listedLinksEnd(page, start, end))];
}

/** A heading of the article's: a short line of text that no sentence mark closes ("打防相依 斗智斗勇惩不法", "一、新闻"). */
const heading = (page: BodyPage, i: number) => {
  const line = page.norm[i]!;
  const flat = line.replace(/\s+/g, '');
  // (Not words of a character or two set apart, a menu's or a widget's: "中 心 动 态", "打印 放大 缩小"; nor a line
  // the page prints twice, its headline over the text.)
  const twice = page.norm.indexOf(line) !== i || page.norm.lastIndexOf(line) !== i;
  return page.kind[i] === 'text' && flat.length >= 2 && flat.length <= 30 && !closing.test(line) && !/[。！？!?]/.test(line) && !fieldLine.test(line) && !dateline.test(line) && !/^(\S{1,2}\s+)+\S{1,2}$/.test(line.trim()) && !twice;
};

/**
 * An article set out in sections opens with its first section's heading: a heading just above the
 * run's first paragraph is the article's when other headings like it stand between its paragraphs
 * (a kicker or a subtitle over an article without sections is not).
 */
function headingStart(page: BodyPage, from: number, start: number, end: number): number {
  const above = start - 1;
  // (A story that opens with its dateline, "本报讯…", has nothing of its own above it; a line right under the
  // headline, above its meta lines, is its kicker or a widget: "实况报道", "听新闻".)
  if (above <= from || page.kind[above] !== 'text' || !paragraphAt(page, start) || dateline.test(page.norm[start]!)) return start;
  // ("历史总能找到一些相似之处——": a sentence that runs on with a dash into the paragraph under it is the article's.)
  if (/[\u4e00-\u9fff]——$/.test(page.norm[above]!.trim())) return above;
  if (!heading(page, above)) return start;
  const textBefore = (k: number) => {
    let i = k - 1;
    while (i > start && page.kind[i] !== 'text') i--;
    return i;
  };
  const textAfter = (k: number) => {
    let i = k + 1;
    while (i < end && page.kind[i] !== 'text') i++;
    return i;
  };
  const sections = page.norm.some((_, k) => k > start && k <= end && heading(page, k) && paragraphAt(page, textBefore(k)) && (k === end || paragraphAt(page, textAfter(k))));
  if (!sections) return start;
  // (A part's numbered heading over its first section's: "01. 背景" / "1)运维转型背景".)
  let top = above;
  while (top - 1 > from && heading(page, top - 1) && numberedHeading.test(page.norm[top - 1]!)) top--;
  return top;
}

/**
 * An article printed twice (a page's text and its copy for phones, one under the other): the first
 * paragraph met again further down starts the copy, and the article ends above it. Where only that
 * paragraph stands above the copy (a teaser: "…" / "《详全文》" / the headline again), the article is the copy.
 */
function printedTwice(page: BodyPage, start: number, end: number): [number, number] {
  const first = page.norm.findIndex((_, i) => i >= start && i <= end && paragraphAt(page, i));
  if (first < 0) return [start, end];
  // (The teaser may be cut short: "「感谢您…」今(109)年高龄…" / the paragraph whole.)
  const opening = (line: string) => line.replace(/\s+/g, '').slice(0, 24);
  const again = page.norm.findIndex((line, i) => i > first + 1 && i <= end && opening(line) === opening(page.norm[first]!));
  if (again < 0) return [start, end];
  const teaser = !page.norm.some((_, i) => i > first && i < again && paragraphAt(page, i));
  return teaser ? [again, end] : [start, again - 1];
}

/**
 * The site speaking of itself under the article, its rights and reprints: "未经许可…任何人不得复制、转载…客户端内容",
 * "本作品中使用的图片…如涉及版权,请致电". The article ends above it, whatever follows. A sentence of the story that names
 * the site ("欢迎广大市民请关注本网客户端获取更多信息。", "…被本网转载后…。"), closed by its full stop with a paragraph
 * under it, is the story's: only a notice ends the article.
 */
function siteNoticeEnd(page: BodyPage, start: number, end: number): number {
  for (let i = start + 1; i <= end; i++) {
    const line = page.norm[i]!;
    if (line.length <= 150 && siteRights(line) && !storySentence(page, i, end)) return i - 1;
    // "本文链接地址:…", "本文网址:…": the page's own address under the article.
    if (/^(本文|本页)(链接|地址|网址|链接地址)+\s*:/.test(line)) return i - 1;
  }
  return end;
}

/**
 * The site, or the article as the site's, named with its rights or reprints: "本网站所有内容…未经授权不得转载",
 * "如涉及版权,请联系本站删除", "以上内容为转载内容,…与本公司立场无关", "本文转载自…".
 */
const siteRights = (line: string) =>
  (/(本站|本网|本平台|本作品|本号|本公众号|客户端)/.test(line) && /(版权|转载|复制|摘编|授权|许可|侵权)/.test(line)) ||
  // (The text itself or the company, only as reprinted: a story's "本文所涉案例中,被告未经许可复制他人作品" stays.)
  /(本文|以上内容|本公司).{0,20}转载|转载.{0,20}(本文|以上内容|本公司)/.test(line);

/** A sentence of the story: closed by its full stop, a paragraph of the article under it before the run ends. */
function storySentence(page: BodyPage, i: number, end: number): boolean {
  if (!/[。！？!?][”"’」』]?$/.test(page.norm[i]!)) return false;
  let k = i + 1;
  while (k < end && page.kind[k] !== 'text') k++;
  return k <= end && paragraphAt(page, k);
}

/** "作 者:通信信息报", "编 辑:周桂军", "关键字搜索:中国电信", "生活 用户:蒲惇坚 6758℃": a short label and its value, no sentence. */
const fieldLine = /^[^，。,；;:()（）【】[\]]{1,10}:\s*[^，。,；;:！？!?]{1,30}$/;
/** "标题:“…”", "关键词:…", "[关键词] 大阅读时代 图书馆": the page's fields printed around the article, whatever their length. */
const fieldLabel = /^([【[]\s*(标\s*题|关键[词字]|标\s*签|tags?)\s*[】\]]\s*:?|(标\s*题|关键[词字]|标\s*签|tags?)\s*:)/i;
/**
 * A byline among the run's first lines ("○记者刘念海文/图", "文 :《瞭望》新闻周刊记者 张三"): the lines above
 * it are the pictures' captions or the lead's summary over the story (short or in sentences, "◆ 乡村医疗
 * 卫生机构…全面消除。"), and the story starts under its byline.
 */
const writers = /(记者|作者|通讯员|撰文|撰稿|^\s*[■□●◆○]?\s*文\s*[:/|｜丨])/;
function bylineStart(page: BodyPage, start: number, end: number): number {
  for (let i = start + 1; i <= Math.min(end - 1, start + 6); i++) {
    // (A byline may carry its date: "记者陈钟声/嘉县报导-2017-06-29 17:44:53"; a date line without writers is the page's.)
    if (page.kind[i] === 'meta' && (!findDates(page.norm[i]!).length || writers.test(page.norm[i]!))) {
      // (Over paragraphs, only a line naming the writers is the story's byline: a source under paragraphs,
      // "(来源:中国交通在线)", closes the story above it.)
      const short = page.norm.slice(start, i).every((line, k) => page.kind[start + k] !== 'text' || line.replace(/\s+/g, '').length <= 50);
      return paragraphAt(page, i + 1) && (short || writers.test(page.norm[i]!)) ? i + 1 : start;
    }
  }
  return start;
}

/**
 * A lead's points over the story, each opened with a bullet ("◆城市大脑最终可能要为城市生活打造…"), where the
 * story's paragraphs have none: the page's summary, not the article's opening.
 */
function pointsStart(page: BodyPage, start: number, end: number): number {
  const bullet = /^[◆◇●■□★☆▶►]/;
  let i = start;
  while (i <= end && (page.kind[i] !== 'text' || bullet.test(page.norm[i]!))) i++;
  if (i === start || i > end || !paragraphAt(page, i)) return start;
  const bulleted = page.norm.slice(i, end + 1).some((line, k) => page.kind[i + k] === 'text' && bullet.test(line));
  return bulleted ? start : i;
}

/** "摘要:…", "内容提要:…": a summary box over the article, though written in sentences. */
// (Its label in square brackets needs no colon: "[摘要] 当今的社会是阅读的时代。…".)
const summary = /^([【[]\s*(摘要|内容摘要|提要|内容提要|导读|导语)\s*[】\]]\s*:?|(摘要|内容摘要|提要|内容提要|导读|导语)\s*:)/;

/**
 * A photo's caption over the first paragraph: one short sentence without a clause ("可可西里的高原精灵。"),
 * or a line that credits its pictures in brackets ("后池新愚公希望小学举行升旗仪式。(资料图片)"). An opening
 * paragraph has its clauses; a question or a quotation that opens a story ("你知道…吗?") is no caption.
 */
function topCaption(line: string): boolean {
  const credit = /[(（][^()（）]*(图片?|照片|摄|供图)[^()（）]*[)）]$/.exec(line);
  // (A sentence whose source closes it in brackets, "…外贸口岸已日趋完善。(新华社)", "…28亿网购快件。(取自新浪微博@新华视点)",
  // is a photo's caption over the story: the story's own source closes its last paragraph, not its first.)
  const source = /[。！]\s*[(（]([^()（），,。]{2,20})[)）]$/.exec(line);
  if (source && !credit) {
    const sentence = line.slice(0, source.index + 1).replace(/\s+/g, '');
    return sentence.length <= 60 && (sentence.match(/[。！？!?]/g) ?? []).length === 1;
  }
  const words = (credit ? line.slice(0, credit.index) : line).replace(/\s+/g, '');
  if (/[，、；,;:]/.test(words) || (words.match(/[。！？!?]/g) ?? []).length > 1) return false;
  // (A television story opens with one short sentence saying when: "澳门轻轨石排湾线今日通车。"; a caption shows a scene.)
  return credit ? words.length <= 40 : words.length <= 30 && words.endsWith('。') && !/(今日|今天|昨日|昨天|今晨|昨晚|今早|日前|近日|本周|上周)/.test(words);
}

/** A paragraph of the article, to tell a caption or a field line above it from the article's opening. */
const paragraphAt = (page: BodyPage, i: number) => page.kind[i] === 'text' && page.norm[i]!.length >= 30 && /[，、；,;]/.test(page.norm[i]!);

/**
 * The run's edges less the site's lines that read as text: a field line ("作 者:…") or a summary box at its
 * top, the headline again, a writer's name or a second headline, a caption over the first paragraph, a field
 * line ("关键字搜索:…", "标签: …") at its bottom.
 */
function withoutFieldLines(page: BodyPage, start: number, end: number, atFoot: boolean): [number, number] {
  const next = (i: number) => {
    let k = i + 1;
    while (k < end && page.kind[k] !== 'text') k++;
    return k;
  };
  // (A summary box repeats the article's sentences; a paper's own abstract, "摘要:本文通过…", is its text.)
  const repeated = (i: number) => {
    const words = page.norm[i]!.replace(summary, '').replace(/\s+/g, '').slice(0, 12);
    return words.length >= 8 && page.norm.slice(i + 1, i + 6).some((line) => line.replace(/\s+/g, '').includes(words));
  };
  // (Nor is a description that repeats the first paragraph's beginning, the page's summary of it, or
  // the article's paragraphs run together on one line over them: one of the two lines opens the other.)
  const flat = (i: number) => page.norm[i]!.replace(/\s+/g, '').replace(/(\.{3}|…+)$/, '');
  const opens = (a: string, b: string) => a.length >= 10 && b.length > a.length && b.startsWith(a);
  const teaser = (i: number) => next(i) <= end && (opens(flat(i), flat(next(i))) || opens(flat(next(i)), flat(i)));
  // (Nor is the headline printed again, nor a few words without a sentence mark over the paragraphs: the
  // writer's name, "谭洁", "江小平 周卓见*", "李德琳 报道:", or a kicker; a numbered heading is the article's.)
  const again = (i: number) => !paragraphAt(page, i) && page.norm.indexOf(page.norm[i]!) !== i;
  // (Or a second headline, its words set apart by marks a headline uses, no clause and no closing mark:
  // "全线告急!多图直击鄱阳湖东西两岸决口抢险", "澎湖爆报/县长宣誓就职典礼于12月25日上午举行 民政处:欢迎县民踊跃前往观礼".)
  const words = (i: number) => {
    const line = page.norm[i]!;
    const flat = line.replace(/\s+/g, '').length;
    return !numberedHeading.test(line) && ((flat <= 12 && !/[，。；、！？,;!?…]/.test(line)) || (flat <= 50 && !/[，。；、,;…]/.test(line) && !closing.test(line)));
  };
  const site = (i: number) => teaser(i) || again(i) || (!dateline.test(page.norm[i]!) && (fieldLine.test(page.norm[i]!) || fieldLabel.test(page.norm[i]!) || words(i) || (summary.test(page.norm[i]!) && repeated(i)) || topCaption(page.norm[i]!)));
  while (start < end) {
    // (Captions may stand one under the other, or over a label, above the first paragraph.)
    const below = [next(start), next(next(start)), next(next(next(start)))];
    if (page.kind[start] !== 'text' || (site(start) && below.some((i) => i <= end && paragraphAt(page, i)))) start = next(start);
    else break;
  }
  // ("文图据新华社、中新网": a short line without a closing mark under the last sentence is a credit or a label.)
  // (Or a block of them: "中国航空网 www.aero.cn" / "航空翻译 www.aviation.cn", the site's names and addresses.)
  const short = (i: number) => page.kind[i] !== 'text' || (!numberedHeading.test(page.norm[i]!) && page.norm[i]!.replace(/\s+/g, '').length <= 30 && !/[。！？!?…”’」』)）】\]:：]$/.test(page.norm[i]!));
  for (let moved = true; moved; ) {
    moved = false;
    while (end > start && (page.kind[end] !== 'text' || fieldLine.test(page.norm[end]!) || fieldLabel.test(page.norm[end]!))) {
      end--;
      moved = true;
    }
    let k = end;
    while (k > start && short(k)) k--;
    // (Not at the foot of a page the copy cut: a subheading there is over the cut paragraph under it.)
    const last = page.norm.length - 1;
    const cut = atFoot && page.kind[last] === 'text' && cutParagraph(page.norm[last]!);
    if (!cut && k < end && k >= start && paragraphAt(page, k) && closing.test(page.norm[k]!) && end - k <= 3) {
      end = k;
      moved = true;
    }
  }
  return [start, end];
}

/**
 * "各位代表:", "尊敬的市民们:", "各镇人民政府、市各相关部门:": whom a speech or a notice addresses opens
 * its text. A notice that issues a document prints its salutation, its sentence and its signature over the
 * document: the run of the document's paragraphs starts at the notice's salutation.
 */
const salutation = /^(尊敬的|亲爱的|各位|各)[^。！？!?]{0,60}:$|(同志们|朋友们|同学们|代表们?|市民们?|居民们?|家长们?|老师们?|先生们|女士们|单位|部门|机构|政府|委员会)\s*:$/;

function salutationStart(page: BodyPage, from: number, start: number): number {
  for (let k = start - 1; k >= from && k >= start - 12; k--) {
    const line = page.norm[k]!;
    if (salutation.test(line) && line.length <= 80) {
      // ("各位代表:", a colon alone after a word, reads like a widget's label: here it is the speech's.)
      page.kind[k] = 'text';
      return k;
    }
    // Between them only the notice's sentences, its signature and the document's title (no widget, no field).
    const dateAlone = page.kind[k] === 'meta' && findDates(line)[0]?.match.trim() === line.trim();
    if (page.kind[k] !== 'text' && !dateAlone) return start;
  }
  return start;
}

/**
 * The paragraphs a saved page's markup gives (Readability's main content), less the captions the
 * copied text's reading drops too: a photographer's credit, "…。图为…", a line naming what a
 * picture shows, a line with no sentence in it; unless the captions are all the text there is.
 */
export function withoutCaptions(paragraphs: string[]): string[] {
  const norm = paragraphs.map(normalizeLine);
  const others = norm.some(storyLine);
  const kept = paragraphs.filter((_, i) => {
    const line = norm[i]!;
    const caption = isCaption(line) || (others && (credited(line) || showsPicture.test(line) || namesPicture(line)));
    return !caption;
  });
  return kept.length ? kept : paragraphs;
}

/** "本报讯", "新华社北京3月10日电", "福州新闻网7月23日讯(记者…)", "央视网消息:": the line that opens a news story. */
export const dateline = /^[^，。,;；:]{0,30}?(\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)|(网|报|台|社|刊|闻|端)(讯|消息))/;

/**
 * A story opens with its dateline: a caption or a summary box above it, though written in
 * sentences, is not the article's (only looked for among the run's first lines).
 */
function datelineStart(page: BodyPage, start: number, end: number): number {
  let seen = 0;
  for (let i = start; i <= end && seen < 4; i++) {
    if (page.kind[i] !== 'text') continue;
    if (seen > 0 && dateline.test(page.norm[i]!)) return i;
    seen++;
  }
  return start;
}

/** A sentence's last mark: a paragraph of the article ends with one, a headline or a link does not. */
const closing = /[。！？!?…”’」』)）】\]:;；.]$/;
const sentenceMarks = /[，。、；！？,;!?]/;

/**
 * "1. 标题" / "2. 标题" under the last paragraph: a numbered list of links to other articles,
 * not headings of this one (a heading, "二、" or "(一)", is followed by its paragraph).
 */
function listedLinksEnd(page: BodyPage, start: number, end: number): number {
  let last = end;
  let listed = 0;
  const link = /^\d+\s*[、.．]/;
  while (last > start && (page.kind[last] !== 'text' || (link.test(page.norm[last]!) && !sentenceMarks.test(page.norm[last]!.replace(link, ''))))) {
    if (page.kind[last] === 'text') listed++;
    last--;
  }
  return listed >= 2 ? last : end;
}

/**
 * A page copied only in part ends in the middle of a paragraph: its last line, right under the
 * body, is the body's last line though no mark closes it ("…确保实现通信网络覆盖与高铁同步建设、同步完工").
 * A cut sentence runs on, where a headline or a caption is short, or spaced between its words. A
 * picture's place or two may stand between ("图片.png"), and the cut clauses may read as a list of
 * keywords ("随后,青年税务志愿者走入景区,…,一对一开"): three clauses of twenty characters, one of eight, are no keywords.
 */
function cutOffEnd(page: BodyPage, end: number): number {
  const last = page.norm.length - 1;
  let next = end + 1;
  while (next < last && next <= end + 2 && page.kind[next] === 'chrome') next++;
  if (next !== last) return end;
  const line = page.norm[last]!;
  const cut =
    page.kind[last] === 'text'
      ? cutParagraph(line)
      : page.kind[last] === 'chrome' && cutClauses(line);
  if (!cut) return end;
  page.kind[last] = 'text';
  return last;
}

/** A cut paragraph's clauses that the chrome list read as keywords: no label, long clauses, no widget. */
function cutClauses(line: string): boolean {
  const clauses = line.split(/[，,、；;]/).map((clause) => clause.replace(/\s+/g, '').length);
  return cutParagraph(line) && clauses.length >= 3 && !/[:：|｜]/.test(line) && clauses.reduce((a, b) => a + b, 0) >= 20 && clauses.some((n) => n >= 8) && !isWidgetLine(line);
}

/** Whether a page's last line reads as a paragraph the copy cut (see cutOffEnd). */
function cutParagraph(line: string): boolean {
  const flat = line.replace(/\s+/g, '');
  // (A title or a quotation left open, "《中华人民共和国", was cut in the middle, however short.)
  const runsOn = (sentenceMarks.test(line) && flat.length >= 6) || flat.length >= 12 || (flat.length >= 4 && (leftOpen(flat, '《', '》') || leftOpen(flat, '“', '”')));
  const headline = /[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(line) || (/^[(（【[]/.test(line) && !numberedHeading.test(line));
  // (Nor a list of a spam site's keywords: "亚洲人成电影网站_…_…".)
  return runsOn && !closing.test(line) && !headline && !/[_|｜]/.test(line) && /[\u4e00-\u9fff]/.test(line);
}

/**
 * A notice's list of attachments and its signature under its last paragraph, "附件:1.《…》",
 * "工业和信息化部信息通信管理局" / "2020年1月8日": the notice's own lines.
 */
export function signature(page: BodyPage, from: number): number[] {
  const listed = attachments(page, from);
  const i = from + listed.length;
  // The office may run over two lines: "江西上高高新技术产业园区" / "管理委员会" / "2025年4月28日".
  for (const lines of [1, 2]) {
    const office = page.norm.slice(i, i + lines);
    const date = page.norm[i + lines] ?? '';
    const dated = findDates(date)[0];
    const short = office.every((line, k) => page.kind[i + k] === 'text' && line.length <= 30 && !/[，。,；;]/.test(line));
    if (office.length === lines && short && isOrganisation(office.join('').replace(/\s+/g, '')) && dated && dated.match.trim() === date.trim()) return [...listed, ...Array.from({ length: lines + 1 }, (_, k) => i + k)];
  }
  return listed;
}

/**
 * A notice's list of what it attaches, under its last paragraph: "附件:1.《…的通知》" / "2.《…》".
 * (A bare "附件1:" heads the attached document itself, which is not the notice's text.)
 */
function attachments(page: BodyPage, from: number): number[] {
  if (from >= page.norm.length || !/^附件\s*:\s*\S/.test(page.norm[from]!)) return [];
  const lines = [from];
  for (let i = from + 1; i < page.norm.length && page.kind[i] === 'text' && /^\d+\s*[、.]/.test(page.norm[i]!); i++) lines.push(i);
  return lines;
}


/**
 * A paragraph without the widget glued after its last sentence: "…多家媒体进行了报道。 责任编辑:",
 * "…安心分娩。 |". (A credit or a byline after it, "本报记者 肖金雄 摄", is the article's.)
 */
export function withoutGluedChrome(written: string): string {
  // A table's or a menu's bar after the text: "…确保森林安全。 (本报记者) |".
  const paragraph = written.replace(/(\S)\s+[|｜]+$/, '$1');
  const glued = /^(.*[。！？!?”」』])(\s+\S.{0,29})$/.exec(paragraph);
  if (!glued) return paragraph;
  const tail = normalizeLine(glued[2]!);
  const kind = classify(tail);
  const credit = /\s摄\s*[)）]?$/.test(tail);
  return /^[|｜\s·•/\\-]+$/.test(tail) || kind === 'end' || (kind === 'chrome' && !credit) ? glued[1]! : paragraph;
}
