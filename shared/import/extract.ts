import { asWritten, withoutPinyin } from './annotations';
import { bylineNames, bylineOnly, credits, englishByline, isOrganisation, isPersonName, namesLine, officeAndNames, onlyNames, plainByline, reportersInLead, signedAtEnd } from './byline';
import { bodyLines, bodyRun, numberedHeading, signature, withoutCaptions, withoutGluedChrome } from './body';
import { classify, columnOfBreadcrumb, punctuation, titleLabel, todayWidget, unlabelledMeta, withoutCitation, type LineKind } from './classify';
import { findDates } from './dates';
import { joinLabelLines, labelledValues } from './labels';
import { fieldText, leftOpen, normalizeLine, paragraphText } from './normalize';

/** The fields around an article's body, each '' when not found. */
export interface ArticleHead {
  title: string;
  publishedAt: string;
  source: string;
  author: string;
  originalUrl: string;
  column: string;
}

/** What an import finds in a page; `column` is the name the page's breadcrumb gives. */
export interface Extracted extends ArticleHead {
  body: string[];
}

/** What a page's markup says besides its lines: its <h1>, other names it gives itself, Readability's paragraphs. */
export interface PageHints {
  title?: string;
  titles?: string[];
  body?: string[];
}

const url = /https?:\/\/[^\s<>"'，。；、）)】\]]+/;

interface Page {
  raw: string[];
  text: string[];
  norm: string[];
  kind: LineKind[];
}

/**
 * Finds an article's fields in the lines of a reprinted page (a text dump, or an HTML page or
 * Word document turned into lines). No field is the first match of a rule: the body is the run
 * of lines where text and punctuation are densest (the method of 《基于文本及符号密度的网页正文
 * 提取方法》), the title the best-scored headline above it, the date the best-scored date near the
 * title, and the site's chrome is what scores against text.
 */
export function extractArticle(rawLines: string[], hints: PageHints = {}): Extracted {
  const written = joinLabelLines(rawLines.filter((l) => fieldText(l)), (l) => normalizeLine(withoutPinyin(l)));
  const raw = written.map(withoutPinyin);
  const text = raw.map(fieldText);
  const norm = text.map(normalizeLine);
  const page: Page = { raw, text, norm, kind: norm.map(classify) };
  // "来源:《小康》•中国小康网": a line that opens with a field's label is that field, not a trail of columns.
  norm.forEach((line, i) => {
    if (page.kind[i] === 'breadcrumb' && labelledValues(line).some((v) => v.kind !== 'ignored' && v.value && line.startsWith(v.label))) page.kind[i] = 'meta';
  });
  // A short line the page repeats three times or more among its paragraphs ("工信部" under each
  // picture) is its layout's. (Above the first paragraph, a repeated line may be the headline.)
  const seen = new Map<string, number>();
  for (const line of norm) seen.set(line, (seen.get(line) ?? 0) + 1);
  const opening = page.kind.findIndex((k, i) => k === 'text' && norm[i]!.length >= 30 && punctuation(norm[i]!) >= 2);
  norm.forEach((line, i) => {
    if (opening >= 0 && i > opening && page.kind[i] === 'text' && line.length <= 20 && seen.get(line)! >= 3) page.kind[i] = 'chrome';
  });
  // Above the first paragraph, the short line under a picture ("图片1.jpg" / "会议现场。") is its
  // caption. (Further down it may be a short paragraph; under a logo, with no line of text above, the headline.)
  const firstText = page.kind.indexOf('text');
  norm.forEach((line, i) => {
    if (i > 0 && i < opening && i > firstText && picture.test(norm[i - 1]!) && page.kind[i] === 'text' && line.replace(/\s+/g, '').length <= 30 && (line.match(/[。！？]/g) ?? []).length <= 1) page.kind[i] = 'chrome';
  });
  const result: Extracted = { title: '', publishedAt: '', source: '', author: '', originalUrl: '', column: '', body: [] };

  // (A trail the line rules read as text, the headline run on after it or the home page's link lost:
  // "首页 > 华侨华人 > 中国驻宿务总领事馆举办…招待会", "首页 -馆内动态", "> 城市".)
  const homeTrail = (i: number) => /^(\S{0,6}首页|主页|网站首页)\s*(>>|[>›»＞→]|-{1,2}|—|_|::)\s*\S/.test(norm[i]!) || /^(>>|[>›»＞→])\s*[^\s>›»＞→]{2,12}$/.test(norm[i]!);
  const crumb = page.kind.includes('breadcrumb') ? page.kind.indexOf('breadcrumb') : norm.findIndex((_, i) => page.kind[i] === 'text' && homeTrail(i));
  // (A headline set over two lines is read whole: titleAt is its lower line, titleHead the upper one.)
  const [titleAt, titleHead] = overTwoLines(page, findTitle(page, hints));
  const titleText = titleAt >= 0 ? titleHead + withoutGluedDate(labelledTitle(titleField(withoutCells(text[titleAt]!)).replace(bullet, ''))) : '';
  // A breadcrumb may run over several lines ("当前位置:" / "首页 > 政务公开 > 河长制" / "> 正文").
  // (A line ending in an arrow goes on under it, down to the headline: "当前位置:" / "要闻动态 >" / "县区动态".)
  // (Or it starts with one, or the label stands alone: "当前位置:" / "首页" / ">镇街信息".)
  const arrow = /(>>|[>›»＞→])\s*$/;
  const arrowFirst = /^\s*(>>|[>›»＞→])/;
  const labelAlone = (line: string) => /^[\u4e00-\u9fff]{0,6}位置\s*:?$/.test(line);
  // (A trail far under the headline, in the footer or a list of links, is not where the article sits.)
  const trailAt = titleAt < 0 || crumb <= titleAt + 3 ? crumb : -1;
  for (let i = trailAt; i >= 0 && i < norm.length; i++) {
    const joins = arrow.test(norm[i]!) || arrow.test(norm[i - 1] ?? '') || arrowFirst.test(norm[i]!) || (labelAlone(norm[i - 1] ?? '') && /^(首页|主页|网站首页)$/.test(norm[i]!)) || (/^(首页|主页|网站首页)$/.test(norm[i - 1] ?? '') && i - 1 > crumb);
    // (The home page's step alone may read as a widget word: "首页".)
    const step = page.kind[i] === 'text' || (page.kind[i] === 'chrome' && /^(首页|主页|网站首页)$/.test(norm[i]!));
    const goesOn = i !== titleAt && step && norm[i]!.length <= 16 && !punctuation(norm[i]!.replace(arrow, '').replace(arrowFirst, '')) && joins;
    if (page.kind[i] !== 'breadcrumb' && !(i === crumb && homeTrail(i)) && !goesOn) break;
    // A trail that ends with the headline, or is glued to it ("…> 工作动态全国邮政业…召开"): the column is before it.
    const trail = titleText.length >= 6 && i !== titleAt ? text[i]!.replace(titleText, '') : text[i]!;
    result.column = columnOfBreadcrumb(trail) || result.column;
  }

  // No trail: a column named by a label ("栏目: 工作动态", "分类:政府动态"), or a section with an arrow alone above the headline ("电力>>").
  if (!result.column) result.column = labelledColumn(page, titleAt);

  // ("标题:“湖北统筹安排…”": a form's value in quotes is the headline without them.)
  const labelled = headlineLabel(normalizeLine(titleText));
  const value = titleText.slice(labelled);
  result.title = cleanTitle(headline(hints, labelled ? value.replace(/^[“"]([^“”"]+)[”"]$/, '$1') : value));

  // (A page that prints its headline as a field under the text, "标题: …", has its body above it.)
  let [start, end] = bodyRun(page, titleAt + 1);
  if (start < 0 && titleAt >= 0) [start, end] = bodyRun(page, 0);
  const normTitle = normalizeLine(result.title);
  if (hints.body?.length) {
    result.body = withoutCaptions(hints.body.map(paragraphText).filter((p) => p && classify(normalizeLine(p)) === 'text' && normalizeLine(p) !== normTitle));
  } else if (start >= 0) {
    for (const i of bodyLines(page, start, end, (line) => line === normTitle)) result.body.push(withoutGluedChrome(paragraphText(written[i]!)));
    for (const i of signature(page, end + 1)) result.body.push(paragraphText(written[i]!));
  }

  // The header: lines between the title and the body; a short footer of meta lines after the body.
  const headerFrom = Math.max(0, Math.min(titleAt >= 0 ? titleAt : 0, crumb >= 0 ? crumb : Infinity));
  // Lines above the title count too (scored lower): some pages print the date above the headline.
  const header = range(0, start >= 0 ? start : page.norm.length).filter((i) => i !== titleAt);
  // (A notice's signature, "XX县人民政府办公室" / "2024年1月20日", dates the document, not its publishing.)
  const signed = start >= 0 && !hints.body?.length ? signature(page, end + 1) : [];
  // A block of credits further down, past a sidebar: a writer's labelled line over the editor's
  // ("图文:公共区管理部 周梦起" / "编辑:张梅" / "审核:武小吉").
  const editors = (line: string) => {
    const values = labelledValues(line);
    return values.length > 0 && values.every((v) => v.kind === 'ignored') && /(编辑|责编|审核|审校|校对)/.test(line);
  };
  const credited = start >= 0 ? range(end + 6, Math.min(norm.length - 1, end + 30)).filter((i) => labelledValues(norm[i]!).some((v) => v.kind === 'author' && v.value) && editors(norm[i + 1]!)) : [];
  const footer = start >= 0 ? [...footerLines(page, end + 1), ...credited].filter((i) => !signed.includes(i)) : [];
  readHead(page, header, footer, titleAt, result, start >= 0 ? norm[start]! : '');
  // A byline the body's run took in at its top (under a caption, "文 |《瞭望》记者 张冉燃"): its meta lines
  // name the writer and the source when the header does not, and date the article when the header has no date
  // (a browser notice or a caption the run began with, over "2024/05/15 15:42").
  if (start >= 0 && (!result.author || !result.source || !result.publishedAt)) {
    const top: Extracted = { ...result, source: '', author: '', publishedAt: '' };
    readHead(page, range(start, Math.min(end + 1, start + 8)).filter((i) => page.kind[i] === 'meta'), [], titleAt, top);
    result.author ||= top.author;
    result.source ||= top.source;
    result.publishedAt ||= top.publishedAt;
  }
  // "港口忙 贸易旺 2024年03月07日": the date printed on the headline's line.
  if (!result.publishedAt && titleAt >= 0 && titleText !== text[titleAt]) result.publishedAt = findDates(norm[titleAt]!)[0]?.iso ?? '';

  // "浙江日报 要闻 00003 浙江邮政抓实党组织有效覆盖 2019-01-25 …": with no date above, a line elsewhere
  // that names the headline beside a date (an e-paper's catalogue line, a list's entry) dates it.
  const flatTitle = normalizeLine(result.title).replace(/\s+/g, '');
  if (!result.publishedAt && flatTitle.length >= 6) {
    const named = norm.findIndex((line, i) => i !== titleAt && line.length <= flatTitle.length + 80 && !/[。！？]/.test(line) && line.replace(/\s+/g, '').includes(flatTitle) && findDates(line).length > 0);
    if (named >= 0) result.publishedAt = findDates(norm[named]!)[0]!.iso;
  }
  // A date glued to the first paragraph ("2021年04月09日 10:28记者从…") is the page's date line.
  if (!hints.body?.length && result.body.length) {
    const first = findDates(result.body[0]!)[0];
    const apart = first && (first.timed || /^\s/.test(result.body[0]!.slice(first.match.length)));
    if (first && first.index === 0 && apart) {
      result.publishedAt ||= first.iso;
      const rest = result.body[0]!.slice(first.match.length).trim();
      if (rest) result.body[0] = rest;
      else result.body.shift();
    } else if (!result.publishedAt && first?.timed && first.index <= 20 && !punctuation(result.body[0]!.slice(0, first.index))) {
      // "铁路评论 2021-02-28 10:36:37 161浏览 作者:谢俊在当下…": a meta line the copy ran into the first paragraph.
      result.publishedAt = first.iso;
    }
  }
  // A line of names alone at the top of the body (too short for a paragraph, with its 、) is the byline.
  // (Or one name alone there, "谭洁", or names and what they did, "李德琳  报道:".)
  const topLine = result.body.length > 1 ? fieldText(result.body[0]!).replace(/[报報][道導导]\s*:?$/, '').trim() : '';
  // (Or an English page's, "By Gao Feng, Wang Xuetao and Zuo Wei (Xinhua)": the writers, and the agency the source.)
  const english = topLine ? englishByline(topLine) : null;
  if (!hints.body?.length && topLine && (namesLine(normalizeLine(topLine)) || isPersonName(normalizeLine(topLine)) || english)) {
    result.author ||= english?.author ?? topLine.trim();
    result.source ||= english?.source ?? '';
    result.body.shift();
  }
  // (Spacing made single first: the normalized form must keep the written one's positions.)
  const lead = fieldText(withoutPinyin(result.body[0] ?? ''));
  const last = fieldText(withoutPinyin(result.body.at(-1) ?? ''));
  if (!result.author && lead) {
    // (A story of one paragraph signed at its end, "…。(县融媒体中心记者 张三)", is read as signed there: the office is the source.)
    const atEnd = result.body.length === 1 ? signedAtEnd(lead, normalizeLine(lead)) : null;
    const signed = atEnd?.author ? atEnd : reportersInLead(lead, normalizeLine(lead));
    result.author = signed.author;
    result.source ||= signed.source;
  }
  // (A lead under a caption or a meta line the body's run took in: "昆明信息港讯 记者周然 3月23日…",
  // or one that opens with its reporters in brackets: "( 僑社記者馬紅兵報導)…", "〔記者吳亮儀/台北報導〕…".)
  // (Or the lead the body's run left out, under the headline: its paragraph opens the same way.)
  const leftOut = start >= 0 && !hints.body?.length ? range(titleAt + 1, start).filter((i) => page.kind[i] === 'text').map((i) => text[i]!) : [];
  for (const next of [...result.body.slice(1, 6), ...leftOut]) {
    const line = fieldText(withoutPinyin(next));
    if (result.author || !/^(\S{0,24}?(讯|电|消息)\s*[(（【:]?|[(（【〔[])/.test(normalizeLine(line).slice(0, 40))) continue;
    const signed = reportersInLead(line, normalizeLine(line));
    result.author = signed.author;
    result.source ||= signed.source;
  }
  // (Or the page's last line of the run, as written, when the body lost its signature with a photo's credit.)
  // (Or just under it: a last sentence signed in brackets that the run left out.)
  const lastLine = start >= 0 && !hints.body?.length ? fieldText(withoutPinyin(written[end]!)) : '';
  const under = start >= 0 && !hints.body?.length && end + 1 < norm.length && /[。！？][)）]?\s*[(（][^()（）]{2,30}[)）]$/.test(norm[end + 1]!) ? text[end + 1]! : '';
  for (const line of [last, lastLine, under]) {
    if (result.author || !line) continue;
    const signed = signedAtEnd(line, normalizeLine(line));
    result.author = signed.author;
    result.source ||= signed.source;
  }
  // "作者:福安新闻网" names the site or the paper (not an office that wrote it: "作者:驻郑办"); a reporter
  // the lead or the last paragraph names is the writer.
  const authorFlat = normalizeLine(result.author).replace(/\s+/g, '');
  if (isOrganisation(authorFlat) && /(网|网站|门户|新闻|客户端|日报|晚报|报社|电视台|融媒体中心)$/.test(authorFlat) && !hints.body?.length) {
    const under = range(end + 1, Math.min(norm.length, end + 3)).map((i) => signedAtEnd(text[i]!, norm[i]!).author);
    const person = reportersInLead(lead, normalizeLine(lead)).author || signedAtEnd(last, normalizeLine(last)).author || under.find(Boolean);
    if (person) result.author = person;
  }
  // A signature on its own line just under the body: "(张三)", "(办公室供稿)", "县教育局供稿", "文字 张三 摄影 李四".
  // (A reporter's bracket may stand further down, under the photos' captions: "(通讯员   倪林 张丹丹)".)
  for (let i = end + 1; start >= 0 && !hints.body?.length && i <= end + 4 && i < norm.length && page.kind[i] !== 'end'; i++) {
    if (i > end + 2 && !/^[(（](记者|通讯员)[^()（）]{2,40}[)）]$/.test(norm[i]!)) continue;
    // (Or a reporter's bracket at the end of a line a template's leftovers open: "{jz:field.toptypename/}(通讯员刘萧冉)".)
    if (!/^[(（][^()（）]{2,80}[)）]$/.test(norm[i]!) && !/[(（](记者|通讯员)[^()（）]{2,40}[)）]$/.test(norm[i]!) && !/^\S{2,20}供稿$/.test(norm[i]!) && !credits(text[i]!, norm[i]!)) continue;
    const signed = signedAtEnd(text[i]!, norm[i]!);
    result.author ||= signed.author;
    result.source ||= signed.source;
  }

  const lines = written.map(fieldText);
  for (const field of ['title', 'source', 'author', 'column'] as const) result[field] = asWritten(result[field], lines);
  // A link to the original is often at the end, after the body.
  for (let i = headerFrom; i < norm.length; i++) {
    for (const v of labelledValues(norm[i]!)) {
      if (!result.originalUrl && (v.kind === 'link' || v.kind === 'source') && url.test(v.value)) result.originalUrl = url.exec(v.value)![0];
    }
  }
  return result;
}

const bullet = /^[•·]\s+/;
/** "| 标题: 潞州区启动法律援助讨薪专项宣传活动 | |": a table's row as the copy gives it, without its cells' bars. */
function withoutCells(line: string): string {
  let cell = line.trim();
  if (cell.startsWith('|') || cell.startsWith('｜')) cell = cell.slice(1).trimStart();
  while (cell.endsWith('|') || cell.endsWith('｜')) cell = cell.slice(0, -1).trimEnd();
  return cell;
}
/** "港口忙 贸易旺 2024年03月07日": a headline with the date printed on its line, before or after it. */
export function withoutGluedDate(line: string): string {
  const [date] = findDates(line);
  if (!date || labelledValues(line).length) return line;
  const trim = (t: string) => t.replace(/^[\s|｜·•/-]+|[\s|｜·•/-]+$/g, '');
  // ("日照山村群众实现清洁取暖(2013年12月08日)": the date in brackets after the headline.)
  const inBrackets = /[(（]\s*$/.test(line.slice(0, date.index)) && /^\s*[)）]/.test(line.slice(date.index + date.match.length));
  const [before, after] = [trim(line.slice(0, date.index).replace(inBrackets ? /[(（]\s*$/ : /$^/, '')), trim(line.slice(date.index + date.match.length).replace(inBrackets ? /^\s*[)）]/ : /$^/, ''))];
  const rest = before && !after ? before : after && !before ? after : '';
  return rest.replace(/\s+/g, '').length >= 4 && /[\u4e00-\u9fff]/.test(rest) ? rest : line;
}
const columnLabel = /(?:^|[\s|｜])(所属栏目|当前栏目|所在栏目|栏目名称|栏目|所属频道|当前频道|频道|所属分类|文章分类|组配分类|分类)\s*:\s*/;
/**
 * The column a page names with a label, "栏目: 工作动态", "分类:政府动态", "组配分类: 工作动态"
 * (not a catalogue's 主题分类 or 信息分类), or a section name with an arrow, alone just above the
 * headline: "电力>>" (the trail whose last step is the article).
 */
function labelledColumn(page: Page, titleAt: number): string {
  const { norm, text } = page;
  for (let i = 0; i < norm.length; i++) {
    const label = columnLabel.exec(norm[i]!);
    if (!label) continue;
    const at = label.index + label[0].length;
    // (The value may be on the next line: "栏目:" / "工作动态".)
    const value = at < norm[i]!.length ? text[i]!.slice(at) : (text[i + 1] ?? '');
    const first = value.split(/\s{1,}(?=\S+\s*:)|[|｜]/)[0]!.trim();
    if (first && first.length <= 30 && !findDates(first).length && !punctuation(first.replace(/[/]/g, ''))) return columnOfBreadcrumb(first);
  }
  for (let i = Math.max(0, titleAt - 2); i < titleAt; i++) {
    const arrowed = /^([^\s>›»＞]{2,12})\s*(>>|[>›»＞])$/.exec(norm[i]!);
    if (arrowed && !/(更多|详细|详情|全文|查看|返回|点击|进入)/.test(arrowed[1]!)) return text[i]!.replace(/\s*(>>|[>›»＞])\s*$/, '');
  }
  return '';
}

/** "港口忙 贸易旺 2024年03月07日" read as a line of meta: a headline with its date, not a date among counters or a site's name. */
function datedHeadline(page: Page, i: number): boolean {
  if (page.kind[i] !== 'meta') return false;
  const rest = withoutGluedDate(page.norm[i]!);
  return rest !== page.norm[i] && rest.replace(/\s+/g, '').length >= 6 && !isOrganisation(rest) && !/(浏览|阅读|点击|评论|原创|转载|发布|更新|来源|作者|编辑|时间|日期|记者|通讯员|[|｜·•])/.test(rest);
}
/** "本文字数:678", "阅读数:979": a page's counters. */
const counter = /(字数|阅读数|阅读量|浏览量|浏览数|点击量|点击数|访问量)\s*:?\s*\d/;
/** "2025年09月28日", "2019年01月09日 星期三": a day alone on its line, as an edition is dated (no time of day). */
const dateAlone = (line: string) => {
  const [date] = findDates(line);
  if (!date) return false;
  // (Or beside the edition or the section it heads: "2026年01月26日 第08版:视觉新闻", "時事脈搏 | 2021-12-21 21:16".)
  const rest = line.replace(date.match, '').replace(/[\s|｜·•]+/g, '');
  const section = /[|｜]/.test(line) ? rest.length <= 8 && !/:/.test(rest) : /^(第\s*[A-Za-z]?\d+[A-Za-z]?\s*版\s*:?\s*\S{0,8})?$/.test(rest);
  return section && (!date.timed || /[|｜]/.test(line)) && !labelledValues(line).length;
};
/** A column's name as sites head their sections: "学校新闻", "市县动态", "视觉新闻", "通知公告". */
const sectionHeading = /^[\u4e00-\u9fff]{0,6}(新闻|动态|要闻|资讯|快讯|公告|通知公告|信息|专题|专栏|视点|聚焦|频道|头条|播报|速递|在线|之窗|报道|时评|评论|图片|视频|视觉)$/;
/**
 * "中国重机召开2019年通讯员工作会": a headline that reads like a byline to the line rules (a role
 * and a few characters after it), which no name after the role bears out.
 */
function bylineLookalike(line: string): boolean {
  if (labelledValues(line).length || findDates(line).length) return false;
  const role = /(记者|通讯员|实习生)\s*([\u4e00-\u9fa5·]{2,4})/.exec(line);
  if (!role) return false;
  // (A byline's role follows a paper, a station or a qualifier: "本报记者", "新华社记者", "特约通讯员".)
  const before = line.slice(0, role.index).replace(/\s+/g, '');
  const named = isPersonName(role[2]!.slice(0, 3)) || isPersonName(role[2]!.slice(0, 2));
  return before.length >= 4 && !/(报|台|网|社|刊|站|讯|本|特约|首席|见习|实习|全媒体|融媒体|驻\S{1,4})$/.test(before) && !named;
}
/** "标题:我市召开… 10月24日下午,…": a headline field glued to the first paragraph ends at the space before it. */
/** "文号: 标题: 关于…的通知": a form's empty field run into its 标题 field; the headline is from its label on. */
const titleField = (line: string) => {
  const at = normalizeLine(line).search(/\s[【[]?标\s*题\s*[】\]]?\s*:\s*\S/);
  return at > 0 && labelledValues(line.slice(0, at)).length ? line.slice(at + 1) : line;
};
/** "正在阅读: 标题", "您当前阅读: …": what a page says is being read names the headline. */
const nowReading = /^(您)?(正在|当前)(阅读|浏览)\s*:\s*(?=\S{6,})/;
/**
 * How long the label before a headline is: "标题: …", a 信息公开 form's "名称: …", or the
 * dateline of a news agency's feature, "新华社武汉9月28日电 题:驻村第一书记的脱贫日记"; 0 when none.
 */
function headlineLabel(line: string): number {
  const label = titleLabel.exec(line) ?? /^[^\s:]{0,24}电\s*题\s*:\s*/.exec(line) ?? nowReading.exec(line);
  if (label) return label[0].length;
  // ("名 称 齐齐哈尔市人民政府办公室关于印发…的通知": a form's label spaced out over its cell needs no colon.)
  const named = /^[【[]?\s*(名\s*称|题\s*目|文章标题|信息名称)\s*[】\]]?\s*:\s*/.exec(line) ?? /^(名\s称|标\s题|题\s目)\s+/.exec(line);
  const value = named ? line.slice(named[0].length).replace(/\s+/g, '') : '';
  return named && value.length >= 8 && !isOrganisation(value) && !/:/.test(value) ? named[0].length : 0;
}
const labelledTitle = (line: string) => (headlineLabel(normalizeLine(line)) ? line.replace(/^(\S+?:\s*\S+)\s+(?=\S{30,})(?=.*[，。,])[\s\S]*$/, '$1') : line);
/** A picture's placeholder in a copied page: "图片1.jpg", "微信图片_2024.png", "<image>", "[图片]". */
const picture = /^(图片?\s*\d+(\.(jpe?g|png|gif|webp))?|\S*\.(jpe?g|png|gif|webp|bmp)|<image>|[[【]图片[\]】])$/i;
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The page's <h1> when it agrees with its <title> or og:title, or with the best-scored line (or
 * the page names itself no other way); not when it is the site's name over its logo, or a
 * column's heading the <title> does not repeat: then the scored line.
 */
function headline(hints: PageHints, scored: string): string {
  const h1 = hints.title?.trim() ?? '';
  if (!h1) return scored;
  const flat = (t: string) => normalizeLine(t).replace(/\s+/g, '');
  const [top, line] = [flat(h1), flat(scored)];
  const named = (hints.titles ?? []).map(flat).filter(Boolean);
  const agrees = named.some((n) => n.includes(top)) || (line.length >= 4 && (line.includes(top) || top.includes(line)));
  if (!scored || isSiteName(line) || (!isSiteName(top) && (agrees || !named.length))) return h1;
  return scored;
}

/** A document's kind, as the title of a notice ends: "…的通知", "…实施意见", "…工作方案". */
const documentKind = /(通知|意见|办法|决定|公告|通告|通报|报告|批复|函|方案|规定|细则|规划|计划|要点|公示|决议|纪要|条例|规则|指南|预案|名单)$/;
/**
 * "关于做好2024年春节期间" / "安全生产工作的通知", "我县召开全县安全生产暨" / "森林防火工作会议": a headline
 * the layout broke over two lines. The upper line cannot end a headline: it ends on a word that joins
 * (暨, 和, 的, 、), leaves a quote or a bracket open, or opens a document's title (关于…) whose kind
 * (…的通知) the lower line gives. Returns the lower line and the upper one's text ('' when one line).
 */
function overTwoLines(page: Page, at: number): [number, string] {
  const { norm, kind, text } = page;
  const flat = (i: number) => norm[i]!.replace(/\s+/g, '');
  const continues = (upper: number, lower: number) => {
    if (upper < 0 || lower >= norm.length || kind[upper] !== 'text' || kind[lower] !== 'text') return false;
    const [a, b] = [flat(upper), flat(lower)];
    if (a.length < 4 || b.length < 2 || a.length + b.length > 60 || /[。！？；!?;:]/.test(a + b) || /^[—–-]/.test(b) || findDates(a + b).length) return false;
    const unclosed = [['“', '”'], ['《', '》'], ['(', ')'], ['（', '）'], ['【', '】']].some(([o, c]) => leftOpen(a, o!, c!) && b.includes(c!));
    const joining = /(暨|和|与|及|的|之|在|对|为|把|将|以|向|从|于|、|，|,)$/.test(a);
    const document = /^关于/.test(a) && !documentKind.test(a) && documentKind.test(b);
    return unclosed || joining || document;
  };
  const join = (upper: number) => text[upper]! + (/[A-Za-z0-9]$/.test(text[upper]!) && /^[A-Za-z0-9]/.test(text[upper + 1]!) ? ' ' : '');
  if (at < 0) return [at, ''];
  if (continues(at, at + 1)) return [at + 1, join(at)];
  if (continues(at - 1, at)) return [at, join(at - 1)];
  return [at, ''];
}

/** "南阳市人民政府", "新华网": a site's name, short and ending as sites are named. */
const isSiteName = (flat: string) => flat.length <= 14 && /(网|政府|门户|官网|网站|平台|频道|客户端|集团|学院|大学|医院|日报|报社)$/.test(flat);

/** "标题[图]", "【图】标题", "标题(组图)", "标题 |", "| 标题", "标题_网站": what a list, a layout or a browser tab adds to a headline. */
const marker = String.raw`[[【(（]\s*(组图|組圖|图|圖|附图|附圖|视频|視頻|图文|圖文|多图|多圖|图集|圖集|音频|音頻|专题|專題)\s*[\]】)）]`;
/**
 * "标题 - 中国报 Eastcoast China Press", "标题 — 臺北市 — 自由時報電子報", "标题 -- 楊俊強先生": a headline has no
 * dash spaced on both sides (it joins its subtitle with ——): after one comes what a browser tab adds to it, the
 * site, its sections or the writer, short and with no sentence in it. A single phrase after it is the tab's
 * when it is named as sites and sections are, has Latin letters or is a name's length; a longer phrase may be
 * the headline's subtitle ("…代表委员谈 - 高质量发展新路径") and stays.
 */
function withoutTabTail(title: string): string {
  const at = title.search(/\s(?:-{1,2}|–|—)\s/);
  const head = at >= 0 ? title.slice(0, at).trim() : '';
  const tail = at >= 0 ? title.slice(at).replace(/^\s*(?:-{1,2}|–|—)\s*/, '').trim() : '';
  const siteLike = /(网|網|站|门户|政府|报|報|台|臺|频道|頻道|客户端|新闻|新聞)$/.test(normalizeLine(tail));
  // (Names joined by spaced dashes from the start, "三江并进 - 长江 - 黄河流域治理", are the headline's; several
  // steps after it are a tab's only when they end with a site's name.)
  const steps = /\s(?:-{1,2}|–|—)\s/.test(tail) ? siteLike : siteLike || /[A-Za-z]/.test(tail) || tail.replace(/\s+/g, '').length <= 6;
  return head.replace(/\s+/g, '').length >= 8 && tail.length <= 30 && !/[，。；！？,;!?]/.test(tail) && steps ? head : title;
}

function cleanTitle(title: string): string {
  // "世界消息!标题", "全球快報:标题": a news feed's tag of stock words before the headline (read in simplified characters).
  // ("标题-全球视讯", "标题 今日精选": the same after it, or a widget's heading glued on.)
  const stock = '(世界|全球|环球|天天|今日|当前|每日|焦点|热门|最新|实时|今天)(消息|快报|速递|资讯|观察|热点|新闻|报道|快讯|要闻|播报|视讯|动态|聚焦|短讯|简讯|热议|头条|看点|关注|精选|推荐)';
  const flat = normalizeLine(title);
  const feedTag = new RegExp(`^${stock}\\s*[!！:：]\\s*`).exec(flat);
  const feedEnd = new RegExp(`(\\s*[-_|｜]\\s*|\\s+)${stock}$`).exec(flat);
  return withoutTabTail(title.slice(feedTag && title.length - feedTag[0].length >= 8 ? feedTag[0].length : 0, feedEnd && feedEnd.index >= 8 ? feedEnd.index : undefined))
    // "【市政府召开全市安全生产工作会议】": brackets around the whole headline (not a tag before it, "【重庆】…").
    .replace(/^\s*【([^【】]{4,})】\s*$/, '$1')
    .replace(new RegExp(`\\s*${marker}\\s*$`), '')
    .replace(new RegExp(`^\\s*${marker}\\s*`), '')
    .replace(/^[\s|｜]+/, '')
    // "标题******", "标题→", "标题 (21:50)": ornaments, a link's arrow, or the time of day a news list prints, after the headline.
    .replace(/[\s|｜_*#~＊→-]+$/, '')
    .replace(/\s*[(（]\d{1,2}:\d{2}[)）]$/, '')
    // "标题 | 栏目" or "标题_网站": what a browser tab adds to a headline (a name: not a phrase with its
    // punctuation, "上班路上 听听税月 | 税收宣传,我们一直在路上", where the bar follows a tag).
    .replace(/^(.{8,}?)\s*[|｜_]\s*([^|｜_]{1,12})$/, (m, head: string, tail: string) => (/[，,。！？!?:“”"]/.test(tail) ? m : head))
    // "标题 - 新华网": a site's name after a spaced dash.
    .replace(/^(.{8,}?)\s+[-–—]{1,2}\s+\S{1,12}(网|站|门户|政府|日报|晚报|报|台|频道|客户端)$/, '$1')
    // "标题-南阳市人民政府门户网站": a site's name after a dash.
    .replace(/^(.{8,}?)\s*[-–]\s*\S{1,20}(网站|门户|官网|政府|网)$/, '$1')
    // "标题 -凯发地址首页app", "标题 -XX县融媒体中心": a dash spaced on one side only ends a browser tab's headline.
    .replace(/^(.{8,}?)\s+[-–]\S[^\s-–]{1,19}$/, '$1')
    .trim();
}

/**
 * The headline: a line of headline length, not a sentence, just above the meta lines (or
 * early on the page when there are none), agreeing with the page's <title> or og:title when
 * the page has markup; not the site's name, a subtitle or a document number.
 */
function findTitle(page: Page, hints: PageHints): number {
  const { norm, kind } = page;
  const isAnchor = (i: number) => kind[i] === 'meta' && (findDates(norm[i]!).length > 0 || labelledValues(norm[i]!).some((v) => v.kind === 'source' || v.kind === 'author'));
  // (Above the first paragraph, a byline is a meta line too: "■本报见习记者 朱凌君 巩持平" under the headline.)
  const isByline = (i: number) => kind[i] === 'meta' && (!!bylineNames(norm[i]!, norm[i]!) || !!plainByline(norm[i]!, norm[i]!)?.author);
  // The first paragraph of text; the meta line nearest above it (or the first one on the page).
  // (A paragraph has sentence marks: a row of form fields, "索 引 号: … 发文机关: …", has only colons.)
  const firstPara = kind.findIndex((k, i) => k === 'text' && norm[i]!.replace(/\s+/g, '').length >= 30 && punctuation(norm[i]!) >= 2 && /[，。、；！？,;!?]/.test(norm[i]!));
  let anchor = -1;
  for (let i = (firstPara < 0 ? norm.length : firstPara) - 1; i >= 0 && anchor < 0; i--) if (isAnchor(i) || isByline(i)) anchor = i;
  if (anchor < 0) anchor = kind.findIndex((_, i) => isAnchor(i));
  // (A meta line under the body, a notice's signature date or a footer's 来源, says nothing of where the headline is: above the first paragraph.)
  const under = range(firstPara + 1, anchor).filter((i) => kind[i] === 'text' && punctuation(norm[i]!) >= 2).length;
  const isPara = (i: number) => kind[i] === 'text' && norm[i]!.replace(/\s+/g, '').length >= 30 && /[，。、；！？,;!?]/.test(norm[i]!);
  // (Unless that paragraph opens the page, with no line of text above it for a headline: then it is the
  // site's banner, a cookie or a language notice, and the meta line under it is the article's.)
  const bodyBelow = anchor > firstPara && !range(0, firstPara).some((i) => kind[i] === 'text');
  if (firstPara >= 0 && under >= 1 && !bodyBelow) anchor = firstPara;
  const until = Math.max(anchor >= 0 ? anchor + 3 : -1, firstPara);
  // A meta line under the story, two paragraphs or more below the first ("来 源:… 责任编辑:…" after
  // the body), says where to look (a "标题:" field may follow it), not where the headline sits.
  if (anchor > firstPara && firstPara >= 0 && range(firstPara, anchor).filter(isPara).length >= 2 && !bodyBelow) anchor = -1;
  // (A <title> that is only the site's name says nothing of the headline.)
  const named = (hints.titles ?? []).map((t) => normalizeLine(t).replace(/\s+/g, '')).filter((t) => !isSiteName(t));
  // A trail that ends with the headline ("首页 > 最新热搜 > 又是一年丰收季 赣南脐橙正式开摘") names it as a <title> would.
  for (let i = 0; i < norm.length; i++) {
    const steps = kind[i] === 'breadcrumb' ? norm[i]!.split(/\s*(?:>>|[>›»＞→])\s*/) : [];
    const last = steps.length >= 2 ? steps.at(-1)!.replace(/\s+/g, '') : '';
    if (last.length >= 8 && !isSiteName(last)) named.push(last);
  }
  // (A page written in English, an English edition of a Chinese site: more letters than Chinese characters, twice over.)
  const all = norm.join(' ');
  const english = (all.match(/[A-Za-z]/g) ?? []).length > 2 * (all.match(/[\u4e00-\u9fff]/g) ?? []).length;
  let best = -1;
  let bestScore = -Infinity;
  let textSeen = 0;
  // Pages that print their head as a list ("• 标题" / "• 2010-05-18 来源:…"): a listed line may be the headline.
  const listed = (i: number) => kind[i] === 'chrome' && bullet.test(norm[i]!) && classify(norm[i]!.replace(bullet, '')) === 'text';
  for (let i = 0; i < norm.length; i++) {
    const dated = datedHeadline(page, i);
    const field = titleField(norm[i]!) !== norm[i] || nowReading.test(norm[i]!);
    if (kind[i] !== 'text' && !listed(i) && !dated && !field && !(kind[i] === 'meta' && bylineLookalike(norm[i]!))) continue;
    textSeen++;
    // (Far down, only a headline field: "标题: …" printed under the text, or "正在阅读: …".)
    if ((until >= 0 ? i > until : textSeen > 12) && !titleLabel.test(norm[i]!) && !nowReading.test(norm[i]!)) continue;
    const line = withoutGluedDate(labelledTitle(titleField(withoutCells(norm[i]!)).replace(bullet, '')));
    const flat = line.replace(/\s+/g, '');
    const len = flat.length;
    if (len < 2 || len > 100) continue;
    // (A headline and its subtitle on one line, "点燃激情,追求理想,…——2013级新生开学典礼隆重举行", is one headline.)
    const halves = flat.split(/——+/);
    const joined = halves.length === 2 && halves.every((h) => h.length >= 4) && !/[。；]/.test(line);
    let score = 0;
    // ("春耕": a headline of two or three characters is rare, but likelier than a sentence of the body.)
    if (len < 4) score -= 4;
    if (headlineLabel(line)) score += 20;
    if (findDates(line).length) score -= 6;
    // (A headline printed with its date is rarer than a line of who and when: "坊记报道组 新闻坊 2024-01-13".)
    if (dated) score -= 5;
    if (named.some((n) => n === flat)) score += 15;
    else if (named.some((n) => n.length > 4 && (n.includes(flat) || flat.includes(n)))) score += 10;
    if (len >= 8 && len <= 50) score += 2;
    if (len <= 6) score -= 2;
    if (len > 60 && !joined) score -= 4;
    // A sentence, or a notice's salutation ("各乡、镇人民政府,县政府各部门:"), is not a headline.
    // (A headline may ask or exclaim: "为什么这里被称作邮政村?" costs less than a full stop.)
    if (/[。；:]$/.test(line)) score -= 8;
    else if (/[！？?!]$/.test(line)) score -= 1;
    if ((line.match(/[，。,]/g) ?? []).length >= 2 && !joined) score -= 4;
    // Just above the meta lines, or just above the first paragraph.
    const aboveMeta = anchor >= 0 ? (i < anchor || (i === anchor && dated) ? Math.max(0, 8.5 - 2 * Math.max(0, anchor - i - 1) - (i >= anchor - 1 ? 0 : 0.5)) : -2 - (i - anchor)) : -0.5 * (textSeen - 1);
    // Pages that print a form of fields above the headline: the line just above the first paragraph.
    // (A notice's salutation, "各乡、镇人民政府:", opens the body: the headline is above it.)
    // (A counter, "本文字数:678", or the writer's name alone, "鲍晓倩", may stand between.)
    const between = (j: number) => kind[j] === 'text' && !/:$/.test(norm[j]!) && !counter.test(norm[j]!) && !isPersonName(norm[j]!);
    const abovePara = anchor >= 0 && i > anchor && firstPara > i && !range(i + 1, firstPara).some(between) ? 5 : -Infinity;
    // An e-paper prints the edition's date alone above the headline: "2025年09月28日" / "“空中课堂”让…入人心".
    const underDate = anchor >= 0 && i > anchor && i <= anchor + 2 && dateAlone(norm[anchor]!) ? 6.5 - 2 * (i - anchor - 1) : -Infinity;
    score += Math.max(aboveMeta, abovePara, underDate);
    // "本文字数:678", "日照信息网 HTTP://WWW.RIZHAO.CC", "□文/本报记者 郭俊峰 摄/…": a counter, an address, a byline.
    if (counter.test(line)) score -= 8;
    if (/(https?:\/\/|www\.)/i.test(line)) score -= 6;
    const roles = [...line.matchAll(/(记者|通讯员|文\s*\/|摄\s*\/)\s*([\u4e00-\u9fa5]{2,3})/g)];
    if (roles.some((role) => isPersonName(role[2]!) || isPersonName(role[2]!.slice(0, 2)))) score -= 8;
    if (/^[—–-]{1,2}/.test(line)) score -= 8;
    // "第一章 总则", "一、工作目标": a heading inside the body.
    if (numberedHeading.test(line)) score -= 6;
    if (/[|_]/.test(line)) score -= 3;
    // "视觉新闻", "学校新闻", "市县动态": a column's heading over the headline, not the headline.
    if (sectionHeading.test(flat)) score -= 5;
    // "“请听档案说”": a slogan in quotes alone, a headline's kicker or subtitle.
    if (/^[“"「『][^“”"「」『』]{1,14}[”"」』]$/.test(flat)) score -= 4;
    // "5月8日,中国重机召开…。公司董事长…": a line with a full stop inside is a paragraph, or a caption
    // with its credit ("…官兵整装待发。新华社发").
    if (/。[^。]/.test(line)) score -= 6;
    // "索引号: YT0003/2025-01912", "发文机关: 市发改委": a field, not a headline (unlike "李乃胜:提升海洋文化意识").
    const colon = /^([^:“”"《》]{1,8}):\s*(.*)$/.exec(line);
    // (What makes a field is its label, a word fields are named with, a label in English or an archive's
    // brackets, or a code for its value; not a short phrase after the colon: "吉林榆树:水满田畴稻叶齐",
    // "新坝镇:“农家书屋”飘书香", "史上最慢快递:…网友调侃:…" are headlines.)
    const fieldName = /(号|机关|机构|单位|分类|类别|日期|时间|来源|作者|编辑|名称|主题词|关键词|关键字|有效性|期|版|栏目|频道|浏览|点击|标签|地址|电话|状态|类型|格式|大小|语言)$|^[A-Za-z\s]+$|^\s*[【[].*[】\]]\s*$/;
    if (colon && (fieldName.test(colon[1]!.replace(/\s+/g, '')) || labelledValues(line).length > 0 || /^[\w\s/.-]*$/.test(colon[2]!))) score -= 6;
    if (/\d{4}-\d{3,}|索\s*引\s*号/.test(line)) score -= 6;
    if ((line.match(/[,，]/g) ?? []).length >= 3 && !/[。！？]/.test(line) && !joined) score -= 6;
    if (/〔\d{4}〕|\[\d{4}\]\s*\d+\s*号|第\s*\d+\s*号/.test(line)) score -= 6;
    // "news information": a line with no Chinese at all is the layout's, on a Chinese page (not on an English edition's).
    if (!english && !/[\u4e00-\u9fff]/.test(line)) score -= 8;
    if (len <= 14 && /(网|政府|门户|官网|网站|平台|频道|客户端|APP|移动版|手机版|集团|学院|大学|学校|医院)$/i.test(flat)) score -= 8;
    // A page's own controls and an e-paper's edition line: "« 返回前页 列印", "快捷登录", "第二版:要闻·综合".
    if (len <= 16 && /(返回|打印|列印|关闭|登录|注册|密码|首页|正文|放大|缩小|大图|原图|小程序|公众号|订阅|导航|详情)/.test(flat)) score -= 6;
    // "首页平安资讯平安要闻…": a line opening with the home page is the site's menu or trail, whatever follows.
    else if (/^(首页|网站首页|主页)\S{4,}/.test(flat)) score -= 8;
    if (/^(第\s*[\d一二三四五六七八九十]+\s*版|[A-Z]\d{1,2}\s*版?)\s*[:：]/.test(line) || /第\s*[A-Za-z]?\d+[A-Za-z]?\s*版\s*:/.test(line)) score -= 8;
    // "您好,欢迎来到陕西共青团!": the site's greeting.
    if (/欢迎(您|来到|访问|光临)|您好/.test(line)) score -= 8;
    // "跳到主要内容区块", "请更新您的浏览器", "您的浏览器不支援JavaScript…": the page speaking of itself to its reader.
    else if (/浏览器|javascript|跳[到至]\S{0,4}内容|主内容区/i.test(line)) score -= 8;
    // "4月25日 (星期四)27°C 79": the day's date and weather.
    if (/°C|℃|[(（]?\s*(星期|礼拜)[一二三四五六日天]\s*[)）]?/.test(line) && len <= 24) score -= 8;
    // "【版次】第A06版", "【入库时间】20130530": an archive's fields in brackets (unlike a topic tag, "【文明创城】…").
    if (/^[【[](版次|版面|版名|期号|期数|入库时间|全文挂接|全文|作者|来源|日期|时间|栏目|标题)[】\]]/.test(line)) score -= 8;
    // A menu: several short words side by side.
    const words = line.split(' ');
    if ((words.length >= 3 && words.every((w) => w.length <= 6)) || (words.length >= 4 && words.every((w) => w.length <= 8))) score -= 6;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  // "鲁政发〔2014〕20号《标题》" or "标题——中新网" above the headline itself: the shorter one, contained in it,
  // when what it leaves out is a site's name or a document number, not a second headline.
  const flatBest = best >= 0 ? norm[best]!.replace(/\s+/g, '') : '';
  for (let i = best + 1; best >= 0 && i < Math.min(norm.length, best + 4); i++) {
    const flat = norm[i]!.replace(/\s+/g, '');
    const rest = flatBest.replace(flat, '');
    // (Not when what it leaves out opens the headline: "县交通运输局集中收看" / "县十七届人大第三次会议直播盛况" under the whole.)
    const siteAfter = flatBest.startsWith(flat) && /^[—–_|｜-]/.test(rest);
    if (kind[i] === 'text' && flat.length >= 6 && flat.length < flatBest.length && flatBest.includes(flat) && ((rest.length <= 12 && (siteAfter || isSiteName(rest) || isOrganisation(rest))) || /〔\d{4}〕|号/.test(rest))) return i;
  }
  // "标题 - 中国报 Eastcoast China Press" where the page prints "标题" alone too: the browser tab's
  // title, whatever its suffix names (a site, a section, the writer); the line alone is the headline.
  const tab = best >= 0 ? norm[best]! : '';
  const alone = norm.findIndex((line, i) => i !== best && kind[i] === 'text' && line.replace(/\s+/g, '').length >= 6 && tab.startsWith(line) && /^\s*(?:[-–_|｜]{1,2}|\s[—]{1,2}\s)\s*[^\s，。；！？,;!?]/.test(tab.slice(line.length)) && !/[，。；！？,;!?]/.test(tab.slice(line.length)) && tab.length - line.length <= 40);
  if (alone >= 0) return alone;
  return best;
}

/** Meta lines right after the body (作者, 来源 and date written under the article), up to the site's footer. */
function footerLines(page: Page, from: number): number[] {
  const lines: number[] = [];
  let editor = false;
  for (let i = from; i < Math.min(page.norm.length, from + 5); i++) {
    // (An editor's line, "责任编辑:白静", ends the article but not its footer: "来源: …" may follow.)
    const fields = labelledValues(page.norm[i]!);
    if (page.kind[i] === 'end' && !(fields.length && fields.every((v) => v.kind === 'ignored'))) break;
    if (page.kind[i] === 'end') editor = true;
    else if (page.kind[i] === 'meta' && (!editor || (fields[0] && page.norm[i]!.startsWith(fields[0].label)))) lines.push(i);
  }
  return lines;
}

/** Date, source and author from the header's and footer's lines: the best-placed candidate of each. */
function readHead(page: Page, header: number[], footer: number[], titleAt: number, result: Extracted, opening = '') {
  const dates: { iso: string; score: number; line?: number }[] = [];
  const sources: { value: string; score: number }[] = [];
  const authors: { value: string; score: number }[] = [];
  for (const i of [...header, ...footer]) {
    const line = page.norm[i]!;
    const text = page.text[i]!;
    const place = footer.includes(i) ? -2 : titleAt >= 0 ? (i > titleAt ? Math.max(0, 5 - (i - titleAt - 1)) : -6) : 0;
    const values = labelledValues(line);
    const widget = titleAt >= 0 && i < titleAt && /(今天|今日|星期|礼拜)/.test(line);
    // "记者:张三 通讯员:李四": every writer the line labels, in its order.
    const writers: string[] = [];
    for (const v of values) {
      if (!v.value) continue;
      const at = line.indexOf(v.value, line.indexOf(v.label));
      const written = at >= 0 ? text.slice(at, at + v.value.length) : onLine(v.value, line, text, line.indexOf(v.label) + v.label.length);
      // ("1、时间:2020年9月1日上午8点30分": a notice's numbered item gives when its event is, not when it was published.)
      if (v.kind === 'date' && !numberedHeading.test(line)) for (const d of findDates(v.value).slice(0, 1)) dates.push({ iso: d.iso, score: 10 + place + (/(发布|发表|发稿)/.test(v.word) ? 2 : 0) + (d.timed ? 1 : 0) });
      // A labelled name, even under the body, beats any name guessed from an unlabelled line.
      if (v.kind === 'source' && !url.test(v.value)) {
        // "来源: 市政公用 陈婷婷": the office, then who wrote for it.
        const signed = /^(\S{2,30}) ([\u4e00-\u9fa5]{2,3})$/.exec(cleanName(written));
        if (signed && isPersonName(normalizeLine(signed[2]!)) && !isPersonName(normalizeLine(signed[1]!))) {
          sources.push({ value: signed[1]!, score: 16 + place });
          authors.push({ value: signed[2]!, score: 9 + place });
        } else {
          // ("来源:临沂经济网 临沂经济网": a name the template prints twice; "文章来源:" names the article's
          // source, where "来源:" may be a chart's.)
          const value = cleanName(written).replace(/^(\S+) \1$/, '$1');
          sources.push({ value, score: 16 + place + (/^(文章|稿件|新闻|信息)/.test(v.word) ? 1 : 0) });
        }
      }
      // "发布时间:2020-07-29 09:24:31 重庆市邮政管理局": an office after the date a label gives.
      const dated = v.kind === 'date' ? findDates(v.value)[0] : undefined;
      const publisher = dated ? v.value.slice(dated.index + dated.match.length).trim() : '';
      if (publisher && (isOrganisation(publisher) || medium.test(publisher)) && !metaWord.test(publisher)) sources.push({ value: text.slice(line.indexOf(publisher), line.indexOf(publisher) + publisher.length), score: 4 + place });
      if (v.kind === 'author') {
        // "作者: 文/张三", "作者: 张三(南阳市邮政管理局)": the name, without the 文/ or the writer's office after it.
        const from = /^文\s*(?:[/、]\s*图\s*)?[/|:]\s*/.exec(v.value)?.[0].length ?? 0;
        const to = /\s*[(（][^()（）]*[)）]$/.exec(v.value)?.index ?? v.value.length;
        // ("原作者: 全媒体记者 郭海洋 摄": labelled the writer, the 摄 after the name does not make it a photo's credit.)
        const shot = /\s+[摄攝]$/.exec(v.value.slice(from, to))?.[0].length ?? 0;
        const [value, own] = [v.value.slice(from, to - shot), written.slice(from, to - shot)];
        // ("作者:南阳日报记者 张三": a byline as any other; "文 |《瞭望》新闻周刊记者 张冉燃": the names after the role.)
        const signed = plainByline(own, value);
        const name = cleanName(signed?.author || bylineNames(own, value) || bylineNames(` 记者 ${own}`, ` 记者 ${value}`) || own);
        // "作者:市邮政管理局 张三": the office is where the text came from, the name who wrote it.
        const office = signed?.author && signed.source ? { source: signed.source, author: signed.author } : officeAndNames(name) ?? gluedOffice(name);
        if (office) sources.push({ value: office.source, score: 7 + place });
        // ("记者: 报导。": an empty byline's leftovers.)
        // (Nor a sentence after a label in brackets, "【图文】我县领导王建国、…参加了会议。": a writer's name has no full stop.)
        if (name && !/^[报報][道導导]/.test(name) && !/[。！？；;]/.test(name) && !writers.includes(office?.author ?? name)) writers.push(office?.author ?? name);
      }
    }
    // ("作者: admin": the site's account, not a writer.)
    if (writers.length && !writers.every((w) => siteAccount.test(w))) authors.push({ value: writers.join(' '), score: 16 + place });
    // (A row of a form, "[ 成文日期 ] 2025-06-12 [ 公开日期 ] 2025-06-12", or an e-paper's bar of widgets, is meta however long: it has no sentence.)
    const row = line.length < 100 && !/[，。；！？,;!?]/.test(line) && (/[[【]\s*\S{2,6}\s*[\]】]/.test(line) || !values.length);
    if (page.kind[i] === 'meta' || line.length < 40 || row) {
      // Dates written without a label: on a meta line outside a date label's value, or on a line of their own.
      // (A date under another label, "北京时间:" or "废止日期:", is not an unlabelled one.)
      const labelled = values.filter((v) => v.kind === 'date' || /(时间|日期)$/.test(v.word)).map((v) => v.value);
      // ("今天是2024年3月20日 星期三": the day's widget gives today's date, never the article's.)
      const unlabelled = findDates(line).find((d) => !labelled.some((v) => v.includes(d.match)) && !todayWidget(line.slice(0, d.index + d.match.length)));
      if (unlabelled) dates.push({ line: i, iso: unlabelled.iso, score: (page.kind[i] === 'meta' ? 6 : 3) + place + (unlabelled.timed ? 1 : 0) - (widget ? 10 : 0) });
      // Names before the first label: "记者 汪晓东 曲昌荣 来源:人民网" (and before a date there: "记者 张三 2023-10-26 来源:…").
      const labelAt = values.length ? line.indexOf(values[0]!.label) : 0;
      const dateAt = findDates(line.slice(0, labelAt))[0]?.index ?? labelAt;
      const before = line.slice(0, Math.min(labelAt, dateAt));
      const names = before ? bylineNames(text.slice(0, before.length), before) : '';
      if (names) authors.push({ value: names, score: 8 + place });
      // ("中国邮政报采访组 吕磊 施向群2025-09-08来源:中国邮政报": an office and its writers.)
      const signed = before && !names && values.length ? plainByline(text.slice(0, before.length).trim(), before.trim()) : null;
      if (signed?.author) authors.push({ value: signed.author, score: 8 + place });
      // Or after the last value: "来源:经济日报 本报记者 柳 洁 董庆森".
      const role = values.length ? line.search(/(本报|本台|本网|本刊)?(全媒体|融媒体)?记者|通讯员/) : -1;
      const after = role >= 0 && role > line.indexOf(values.at(-1)!.label) ? bylineNames(text.slice(role), line.slice(role)) : '';
      if (after) authors.push({ value: after, score: 8 + place });
    }
    // "南阳日报 2024-03-12 09:30 发布于:河南", "2024-03-12 09:30 澎湃新闻 作者:张三": an office's name
    // beside the date of a meta line under the headline, before any label, is who published it.
    // (A day and a time without the year, "03-16 13:08:57", still make a meta line's date.)
    const dated: { match: string }[] = findDates(line);
    const clock = /(^|\s)\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}(:\d{2})?(?=\s|$)/.exec(line);
    if (!dated.length && clock) dated.push({ match: clock[0].trim() });
    if (dated.length && i > titleAt && (page.kind[i] === 'meta' || line.length < 40)) {
      let head = values.length ? line.slice(0, line.indexOf(values[0]!.label)) : line;
      // (A word glued to the date is the sentence's, not a field beside it: "——2021年2月27日在沙沟镇…大会".)
      for (const d of dated) {
        const glued = /\s$/.test(d.match) ? '' : '[\\u4e00-\\u9fa5]*';
        head = head.replace(new RegExp(d.match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + glued), ' | ');
      }
      // (Not a form's field: "发布机构 阿合奇县水利局 发布日期 2022-06-14" names the publisher, not the source.)
      // ("中国新闻网阅读 (15136)": a counter's word glued to the name.)
      const parts = head.split(/\s*[|｜·•]\s*|\s+/).map((part) => part.replace(/(?<=[\u4e00-\u9fa5]{2})(阅读|浏览|点击|评论)$/, ''));
      // (Nor a widget's word that ends like a paper's name: "举报".)
      const office = parts.find((part, k) => isOrganisation(part) && part.length >= 3 && !/(机构|机关|单位|部门|名称)$/.test(parts[k - 1] ?? ''));
      const writtenAs = (word: string) => text.slice(line.indexOf(word), line.indexOf(word) + word.length);
      // "2018-04-16 15:38:15 军报记者", "张三 2023-10-26": a date and a name alone make a byline: a
      // person's name is the writer, a medium's the source (not a topic: "2019-01-10 粤港澳大湾区").
      // ("原创 坊记报道组 新闻坊 2024-01-13": a WeChat post's author, then its account.)
      // (Widgets beside them are left out: "2008年10月16日 15:34 新浪科技 评论()".)
      // (Nor where a post was sent from: "发表于河南", or the province alone, as WeChat prints it.)
      // (Nor an English page's word for the date: "Xinhua | Updated: 2025-02-27 09:58".)
      const words = values.length ? [] : parts.filter((w) => w && !/^(星期|周|礼拜)[一二三四五六日天]$|^\d|^[上下]午$|^(Updated|Published|Posted):?$/.test(w) && !widgetWord.test(w) && !sentFrom.test(w));
      const own = words[0] === '原创';
      if (own) words.shift();
      // ("中国经济导报-中国发展网": two media joined by a dash.)
      const named = words.length >= 1 && words.length <= 2 && words.every((w) => /^[\u4e00-\u9fa5A-Za-z·]{2,12}([-–—][\u4e00-\u9fa5A-Za-z·]{2,12})?$/.test(w) && !metaWord.test(w));
      const [a, b] = words as [string, string];
      // ("2024-07-24 昆山公交集团 方向盘小助手": beside an organisation, the other name is the writer's.)
      const writer = !named || words.length !== 2 ? '' : isPersonName(b) && !isPersonName(a) ? b : own || (isPersonName(a) && !isPersonName(b)) ? a : isOrganisation(a) && !isOrganisation(b) && !medium.test(b) && alone(b) ? b : '';
      if (writer) {
        authors.push({ value: writtenAs(writer), score: 5 + place });
        sources.push({ value: writtenAs(writer === a ? b : a), score: 5 + place });
      } else if (office) sources.push({ value: writtenAs(office), score: 4 + place });
      else if (named && words.length === 1 && isPersonName(a)) authors.push({ value: writtenAs(a), score: 3 + place });
      // (Or one the lead's dateline names: "昆明信息港    03-16 13:08:57" over "昆明信息港讯 记者…".)
      else if (named && words.length === 1 && (a.split(/[-–—]/).every((w) => medium.test(w) || isOrganisation(w)) || (a.length >= 3 && opening.startsWith(`${a}讯`)))) sources.push({ value: writtenAs(a), score: 3 + place });
    }
    if (!values.length) {
      const plain = unlabelledMeta(line);
      if (plain?.source) sources.push({ value: text.slice(line.indexOf(plain.source), line.indexOf(plain.source) + plain.source.length), score: 5 + place });
      const cited = withoutCitation(line);
      const names = bylineOnly(text.slice(0, cited.length), cited);
      if (names && page.kind[i] === 'meta') authors.push({ value: names, score: 6 + place });
      const byline = i > titleAt ? (plainByline(text, line) ?? englishByline(text)) : null;
      if (byline?.source) sources.push({ value: byline.source, score: 4 + place });
      if (byline?.author) authors.push({ value: byline.author, score: 4 + place });
      // A name alone on its line under the headline: "山雪艳". (An office alone there is not read:
      // it may be the author's, the site's or the publisher's.)
      // ("■艾超": set off by a paper's ornament, any short name is a writer's, whatever its surname;
      // "▲培育秧苗" is a picture's caption.)
      const bare = line.replace(/^[□■◎●]+\s*/, '');
      // ("◎鎮長園地": four characters are a column's heading, unless the surname has two.)
      const ornament = bare !== line && page.kind[i] !== 'chrome' && /^[\u4e00-\u9fa5·]{2,4}$/.test(bare) && onlyNames(bare) && !isOrganisation(bare);
      // Between the headline and a date line, a short name alone is who published it: a person's
      // the writer, any other the source ("莆田网", "欢乐长安": a medium's or an account's name).
      const under = (i - 1 === titleAt || header.includes(i - 1)) && dateLine(page.norm[i + 1] ?? '');
      if (i > titleAt && titleAt >= 0 && under && alone(bare) && page.kind[i] !== 'chrome') {
        if (isPersonName(bare)) authors.push({ value: text.slice(line.length - bare.length), score: 5 + place });
        // (Three characters that are no office's may be a name with a rare surname: "山雪艳".)
        else if (isOrganisation(bare) || medium.test(bare) || bare.length >= 4) sources.push({ value: text.slice(line.length - bare.length), score: 5 + place });
      }
      if (i > titleAt && (isPersonName(bare) || namesLine(bare) || ornament)) authors.push({ value: text.slice(line.length - bare.length), score: 3 + place });
      // An office alone on its line among the meta lines under the headline: "市交通运输局".
      // (Not the value of the label above it, "发文机构:" / "县政府网站"; nor a notice's addressee, with the
      // body under it, or its signature, under its first paragraph.)
      else if (i > titleAt && i - titleAt <= 6 && isOrganisation(bare.replace(/^[•·]\s*/, '')) && bare.length >= 4 && !/:$/.test(page.norm[i - 1] ?? '') && page.kind[i + 1] !== 'text' && !range(titleAt + 1, i).some((j) => page.kind[j] === 'text' && /[，。；！？,;!?]/.test(page.norm[j]!))) sources.push({ value: text.slice(line.length - bare.length).replace(/^[•·]\s*/, ''), score: 2 + place });
    }
    // "赵朝阳2025-06-24来源:中国邮政报": a name glued before the date that opens the meta line.
    const lead = page.kind[i] === 'meta' && values.length ? /^([\u4e00-\u9fa5·]{2,4})\s*(?=(19|20)\d{2}\s*[-/.年])/.exec(line) : null;
    if (lead && !isOrganisation(lead[1]!)) authors.push({ value: text.slice(0, lead[1]!.length), score: 5 + place });
  }
  const top = <T extends { score: number }>(list: T[]) => list.reduce<T | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  // (The same day written twice, once with its time: the time is the page's too.)
  const day = top(dates);
  const timed = dates.filter((d) => day && d.iso.slice(0, 10) === day.iso.slice(0, 10) && !d.iso.endsWith('T00:00:00+08:00') && d.score >= day.score - 3);
  result.publishedAt = (day?.iso.endsWith('T00:00:00+08:00') ? top(timed)?.iso : undefined) ?? day?.iso ?? '';
  // "2023年12月4日(星期一)" / "香港时间12时00分": a day alone on its line, its time alone on the next.
  const clock = day?.line !== undefined && result.publishedAt.endsWith('T00:00:00+08:00') ? /^(北京|香港|澳门|台北)?(时间)?\s*(\d{1,2})\s*[:时]\s*(\d{2})\s*分?$/.exec(page.norm[day.line + 1] ?? '') : null;
  if (clock && Number(clock[3]) <= 23 && Number(clock[4]) <= 59) result.publishedAt = result.publishedAt.replace('T00:00', `T${clock[3]!.padStart(2, '0')}:${clock[4]}`);
  result.source = top(sources.filter((s) => s.value && s.value.length <= 40 && !/[。，,]/.test(s.value)))?.value ?? '';
  result.author = top(authors.filter((s) => s.value))?.value ?? '';
}

/**
 * A value as the line writes it (traditional characters kept), where the value's separators were
 * tidied ("香港文匯報 | 2023-10-26" → "香港文汇报 2023-10-26"): each character found in turn on the
 * normalized line from `from`, past separators only; the value as it is when it cannot be.
 */
function onLine(value: string, line: string, text: string, from: number): string {
  let j = from;
  let out = '';
  for (const c of value) {
    if (c === ' ') {
      out += ' ';
      continue;
    }
    while (j < line.length && line[j] !== c && /[\s:|｜【】[\]〔〕┆¦丨]/.test(line[j]!)) j++;
    if (line[j] !== c) return value;
    out += text[j];
    j++;
  }
  return out;
}
/** A name alone on a meta line: no sentence, no widget, no section's heading. */
const alone = (word: string) => /^[\u4e00-\u9fa5A-Za-z0-9·]{2,12}$/.test(word) && !/^\d+$/.test(word) && !metaWord.test(word) && !widgetWord.test(word) && !sectionHeading.test(word);
/** A short line that holds a date (with its year, or a day and a time: "03-16 13:08:57"). */
const dateLine = (line: string) => line.length <= 60 && (findDates(line).length > 0 || /(^|\s)\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}/.test(line));
/** Where a post was sent from: "发表于河南", "广东". */
const sentFrom = /^(发表于\S{0,8}|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$/;
/** A medium's name, or its account's: "军报记者", "央视新闻", "人民日报客户端", "新浪科技". */
const medium = /(记者|新闻|发布|融媒|头条|之声|资讯|视点|在线|客户端|日报|晚报|报|网|台|社|号|科技|财经|Xinhua|News|Daily|Times|Post|Press)$/;
/** A widget's word beside a meta line's date: "评论()", "打印", "分享到". */
const widgetWord = /^[(（]?(评论|打印|分享|分享到|收藏|举报|纠错|关闭|返回|字号|字体|大|中|小|A\+|A-)\s*[(（]?\d*[)）]?[)）]?:?$/;

/** Words a meta line prints beside its date that name nobody: widgets, counters, a post's marks. */
const metaWord = /(打印|关闭|返回|分享|收藏|字号|字体|浏览|阅读|评论|点击|^发布|发布(?!$)|发表|原创|转载|置顶|推荐|来源|作者|编辑|今天|今日|时间|日期|更新|北京|星期|大字|小字|默认|手机|扫码|纠错)/;

/** "郭镇乡赖欣": an office and its writer's name glued together. */
function gluedOffice(names: string): { source: string; author: string } | null {
  const m = /^(\S{3,20}?)([\u4e00-\u9fa5]{2,3})((?:\s+[\u4e00-\u9fa5·]{2,4})*)$/.exec(names);
  if (!m || !isOrganisation(normalizeLine(m[1]!)) || isOrganisation(normalizeLine(m[2]!)) || !isPersonName(m[2]!) && !/^[\u4e00-\u9fa5]{2}$/.test(m[2]!)) return null;
  return { source: m[1]!, author: `${m[2]}${m[3]}` };
}

const siteAccount = /^(admin|administrator|webmaster|root|system|管理员|系统管理员|网站管理员|超级管理员|小编)$/i;

/** A name as the label gave it, without the widgets and counters glued after it on the same line. */
function cleanName(value: string): string {
  const norm = normalizeLine(value);
  // ("大字体 小字体", "我来说两句", "1345 次浏览": a widget or a counter after the name.)
  // ("本站编辑", "評論編輯室": 编辑 inside a name is the name's; after a space it labels the editor.)
  const cut = norm.search(/\s*((本报|本台|本网|本刊)?([大中小默认]\s*)?(选择)?(字号|字体|A\s*[+＋]|打印|分享|收藏|手机看|评论(?!员|编辑)|点击|阅读|浏览|关注|扫一扫|扫码|参与|互动|记者(?=\s*[\u4e00-\u9fa5])|通讯员|作者|(?<![\u4e00-\u9fa5])(编辑|责编)|语音|朗读|听新闻|我来说两句|我有话说|我要评论|举报|纠错|更新日期|更新时间)|进入论坛|[,，]\s*系|\s[大中小]\s[大中小](\s[大中小])?(\s|$)|(\s*于\s*)?(?<!\d)(19|20)\d{2}\s*[-/.年]\d|\s\d+\s*(次|人次|人))/);
  return (cut > 0 ? value.slice(0, cut) : cut === 0 ? '' : value).replace(/[\s|｜丨,，;；(（【[]+$/, '').trim();
}
