import { isOrganisation } from './classify';

/**
 * Who wrote an article, where a page says it without a label: "南阳市邮政管理局 景鑫",
 * "人民日报记者 张三", "文/张三", "(记者 张三 通讯员 李四)", "本报讯(通讯员 王五)". Each
 * takes the line as written and its normalized form (same length, simplified characters).
 */
const name = String.raw`[\u4e00-\u9fa5·]{2,4}`;
const roles = /(全媒体记者|融媒体记者|首席记者|特约记者|见习记者|本报记者|本台记者|记者|特约通讯员|通讯员|实习生|摄影记者)/g;

/** "南阳市邮政管理局 景鑫" or "新华社记者 张三": a header line that is only a byline. */
export function plainByline(line: string, norm: string): { source: string; author: string } | null {
  const reporter = new RegExp(String.raw`^(\S{2,20}?)\s*(?:记者|通讯员)\s*((?:${name}[\s、,，]*){1,6})$`).exec(norm);
  if (reporter) return { source: isOrganisation(reporter[1]!) ? line.slice(0, reporter[1]!.length) : '', author: line.slice(norm.length - reporter[2]!.length).trim() };
  const org = new RegExp(String.raw`^(\S{2,30})\s+((?:${name}[\s、,，]*){1,4})$`).exec(norm);
  if (org && isOrganisation(org[1]!)) return { source: line.slice(0, org[1]!.length), author: line.slice(norm.length - org[2]!.length).trim() };
  const signed = /^[【[(（]?\s*文\s*[/|｜:]\s*([^)）】\]]{2,30})[)）】\]]?$/.exec(norm);
  if (signed) return { source: '', author: line.slice(norm.indexOf(signed[1]!), norm.indexOf(signed[1]!) + signed[1]!.length).trim() };
  return null;
}

/** The reporters a first paragraph names in brackets: "本报北京8月26日电 (记者丁怡婷)". */
export function reportersInLead(line: string, norm: string): string {
  const head = norm.slice(0, 120);
  const bracket = /[(（]([^()（）]{2,60})[)）]/g;
  for (const m of head.matchAll(bracket)) {
    const inside = m[1]!;
    const first = inside.search(roles);
    if (first < 0) continue;
    const start = m.index! + 1 + first;
    const raw = line.slice(start, m.index! + 1 + inside.length);
    const names = normRoles(raw, norm.slice(start, m.index! + 1 + inside.length));
    if (names) return names;
  }
  return '';
}

/** The names left when the role words (记者, 通讯员…) are taken out, as written. */
function normRoles(raw: string, norm: string): string {
  let out = '';
  let last = 0;
  for (const m of norm.matchAll(roles)) {
    out += `${raw.slice(last, m.index)} `;
    last = m.index! + m[0].length;
  }
  out += raw.slice(last);
  const names = out.replace(/[:：]/g, ' ').replace(/\s+/g, ' ').trim();
  return names.length <= 40 && /^[\u4e00-\u9fa5·\s、,，]+$/.test(names) ? names : '';
}
