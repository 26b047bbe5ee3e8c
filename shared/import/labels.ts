/**
 * The labels reprinted pages put before their fields. Order matters where one label contains
 * another: longer ones first.
 */
export const labels = {
  date: ['发布日期', '发布时间', '发表时间', '发表日期', '发稿时间', '更新时间', '更新日期', '成文日期', '上传时间', '录入时间', '发文日期', '时间', '日期'],
  source: ['来源/作者', '作者/来源', '文章来源', '信息来源', '稿件来源', '新闻来源', '内容来源', '消息来源', '来源单位', '信息提供单位', '信息提供', '供稿单位', '来源', '稿源', '供稿', '出处',
    // "转载自: 南阳日报" names a source; "转载自: https://…" the original's link.
    '转载自', '转自', '本文来自', '来自', '来源于', '源自'],
  // ("作者/摄影: 张三", "文/图: 张三": who wrote it took the pictures too.)
  // ("作者(来源): 毛福敏": the writer, the source given as the same.)
  author: ['作者(来源)', '作者/摄影', '文/摄影', '文/图', '图/文', '文图', '图文', '作者', '撰稿人', '撰稿', '撰文', '采写', '文字', '记者', '通讯员', '主笔', '文'],
  link: ['原文链接', '原文地址', '原文网址', '原文'],
  /** Labels of fields we read past: editors are not authors, counters are not text. */
  ignored: [
    '责任编辑', '责编', '发布人', '发布者', '上传者', '上传', '录入', '录入者', '编辑', '编审', '审核', '审校', '校对', '摄影', '图片', '图', '一审', '二审', '三审', '终审', '初审', '复审',
    // The credits a media site prints under a story: none of them wrote it.
    // A clock on the page ("北京时间: 2024-04-19 13:48:36") tells the time of reading, not of publishing.
    '北京时间', '当前时间', '现在时间',
    '排版', '美编', '制图', '监制', '出品', '策划', '统筹', '剪辑', '设计', '主编', '值班主任', '实习编辑',
    '浏览次数', '阅读次数', '访问次数', '点击次数', '浏览量', '阅读量', '访问量', '点击量', '点击数', '浏览', '阅读', '点击', '评论', '字号', '字体',
    '本文地址', '本文链接', '本站内容来源地址', '分享到', '分享', '打印', '发布机构', '信息分类', '主题分类', '生效日期', '废止日期', '生效时间', '废止时间', '失效日期', '失效时间', '截止日期', '截止时间', '文号', '索引号', '关键词', '标签', '栏目',
  ],
} as const;

export type FieldLabel = 'date' | 'source' | 'author' | 'link' | 'ignored';

const all = (Object.entries(labels) as [FieldLabel, readonly string[]][])
  .flatMap(([kind, words]) => words.map((word) => ({ kind, word })))
  .sort((a, b) => b.word.length - a.word.length);

/**
 * A label as pages space it: "来 源:", "作 者:", "发布 时间:" (government portals pad a two-character
 * label to the width of a four-character one).
 */
const spaced = (word: string) => [...word].map((ch) => ch.replace(/[/|]/, '\\$&').replace('(', '[(（]').replace(')', '[)）]')).join(' ?');
const words = all.map((l) => spaced(l.word)).join('|');
/**
 * A label is a whole word: "文:" is a label, "原文:" is not "文:" (longer labels are tried first).
 * At a line's start or after a space a bar may stand for the colon: "来源 | 人民日报", "文｜张三 图｜李四".
 */
// (Or a label of two characters or more in its own square brackets, with no colon: "【作者】张三【来源】南阳日报",
// "[作者] 喧暄轩" at a line's or a word's start;
// not a picture's marker, "【图】" or "【图片】", nor any label of a field we read past.)
const bracketWords = all.filter((l) => l.word.length >= 2 && l.kind !== 'ignored').map((l) => spaced(l.word)).join('|');
const labelPattern = new RegExp(`(${words})\\s*[】\\]]?\\s*:|(?:^|(?<=\\s))[【[]?(${words})\\s*[|｜](?=\\s*[^\\s|｜])|(?<=【)(${bracketWords})】(?=\\s*[^\\s【】:])|(?<=(?:^|\\s)\\[)(${bracketWords})\\](?=\\s*[^\\s[\\]:])`, 'g');
const canonical = (label: string) => label.replace(/ /g, '').replace('（', '(').replace('）', ')');
/** Any short word before a colon ends the value before it, known label or not ("发布开发区:…"). */
const unknownLabel = /\s+[\u4e00-\u9fa5A-Za-z]{1,6}\s*[:|｜]/;
/** A word before a bar that labels what follows, as credits write them: "供稿审核|王志", "摄影|李四". */
const labelish = /(审核|审校|编辑|摄影|图片|供稿|校对|统筹|监制|设计|排版|来源|作者|撰稿|文字)\s*[|｜]$/;

export interface LabelledValue {
  kind: FieldLabel;
  /** The label as the line writes it ("来 源"), to find it there. */
  label: string;
  /** The label's word ("来源"). */
  word: string;
  value: string;
}

/**
 * The "label: value" pairs of one normalized line, in order. A value runs to the next label;
 * brackets and separators around it are dropped, and an empty label gives an empty value
 * (not the next line's text). A one-character label (文:) counts only at a word's start.
 */
export function labelledValues(line: string): LabelledValue[] {
  const found = [...line.matchAll(labelPattern)].filter((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!.length > 1 || m.index === 0 || /[\s(（【[|｜]/.test(line[m.index! - 1]!));
  return found.map((match, i) => {
    const start = match.index! + match[0].length;
    const end = found[i + 1]?.index ?? line.length;
    const label = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
    const word = canonical(label);
    let raw = line.slice(start, end);
    // A short word and a colon end the value; a bar does only after a credit's word ("供稿审核|王志"),
    // elsewhere it separates fields ("来源: 新华社 | 2023-10-26").
    raw = raw.replace(/^\s+/, '');
    const cut = unknownLabel.exec(raw);
    if (cut && !/^https?:/i.test(raw) && (cut[0].endsWith(':') || labelish.test(cut[0]))) raw = raw.slice(0, cut.index);
    const value = cleanValue(raw);
    // "文字: 大 中 小": the font-size widget, not a writer.
    const kind = fontSize.test(value) ? 'ignored' : all.find((l) => l.word === word)!.kind;
    return { kind, label, word, value };
  });
}

const fontSize = /^[(（【[]?\s*(大\s*中\s*小|小\s*中\s*大|默认\s*大|放大|缩小|A\s*[+＋])/;

function cleanValue(raw: string): string {
  let value = raw
    .replace(/[【】[\]〔〕|｜┆¦]/g, ' ')
    // ("来源:新华社丨作者:张三丨2023-10-26": 丨 set between fields.)
    .replace(/^丨+|丨+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,，;；]$/, '')
    .trim();
  // A closing bracket with no opening one belongs to the sentence around the label: the value ends there.
  // (Not one that closes a character's pinyin, as mirrors print it, its opening bracket lost: "日?qǐng)?bào)".)
  const close = value.search(/(?<![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê])[)）]/);
  if (close >= 0 && !/[(（]/.test(value.slice(0, close))) value = value.slice(0, close).trim();
  if (/^[(（]/.test(value) && !/[)）]/.test(value)) value = value.slice(1).trim();
  return value;
}

/**
 * A line that is only a known label ("发布时间:", "• 信息来源:"), its value on the next line; a
 * source's or a writer's label may stand there without its colon, as a table's cell: "文章来源" / "北京商报".
 */
const labelOnly = new RegExp(`^[•·\\s]*(${words})\\s*:\\s*$`);
const bareLabel = new RegExp(`^[•·\\s]*(${all.filter((l) => l.kind === 'source' || l.kind === 'author').map((l) => spaced(l.word)).join('|')})\\s*$`);

/**
 * Lines as a page's form prints them, with a label alone on its line joined to the value
 * under it ("发布时间:" / "2025-05-22 10:03" → "发布时间: 2025-05-22 10:03"), as a definition
 * list or a table of fields copies. A value is a short line that is not itself a label.
 * `norm` gives each line's normalized form.
 */
export function joinLabelLines(lines: string[], norm: (line: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = labelOnly.exec(norm(line))?.[1] ?? (norm(line).trim().length >= 2 ? bareLabel.exec(norm(line))?.[1] : undefined);
    const label = found && canonical(found);
    const value = lines[i + 1] === undefined ? '' : norm(lines[i + 1]!).replace(/^[•·\s]+/, '');
    if (label && value && fits(all.find((l) => l.word === label)!.kind, value)) {
      out.push(`${line.trimEnd()}${/[:：]\s*$/.test(line) ? '' : ':'} ${lines[i + 1]!.trim()}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/** What can stand under a label: a date under a date's label, a short name (no sentence, no label) under the others. */
function fits(kind: FieldLabel, value: string): boolean {
  if (/:$/.test(value) || labelledValues(value).length) return false;
  if (kind === 'date') return /(19|20)\d{2}\s*[-/.年]\s*\d{1,2}/.test(value) && value.length <= 40;
  if (kind === 'link') return /^https?:\/\//i.test(value);
  return value.length <= 30 && !/[，。；！？,;!?“”"]/.test(value);
}
