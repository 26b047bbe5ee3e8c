/**
 * Dates as pages write them: 2023-10-26, 2023/10/26 10:20, 2023.10.26, 2023年10月26日, with
 * or without a weekday, with minutes or seconds (09:30, 09:30:15, 9时30分, 下午3:30), the European
 * 21.11.2014 14:30 (day first with slashes too on the 24-hour clock, 03/02/2026 16:17) and the American
 * 3/7/2013 11:54:41 AM; Xinhua's 2023 10/12 09:26:50 and an English edition's November 26, 2011. A date without a year is no publish
 * date and is not found here.
 */
const weekday = String.raw`(?:\s*[(（]?\s*(?:星期|周|禮拜|礼拜)[一二三四五六日天]\s*[)）]?)?`;
const time = String.raw`(?:\s*T?\s*(?:上午|下午|中午|晚上|傍晚|凌晨|早上)?\s*(\d{1,2})\s*[:：时時点點]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?\s*[秒分]?)?`;
const ymd = new RegExp(String.raw`(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号號/]?${weekday}${time}`, 'g');
/** "二〇二四年一月十五日": how a notice signs its date. */
const hanzi = /(?<![〇零○一二三四五六七八九])([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g;
const digit = (c: string) => ('〇零○'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
/** 十 = 10, 十五 = 15, 二十 = 20, 二十六 = 26, 三十一 = 31. */
function hanziNumber(text: string): string {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return String((text.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0));
}
const dmy = new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)${time}`, 'g');
/** "6:43pm 27/11/2021": a time with am or pm, then the date, day first. */
const timeFirst = /(?<![\d:])(\d{1,2}):(\d{2})\s*([ap]m)\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/gi;
/** "20-02-04 01:40": a two-digit year, read only with its time (alone, "20-02-04" may be anything). */
const yymd = new RegExp(String.raw`(?<![\d/.:-])(\d{2})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])`, 'g');
/** "12年05月04日": a two-digit year with all three of its characters. */
const yymdHanzi = /(?<!\d)(\d{2})年(\d{1,2})月(\d{1,2})日/g;
/** "2023 10/12 09:26:50": Xinhua's pages, the year apart from the month and day; read only with its time. */
const ySpaceMd = /(?<![\d/])((?:19|20)\d{2}) (\d{1,2})\/ ?(\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/g;
/** "November 26, 2011", "Nov. 26, 2011", "26 November 2011": an English edition's dates, with the time before or after. */
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "March", "Nov.", "Sept": a month's name, as English pages write their dates (the importer's lines read it too). */
export const monthName = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const clockBefore = String.raw`(?:(\d{1,2}):(\d{2})(?::(\d{2}))?,? )?`;
const mdyName = new RegExp(String.raw`(?<![\w:])${clockBefore}${monthName} (\d{1,2}),? ((?:19|20)\d{2})(?!\d)`, 'gi');
const dmyName = new RegExp(String.raw`(?<![\w:])${clockBefore}(\d{1,2}) ${monthName},? ((?:19|20)\d{2})(?!\d)`, 'gi');
/** "3/7/2013 11:54:41 AM": the American order a server's default format writes, with slashes. */
const mdy = new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])${time}(?:\s*([AP]M))?`, 'gi');

/**
 * A page writes its dates in its own site's local time and never says which. The sites a desk
 * reprints from are in China, which keeps one offset all year, so a written date is read as
 * Beijing time; the editor can correct an article's date in its field.
 */
const pageOffset = '+08:00';

export interface FoundDate {
  /** The stored form, read as Beijing time: 2023-10-26T10:20:00+08:00. */
  iso: string;
  /** The text that gave it. */
  match: string;
  index: number;
  /** A time of day was written. */
  timed: boolean;
}

/** Every date in a piece of text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(ymd)) push(found, m, m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]);
  for (const m of text.matchAll(dmy)) push(found, m, m[3]!, m[2]!, m[1]!, m[4], m[5], m[6]);
  // (A first number that cannot be a month, "30/3/2023 16:56", is the day: the order Hong Kong and Malaysian pages
  // write; so is a date on the 24-hour clock, "03/02/2026 16:17": the American order comes with AM or PM.)
  for (const m of text.matchAll(mdy)) {
    const dayFirst = Number(m[1]) > 12 || (m[4] !== undefined && !m[7] && Number(m[2]) <= 12);
    const [mo, d] = dayFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    push(found, m, m[3]!, mo, d, m[4] && m[7] ? String((Number(m[4]) % 12) + (/p/i.test(m[7]) ? 12 : 0)) : m[4], m[5], m[6]);
  }
  // "6:43pm 27/11/2021": the time before the date.
  for (const m of text.matchAll(timeFirst)) {
    if (found.some((f) => m.index! + m[0].length > f.index && m.index! < f.index + f.match.length && f.timed)) continue;
    // (Written this way, as Malaysian and British pages do, the day comes first, unless it cannot.)
    const [mo, d] = Number(m[5]) > 12 ? [m[4]!, m[5]!] : [m[5]!, m[4]!];
    const at = found.findIndex((f) => f.index >= m.index! && f.index < m.index! + m[0].length);
    if (at >= 0) found.splice(at, 1);
    push(found, m, m[6]!, mo, d, String((Number(m[1]) % 12) + (/p/i.test(m[3]!) ? 12 : 0)), m[2]);
  }
  for (const m of text.matchAll(ySpaceMd)) push(found, m, m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]);
  const month = (name: string) => String(months.indexOf(name.slice(0, 3).toLowerCase()) + 1);
  for (const m of text.matchAll(mdyName)) push(found, m, m[6]!, month(m[4]!), m[5]!, m[1], m[2], m[3]);
  for (const m of text.matchAll(dmyName)) push(found, m, m[6]!, month(m[5]!), m[4]!, m[1], m[2], m[3]);
  for (const m of text.matchAll(yymd)) if (!found.some((f) => m.index! >= f.index && m.index! < f.index + f.match.length)) push(found, m, `20${m[1]}`, m[2]!, m[3]!, m[4], m[5], m[6]);
  for (const m of text.matchAll(yymdHanzi)) if (!found.some((f) => m.index! >= f.index && m.index! < f.index + f.match.length)) push(found, m, `20${m[1]}`, m[2]!, m[3]!);
  for (const m of text.matchAll(hanzi)) push(found, m, [...m[1]!].map(digit).join(''), hanziNumber(m[2]!), hanziNumber(m[3]!));
  return found.sort((a, b) => a.index - b.index);
}

export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

function push(found: FoundDate[], m: RegExpMatchArray, y: string, mo: string, d: string, h?: string, mi?: string, s?: string) {
  const n = [y, mo, d, h ?? '0', mi ?? '0', s ?? '0'].map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(n[0], n[1] - 1, n[2]));
  if (check.getUTCMonth() !== n[1] - 1 || check.getUTCDate() !== n[2]) return;
  // "下午3:30": an afternoon's hour written on the twelve-hour clock.
  if (h !== undefined && (/(下午|晚上|傍晚)\s*\d/.test(m[0]) ? n[3] < 12 : /中午\s*\d/.test(m[0]) && n[3] < 11)) n[3] += 12;
  // "2023-10-26 30:00" is a date followed by something else, not a time.
  const timed = h !== undefined && n[3] <= 23 && n[4] <= 59 && n[5] <= 59;
  const [hh, mm, ss] = timed ? [n[3], n[4], n[5]] : [0, 0, 0];
  const pad = (v: number) => String(v).padStart(2, '0');
  found.push({ iso: `${n[0]}-${pad(n[1])}-${pad(n[2])}T${pad(hh)}:${pad(mm)}:${pad(ss)}${pageOffset}`, match: m[0], index: m.index!, timed });
}
