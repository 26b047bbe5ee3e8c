/**
 * One line of a reprinted page, made comparable: full-width colons and spaces as ASCII,
 * traditional characters as simplified (many reprint sites serve both), runs of spaces as one.
 * This form is only for recognising labels and chrome; the fields keep the text as written.
 */
const traditional = '來来發发佈布時时間间編编輯辑責责記记訊讯員员點点擊击瀏浏覽览閱阅讀读評评論论號号體体當当頁页關关閉闭轉转載载鏈链連连結结網网權权聲声資资圖图熱热詞词複复製制標标籤签題题類类機机構构審审訪访問问數数鍵键導导薦荐條条頂顶應应對对參参與与會会議议報报門门戶户視视頻频碼码掃扫維维錄录傳传設设區区處处聯联繫系電电話话郵邮務务簡简紹绍廣广紀纪屬属貼贴於于為为這这個个們们現现級级業业產产態态種种節节舉举權权歡欢迎迎訂订閱阅熱热門门選选擇择檢检索索專专欄栏據据稱称攝摄較较稿稿級级隱隐私私碼码擊击贊赞閒闲聞闻顧顾單单師师頁页鍵键戲戏劇剧藝艺辦办稱称證证書书黨党縣县鄉乡鎮镇衛卫環环態态' + '習习組组織织東东華华義义圍围車车運运輸输費费黨党農农雲云寧宁蘇苏遼辽滬沪陝陕貴贵漢汉興兴廠厂豐丰長长萬万與与買买賣卖開开陽阳陰阴隊队險险隨随難难電电靈灵養养館馆驗验黃黄齊齐糾纠錯错歷历實实際际經经濟济國国內内頭头條条總总歸归讚赞媒媒體体視视廳厅處处員员眾众註注冊册帳账變变復复僅仅詳详細细筆笔';
const toSimplified = new Map<string, string>();
for (let i = 0; i + 1 < traditional.length; i += 2) toSimplified.set(traditional[i]!, traditional[i + 1]!);

export function normalizeLine(line: string): string {
  // "【日期】= 1990.03.18": an archive's field list, read as "【日期】: 1990.03.18" (same length).
  // "文丨张三", "来源丨新华社": the separator 丨 (a character of its own) after a label is its colon; so is a bar
  // after a label that opens the line ("来源 | 新华社", "编辑 | 李四").
  const text = line.replace(/[\u00a0\u3000\t\u200b\ufeff]/g, ' ').replace(/：/g, ':').replace(/(^|[\s|｜])(文|图|来源|作者|记者|编辑|撰文|出品|监制)\s*丨/g, (m) => `${m.slice(0, -1)}:`).replace(/^(\s*(文|图|图片|摄影|来源|作者|记者|编辑|责编|撰文|出品|监制|审核|校对|排版|美编|统筹|策划)\s*)[|｜]/, '$1:').replace(/([】\]])\s*[=＝]/g, (m, b: string) => `${b}:${' '.repeat(m.length - 2)}`).replace(/\s+/g, ' ').trim();
  let simple = '';
  for (const ch of text) simple += toSimplified.get(ch) ?? ch;
  return simple;
}

/** Paragraph text as it should be kept: the full-width spaces that indent it trimmed. */
export function paragraphText(line: string): string {
  // (Walked from each end: a pattern for the line's end would try every space of a long run inside the
  // line, the square of the run's length.)
  const space = (ch: string) => ch === '\u200b' || !ch.trim();
  let from = 0;
  let to = line.length;
  while (from < to && space(line[from]!)) from++;
  while (to > from && space(line[to - 1]!)) to--;
  return line.slice(from, to);
}

/** A field's text as written: spacing made single, nothing else changed. */
export function fieldText(line: string): string {
  return line.replace(/[\u00a0\u3000\t\u200b\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a text opens a bracket or quote more often than it closes it: "《中华人民共和国", "关于“十四五". */
export const leftOpen = (text: string, open: string, close: string) => text.split(open).length > text.split(close).length;
