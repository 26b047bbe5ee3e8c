import { findDate } from './dates';
import { labelledValues } from './labels';

/** What a line of a reprinted page is, as far as the article is concerned. */
export type LineKind = 'blank' | 'chrome' | 'end' | 'breadcrumb' | 'meta' | 'text';

/** The site around an article: dropped wherever met. */
const chrome = [
  /^欢迎(访问|光临|来到|您)/,
  /字[体号]\s*:?\s*[【[]?\s*大\s*中\s*小/,
  /^[【[]?\s*(打印|关闭|关闭窗口|收藏|返回顶部|返回)\s*[】\]]?(\s*[【[]?\s*(打印|关闭|关闭窗口|收藏|返回顶部|打印本页|关闭本页)\s*[】\]]?)*$/,
  /(打印本页|关闭窗口|加入收藏)/,
  /^分享到/,
  /^(扫一扫|手机扫码|用手机扫)/,
  /^(浏览次数|点击数|阅读次数|浏览量)\s*:/,
  /^本网概况|^网站地图$|^(首页\s*\|\s*)?联系我们(\s*\|)?/,
];

/** Where the article ends: what follows is the reprinting site's, not the article's. */
const end = [
  /^[【[]?\s*免责声明/,
  /^(上一篇|下一篇|上一条|下一条)/,
  /^(相关(文章|阅读|新闻|链接|推荐)|推荐阅读|热点新闻|最新文章)/,
  /^[（(【[]?\s*(责任编辑|责编|编辑)\s*:/,
  /(版权所有|Copyright|©|ICP备|ICP证|主办单位|承办单位|技术支持)/i,
  /^(联系电话|监督电话|地址|联系邮箱|电子邮箱|邮编)\s*:/,
  /^(本文地址|本文链接|本站内容来源地址)\s*:/,
];

const breadcrumb = /(当前位置|您的位置|您现在的位置|所在位置)\s*:|^首页\s*[>›»＞]/;

/** An unlabelled "2024-03-12 09:30 江苏省通信管理局": a date, then a short name of who published it. */
export function unlabelledMeta(line: string): { date: string; source: string } | null {
  const found = findDate(line);
  if (!found || !line.startsWith(found.match)) return null;
  const rest = line.slice(found.match.length).trim();
  if (rest.length > 40 || /[。，,.!！?？]/.test(rest)) return null;
  return { date: found.iso, source: rest };
}

export function classify(line: string): LineKind {
  if (!line) return 'blank';
  if (breadcrumb.test(line)) return 'breadcrumb';
  const values = labelledValues(line);
  if (values.some((v) => v.kind === 'date' || v.kind === 'source' || v.kind === 'author') && line.length < 200) return 'meta';
  if (values.some((v) => v.kind === 'link') && /https?:\/\//.test(line)) return 'meta';
  if (end.some((p) => p.test(line))) return 'end';
  if (chrome.some((p) => p.test(line))) return 'chrome';
  if (unlabelledMeta(line)) return 'meta';
  return 'text';
}

/** The column named by a breadcrumb such as "当前位置: 首页 > 社会监督 > 正文". */
export function columnOfBreadcrumb(line: string): string {
  const trail = line.replace(/^.*?(当前位置|您的位置|您现在的位置|所在位置)\s*:/, '');
  const parts = trail
    .split(/\s*[>›»＞/\\→]\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(首页|主页|网站首页|正文|内容|详情|文章|阅读|查看)$/.test(p));
  return parts.at(-1) ?? '';
}
