
/**
 * Who wrote an article, where a page says it without a label: "南阳市邮政管理局 景鑫",
 * "人民日报记者 张三", "文/张三", "(记者 张三 通讯员 李四)", "本报讯(通讯员 王五)". Each
 * takes the line as written and its normalized form (same length, simplified characters).
 */
const name = String.raw`[\u4e00-\u9fa5·]{2,4}`;
// (The paper's own may come first, "本报通讯员", "总台记者"; then the kind, "见习记者", "融媒体记者".)
// (After a space, any two characters may name the kind: "农民记者", "小记者", "特约通讯员".)
const roles = /((?:本报|本台|本网|本刊|本社|总台)?(?:全媒体|融媒体|首席|特约|见习|实习|摄影){0,2}(?:记者|通讯员)|(?<=\s)[\u4e00-\u9fa5]{2}(?:记者|通讯员)|(?:本报|本台)?实习生)/g;
const roleWord = roles.source.slice(1, -1);
/**
 * Who else a credit names: the photographer, the cameraman, the editors and each of a station's
 * reviews (一审, 二审…). None of them wrote the story.
 */
const credit = '图|图片|摄影|摄像|拍摄|视频|编辑|责编|责任编辑|主编|编审|审核|审校|校对|签发|制图|设计|排版|美编|统筹|监制|出品|策划|终审|初审|复审|[一二三]审|值班编辑';
// (The patterns below are built once, here, not on every line read.)
/** "市邮政管理局 张三 李四": a word, then names. */
const wordThenNames = new RegExp(String.raw`^(\S{2,30})\s+(${name}(?:[\s、,，]+${name}){0,7})$`);
/** "沙沟镇镇长 刘彦成": a post, then a name. */
const postThenName = new RegExp(String.raw`^(\S{0,20}?(?:长|书记|主任|主席|总经理|经理|总监|教授|研究员|院士|代表|委员))\s+(${name})$`);
/** "南阳日报记者 张三 通讯员 李四": the office before the role, then the names. */
const officeReporter = new RegExp(String.raw`^((?:\S{2,20}\s+){0,3}?\S{2,20}?)\s*(?:记者|通讯员)\s*(${name}(?:[\s、,，]+(?:[\u4e00-\u9fa5]{2,10}?(?=${roleWord}))?(?:(?:${roleWord})\s*)?${name}){0,5})$`);
/** "(记者 韩敏 曹丽萍 编辑 邵一玲 主编…": a byline's bracket the copy cut, opened by a role. */
const openRoleBracket = new RegExp(String.raw`[(（]((?:${roleWord})[^()（）]{2,80})$`);
/** "记者 韩敏 编辑 邵一玲 主编 谢珊": the editors after the writers. */
const editorsAfter = new RegExp(String.raw`^((?:${roleWord})\s*\S.*?)\s+(?:${credit})\s*[:/]?\s*\S.*$`);
/** "张三 摄影 李四 编辑 王五": the credits after the writers' names, to the end. */
const creditsAfter = new RegExp(String.raw`\s+(?:${credit})\s*[:/]?\s*[\u4e00-\u9fa5·\s、]*$`);
/** What follows 记者 in a sentence rather than a name: "在", "正在", "从…获悉", "日前". */
const atWork = /^(在|正在|正|从|对|到|来到|去|将|已|也|还|就|都|了解|获悉|得知|看到|注意到|走访|采访|发现|日前|近日|昨日|今日|今天|昨天|近期)/;
/** "林宜莹台北报导": a name of two or three characters, then where from (two) and 报导, glued. */
const gluedPlace = /(?<=(?:^|[\s、,，])[\u4e00-\u9fa5]{2,3})[\u4e00-\u9fa5]{2}[报報][道導导](?=\s*$)/;
/** Names alone, one to eight. */
const namesOnly = new RegExp(String.raw`^\s*${name}([\s、,，]+${name}){0,7}\s*$`);

/** "市邮政管理局 张三": an office, then the names of who wrote for it. */
export function officeAndNames(text: string): { source: string; author: string } | null {
  const m = wordThenNames.exec(text.trim());
  return m && isOrganisation(m[1]!) && onlyNames(m[2]!) ? { source: m[1]!, author: m[2]! } : null;
}

/** "南阳市邮政管理局 景鑫" or "新华社记者 张三": a header line that is only a byline. */
export function plainByline(line: string, norm: string): { source: string; author: string } | null {
  // (A byline is a short line: a paragraph is not read through.)
  if (norm.length > 200) return null;
  // "□本报记者 张三", "◎ 文/图 李四": a paper's ornament before its byline.
  // ("N本报记者 苏燕梅": an icon font's glyph, copied as a letter.)
  const ornament = /^(?:[□■◎●◆▲★☆○◇△▌▍|｜]+|[A-Za-z](?=本报|本台|本网|记者|通讯员))\s*/.exec(norm);
  if (ornament) {
    line = line.slice(ornament[0].length);
    norm = norm.slice(ornament[0].length);
  }
  // "中国邮政报采访组 毛志鹏 张丹丹 2023-09-04": the date after a byline is the meta line's, not a name.
  // ("記者陳鐘聲/嘉縣報導-2017-06-29 17:44:53": or after a dash.)
  const date = /(?:\s+|[-–—]\s*)((19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?)\s*$/.exec(norm);
  if (date) {
    line = line.slice(0, date.index);
    norm = norm.slice(0, date.index);
  }
  // "本报记者 李四 文/图", "○记者刘念海文/图": what the reporters did, after their names.
  // ("记者 孙庆辉 文/图Zxf中原财经_中原网": what a template glued after it.)
  const did = /(?:\s+|(?<=[\u4e00-\u9fa5]{2}))(文\s*[/|]\s*图[\x21-\x7e][^\s]*|文\s*[/|]\s*图|图\s*[/|]\s*文|摄影报道|图文报道|报道)\s*:?\s*$/.exec(norm);
  if (did) {
    line = line.slice(0, did.index);
    norm = norm.slice(0, did.index);
    // ("李德琳  报道:": a name alone, then what the writer did.)
    if (onlyNames(norm) && norm.trim().split(/\s+/).some(isPersonName)) return { source: '', author: line.trim() };
  }
  // "沙沟镇镇长 刘彦成", "县委书记 张三": a speaker's post, then the name; the post is no source.
  const post = postThenName.exec(norm);
  if (post && !isOrganisation(post[1]!) && onlyNames(post[2]!) && !isOrganisation(post[2]!)) return { source: '', author: line.slice(norm.length - post[2]!.length) };
  // (More roles may follow: "南阳日报记者 张三 通讯员 李四".)
  // (A later role may name its office again: "光明日报记者 张三 光明日报通讯员 李四".)
  const reporter = officeReporter.exec(norm);
  // ("人民网记者 周恬摄" credits a photo: a byline's line, with no writer.)
  if (reporter && /摄$/.test(reporter[2]!)) return { source: '', author: '' };
  const reporters = reporter ? normRoles(line.slice(norm.length - reporter[2]!.length), reporter[2]!) : '';
  // (Several offices may sign: "新安晚报 安徽网 大皖客户端记者 吴永泉", "滨州日报/滨州网记者 裴庆力"; the
  // kind of reporter is not the office's: "延边晨报全媒体记者 董立志".)
  const office = reporter ? reporter[1]!.replace(/(全媒体|融媒体|首席|特约|见习|实习|摄影)$/, '') : '';
  if (reporters && office && office.split(/[\s/、\-–—]+/).every(isOrganisation)) return { source: line.slice(0, office.length), author: reporters };
  // (Before the role, a paper's word or a kind of reporter: "本报记者", "县融媒体记者"; "中国重机召开2019年通讯员工作会" is a headline.)
  if (reporters && !/\s/.test(reporter![1]!) && /^(本|总)|(媒体|见习|特约|首席|实习)$/.test(reporter![1]!)) return { source: '', author: reporters };
  const org = wordThenNames.exec(norm);
  // "浙江日报 数字报纸": a paper's masthead over its e-paper, no byline's writer.
  const masthead = /^(\S{2,20})\s+(数字报纸?|电子报|电子版|数字版|手机版)$/.exec(norm);
  if (masthead && isOrganisation(masthead[1]!)) return { source: line.slice(0, masthead[1]!.length), author: '' };
  // ("新闻 知道 百科" is a menu: an office's name has three characters at least.)
  if (org && org[1]!.length >= 3 && isOrganisation(org[1]!) && onlyNames(org[2]!) && !org[2]!.split(/[\s、,，]+/).some(isOrganisation)) return { source: line.slice(0, org[1]!.length), author: line.slice(norm.length - org[2]!.length).trim() };
  // "县委宣传部 张三 县教育局 李四": each office, then its writers.
  const pairs = officesAndNames(line, norm);
  if (pairs) return pairs;
  // "文/张三", "文/图 张三", "文/张三 图/李四": the writer, not the photographer.
  // ("文·图/本报记者 张三": a dot between the two.)
  const signed = /^[【[(（]?\s*文(?:\s*[/、·•]\s*图\s*[/|｜:]?|\s*[/|｜:])\s*([^)）】\]/]{2,30}?)(?:\s+(?:图|摄)\s*[/:].*)?[)）】\]]?$/.exec(norm);
  if (signed) {
    const at = norm.indexOf(signed[1]!);
    const [value, written] = [signed[1]!, line.slice(at, at + signed[1]!.length)];
    // ("文/本报记者 张三", "文/县教育局 张三": the byline after 文/ read as any other.)
    const inner = /\s/.test(value.trim()) || value.search(roles) >= 0 ? plainByline(written, value) : null;
    return inner?.author ? inner : { source: '', author: written.trim() };
  }
  // "文 张三", "作者 张三": a writer's label with a space for its colon.
  const spacedLabel = /^(?:文|作者|撰文|撰稿|采写)\s+([\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,5})$/.exec(norm);
  // (Each a common surname's name: "作者  收藏   举报" is the label over a row of widgets.)
  // (Not every name need have one: "作者 王娇妮 李嘉丽 迟子凡".)
  if (spacedLabel && onlyNames(spacedLabel[1]!) && spacedLabel[1]!.split(/[\s、,，]+/).some(isPersonName) && !spacedLabel[1]!.split(/[\s、,，]+/).some((w) => /^(收藏|举报|分享|打印|关闭|评论|点赞|转发|返回)$/.test(w))) return { source: '', author: line.slice(norm.length - spacedLabel[1]!.length) };
  // "图文/陈冠霖": who wrote it and took the pictures.
  const both = /^(?:图文|文图|文字)\s*[/|｜]\s*([\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,5})$/.exec(norm);
  if (both && onlyNames(both[1]!)) return { source: '', author: line.slice(norm.length - both[1]!.length) };
  // "记者 孙庆辉 通讯员 赵翔宇": a line that opens with a role and holds only names after it.
  // ("记者魏永忠\台中报导", "记者 林上祚／台北报导": a Taiwanese paper's reporter and where from, which normRoles leaves out.)
  if (/^(本报|本台|本网)?(全媒体|融媒体|见习|特约|首席|实习){0,2}(记者|通讯员)/.test(norm)) {
    const names = bylineNames(line, norm);
    if (names && onlyNames(names)) return { source: '', author: names };
  }
  // "张三/文 李四/图", "本报记者 张三/文": who wrote it, then who took the pictures.
  const suffixed = /^(.*?[\u4e00-\u9fa5])\s*[/／]\s*文(?:\s+[\u4e00-\u9fa5·\s]{2,12}?\s*[/／]\s*(?:图|摄影?))?\s*$/.exec(norm);
  if (suffixed) {
    const [value, written] = [suffixed[1]!, line.slice(0, suffixed[1]!.length)];
    if (onlyNames(value)) return { source: '', author: written.trim() };
    const named = bylineOnly(written, value);
    if (named) return { source: '', author: named };
    const inner = plainByline(written, value);
    if (inner?.author) return inner;
  }
  return null;
}

/** "县委宣传部 张三 县教育局 李四 王五": offices and their writers, in turn; each office once. */
function officesAndNames(line: string, norm: string): { source: string; author: string } | null {
  const words = norm.split(' ');
  if (words.length < 4 || line.length !== norm.length) return null;
  const offices: string[] = [];
  const names: string[] = [];
  let at = 0;
  let last = '';
  for (const w of words) {
    const written = line.slice(at, at + w.length);
    at += w.length + 1;
    if (isOrganisation(w) && w.length >= 3) {
      if (last === 'office') return null;
      offices.push(written);
      last = 'office';
    } else if (onlyNames(w) && last) {
      names.push(written);
      last = 'name';
    } else return null;
  }
  return offices.length >= 2 && last === 'name' ? { source: offices.join(' '), author: names.join(' ') } : null;
}

const leadByline = new RegExp(String.raw`^\S{0,24}?(?:讯|电|消息)\s*[】\]]?\s*[:]?\s*((?:${roleWord})\s*${name}(?:[\s、,，]+(?:(?:${roleWord})\s*)?${name}){0,5})\s*(?:报道\s*:?|:|\s)`);
/**
 * "全媒体记者赵海龙报道 记者昨日…", "【本报讯】记者张三报道:…": a lead that opens with its reporter and 报道.
 * ("佛山新闻网讯 佛山市新闻传媒中心记者陈敏珊、张伟科摄影报道:6月27日…": the office before the role.)
 */
const reportedLead = new RegExp(String.raw`^(?:\S{0,24}?(?:讯|电|消息)\s*[】\]]?\s*(?:[\u4e00-\u9fa5]{2,20}?(?=${roleWord}))?)?((?:${roleWord})\s*[\u4e00-\u9fa5·]{2,3}(?:[\s、,，]+(?:(?:${roleWord})\s*)?[\u4e00-\u9fa5·]{2,3}){0,5})\s*(?:[\u4e00-\u9fa5]{2,4})?报[道导]\s*(?::|\s)`);

/**
 * The reporters a first paragraph names in brackets: "本报北京8月26日电 (记者丁怡婷)",
 * "中新网兰州8月14日电 (赵雅琪)", and the office they write for: "本网讯(工商管理学院 徐豪杰)".
 */
export function reportersInLead(line: string, norm: string): { source: string; author: string } {
  const head = norm.slice(0, 120);
  // Unbracketed, up to a colon, 报道 or a space: "本报讯 记者 张三 通讯员 李四 报道:近日,…".
  const open = leadByline.exec(head);
  // ("本报讯 记者日前获悉:", "记者 近日 从市局获悉": the reporter's work, not a name.)
  if (open && !/(获悉|了解|采访|得知|看到|注意到|日前|近日|昨日|今日|今天|昨天|近期|从|在)/.test(open[1]!.replace(roles, ''))) {
    const from = open.index + open[0].indexOf(open[1]!);
    const names = normRoles(line.slice(from, from + open[1]!.length), open[1]!);
    if (names) return { source: '', author: names };
  }
  const reported = reportedLead.exec(head);
  if (reported) {
    const from = reported.index + reported[0].indexOf(reported[1]!);
    const names = normRoles(line.slice(from, from + reported[1]!.length), reported[1]!);
    if (names) return { source: '', author: names };
  }
  // ("【记者 嚴光澎 报道】": a paper's square brackets.)
  // ("〔記者吳亮儀/台北報導〕": a Taiwanese paper's tortoise-shell brackets.)
  const bracket = /[(（【〔[]([^()（）【】〔〕[\]]{2,60})[)）】〕\]]/g;
  for (const m of head.matchAll(bracket)) {
    const inside = m[1]!;
    const first = inside.search(roles);
    const at = m.index! + 1;
    // (Names alone after the dateline: "…电 (赵雅琪)", or a list of them after its day, "中国众识网3月21日(刘洋,黄玉凤)水观消息",
    // not "9月24日(周二)".)
    if (first >= 0) {
      const names = normRoles(line.slice(at + first, at + inside.length), norm.slice(at + first, at + inside.length));
      // ("(林洁琪 通讯员 张雄森)": a reporter's name before the first role; a word glued to the role is
      // the office, "【大纪元记者袁玫蒙市报导】".)
      const before = inside.slice(0, first).trim();
      if (names && before && /\s$/.test(inside.slice(0, first)) && onlyNames(before) && !isOrganisation(before)) return { source: '', author: `${line.slice(at, at + first).trim()} ${names}` };
      if (names) return { source: '', author: names };
    } else if ((/(电|讯|消息)\s*$/.test(head.slice(0, m.index)) || (/月\d{1,2}日\s*$/.test(head.slice(0, m.index)) && namesLine(inside))) && (onlyNames(inside) || /^\s*[\u4e00-\u9fa5]\s[\u4e00-\u9fa5]\s*$/.test(inside))) {
      return { source: '', author: line.slice(at, at + inside.length).trim() };
    } else if (/(电|讯|消息)\s*$/.test(head.slice(0, m.index)) && officeAndNames(inside)) {
      // "本网讯(工商管理学院 徐豪杰)": the office, then its writer.
      const signed = officeAndNames(inside)!;
      return { source: line.slice(at, at + inside.indexOf(signed.source) + signed.source.length).trim(), author: line.slice(at + inside.lastIndexOf(signed.author), at + inside.length).trim() };
    } else if ((m.index === 0 || /(电|讯|消息)\s*$/.test(head.slice(0, m.index))) && /[报報][道導导]\s*$/.test(inside)) {
      // "【林宜瑩台北報導】…", "(杨小雷报道)": a bracket that opens the lead with who reported it and from where.
      const names = normRoles(line.slice(at, at + inside.length), inside);
      if (names && onlyNames(names) && !isOrganisation(names.replace(/\s+/g, ''))) return { source: '', author: names };
    }
  }
  return { source: '', author: '' };
}

/**
 * The writers a last paragraph signs in brackets: "…的力量。(袁传仓)", "(陆思念 周贻刚)",
 * "(天门市融媒体中心记者鄢紫 通讯员汪潇行)", "(市委政法委 周守利;市邮政管理局 刘文婕)", or
 * after its last sentence: "…在工作。见习记者 项吴菊 通讯员 刘海龙 摄影报道". An office
 * signing before the names ("(公交集团 毛韦珠)") is where the text came from; an office alone
 * ("(市维驾处)") is no writer. A photographer's credit (摄) is not a byline.
 */
export function signedAtEnd(line: string, norm: string): { source: string; author: string } {
  const none = { source: '', author: '' };
  // (A copy cut short may lose the closing bracket of "(区退役军人事务局供稿".)
  // (Or of "(记者 韩敏 曹丽萍 编辑 邵一玲 主编…": a byline's bracket that opens with a role.)
  // (Or of "…的发展。(陳露露、周月珍": names alone after the last sentence.)
  const m = /[(（]([^()（）]{2,60}?)(?:[)）]|(?<=供稿))\s*$/.exec(norm) ?? openRoleBracket.exec(norm) ?? /(?<=[。！？]\s*)[(（]([\u4e00-\u9fa5·]{2,4}(?:[、,，\s]+[\u4e00-\u9fa5·]{2,4}){0,5})$/.exec(norm);
  // "县教育局供稿" on a line of its own: where the text came from.
  const supplier = /^([\u4e00-\u9fa5A-Za-z0-9·]{2,20}?)\s*供稿$/.exec(norm);
  if (!m && supplier) return { source: line.slice(0, supplier[1]!.length), author: '' };
  // "记者:陈澄", "作者:张三": the writer labelled on the last line.
  const writer = /^(?:记者|作者|通讯员|撰稿|撰文|文字|文|图文|文图)\s*[:/|]\s*(\S{2,20}\s+)?([\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,5})$/.exec(norm);
  // ("图文:公共区管理部 周梦起": the office, then its writer.)
  if (!m && writer && onlyNames(writer[2]!) && (!writer[1] || isOrganisation(writer[1].trim()))) {
    const office = writer[1] ? line.slice(norm.indexOf(writer[1]), norm.indexOf(writer[1]) + writer[1].trim().length) : '';
    return { source: office, author: line.slice(norm.length - writer[2]!.length) };
  }
  // "撰稿 张三 摄影 李四 编辑 王五": credits without colons; the writer is the byline.
  const credited = !m && credits(line, norm);
  if (credited) return { source: '', author: credited };
  if (!m) {
    // ("…阻撓。」 ■香港文匯報記者 郭若溪": after the closing quote, an ornament and the writer's office.)
    const signedOff = /[。！？!?][」”’"]?\s*[□■◎○●]?\s*([\u4e00-\u9fa5A-Za-z·]{0,20}?)(?=((见习|本报|全媒体|融媒体)?记者|通讯员)[^。！？]{2,50}$)/.exec(norm);
    const roleAt = signedOff && (!signedOff[1] || isOrganisation(signedOff[1])) ? signedOff.index + signedOff[0].length : -1;
    // "…取得实效。 浩东  边琴": names alone after the last sentence, set apart by spaces.
    // ("…100余份。□张培颖 文/图": a paper's ornament before them, what they did after; "…第一。 新华"
    // is the agency's credit; "□张培颖 摄影报道" with no reporter's role credits the photographs.)
    const alone = /[。！？!?]\s*(?:\s|[□■◎○●]\s*)([\u4e00-\u9fa5·]{2,4}(?:\s+[\u4e00-\u9fa5·]{2,4}){0,2}?)(\s*(?:图文报道|报道|文\s*[/|]\s*图))?\s*$/.exec(norm);
    if (roleAt < 0 && alone && onlyNames(alone[1]!) && alone[1]!.split(/\s+/).every((w) => !isOrganisation(w) && !agency.test(w) && !/(通知|公告|通告|此致|敬礼|附件|报道|供稿|编辑|审核|完|摄影?)$/.test(w))) {
      const from = alone.index + alone[0].indexOf(alone[1]!, alone[0].search(/[\u4e00-\u9fa5·]/));
      return { source: '', author: line.slice(from, from + alone[1]!.length).trim() };
    }
    // "本报记者 肖金雄 摄" took the photo: not a writer.
    if (roleAt < 0 || /摄\s*$|摄影$/.test(norm.slice(roleAt))) return none;
    return { source: '', author: bylineNames(line.slice(roleAt), norm.slice(roleAt)) };
  }
  // "(县政府办供稿)", "(来源:市应急管理局)", "(预警信息来源:…)": where the text came from, not a writer.
  const at = m.index + 1;
  const supplied = /^\s*([^\s:]{2,20})\s*供稿\s*$/.exec(m[1]!) ?? /^\s*(?:[\u4e00-\u9fa5]{0,4}来源|稿源|供稿)\s*:\s*([^\s:]{2,30})\s*$/.exec(m[1]!);
  if (supplied) return { source: line.slice(at + m[1]!.indexOf(supplied[1]!), at + m[1]!.indexOf(supplied[1]!) + supplied[1]!.length), author: '' };
  // "(文/张三)", "(作者:张三)": the writer, labelled inside the brackets.
  // ("(文/图 潘 华)": a name of two characters spaced apart.)
  // ("(作者:兴山县气象局 张善卿 责任编辑:高迅芝)": the writer's office before the name, the editor after it.)
  const signedAs = m[1]!.replace(/\s+(责任编辑|编辑|责编|审核|审校|校对|摄影|签发)\s*:.*$/, '');
  const office = /^\s*(?:作者|文|撰稿)\s*:\s*(\S{3,20})\s+([\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,5})\s*$/.exec(signedAs);
  if (office && isOrganisation(office[1]!) && onlyNames(office[2]!)) {
    const [o, n] = [m[1]!.indexOf(office[1]!), m[1]!.indexOf(office[2]!, m[1]!.indexOf(office[1]!) + office[1]!.length)];
    return { source: line.slice(at + o, at + o + office[1]!.length), author: line.slice(at + n, at + n + office[2]!.length) };
  }
  // "(民視新聞/沈筱禎、吳東懋 台北報導)": the medium, then its reporters and where from.
  const medium = /^\s*([\u4e00-\u9fa5A-Za-z]{2,12})\s*[/／]\s*([\u4e00-\u9fa5·]{2,4}(?:[、,，\s]+[\u4e00-\u9fa5·]{2,4}){0,5}?)(?:\s*[\u4e00-\u9fa5]{2,4}[报報][道導导])?\s*$/.exec(signedAs);
  if (medium && isOrganisation(medium[1]!) && onlyNames(medium[2]!)) {
    const [o, n] = [m[1]!.indexOf(medium[1]!), m[1]!.indexOf(medium[2]!, m[1]!.indexOf(medium[1]!) + medium[1]!.length)];
    return { source: line.slice(at + o, at + o + medium[1]!.length), author: line.slice(at + n, at + n + medium[2]!.length) };
  }
  // "(黄崇森文 汪洋摄)": the writer with 文 glued on, then the photographer.
  const wrote = /^\s*([\u4e00-\u9fa5·]{2,4}(?:[、,，\s]+[\u4e00-\u9fa5·]{2,4}){0,3}?)\s*文\s+[\u4e00-\u9fa5·\s、]{2,12}?\s*摄影?\s*$/.exec(signedAs);
  if (wrote && onlyNames(wrote[1]!)) return { source: '', author: line.slice(at + m[1]!.indexOf(wrote[1]!), at + m[1]!.indexOf(wrote[1]!) + wrote[1]!.length) };
  const labelled = /^\s*(?:(?:文|作者|撰文|撰稿|文图|图文)\s*[/|:丨]|文\s*[/、]\s*图\s*[/|:丨]?)\s*([\u4e00-\u9fa5]\s[\u4e00-\u9fa5]|[\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,5})\s*$/.exec(signedAs);
  if (labelled) return { source: '', author: line.slice(at + m[1]!.lastIndexOf(labelled[1]!), at + m[1]!.lastIndexOf(labelled[1]!) + labelled[1]!.length) };
  // "(岚县新闻办 梁海珍 王红宇图/文)", "(记者 张三 摄影报道)": who wrote it took the pictures too.
  // ("(张三/文 李四/图)": who wrote it, then who took the pictures.)
  // ("(记者 韩敏 编辑 邵一玲 主编 谢珊)": the editors after the writers are not writers.)
  const inside = m[1]!.replace(editorsAfter, '$1').replace(/\s*(图\s*[/／]\s*文|文\s*[/／]\s*图|摄影报道|图文报道|([综綜]合|编译|整理)?(报道|报导))\s*$/, '').replace(/\s*[/／]\s*文(\s+[\u4e00-\u9fa5·\s]{2,12}?\s*[/／]\s*(图|摄影?))?\s*$/, '');
  if (/摄|供图|图|来源|编辑|责编/.test(inside)) return none;
  const names: string[] = [];
  const offices: string[] = [];
  let offset = at;
  for (const part of inside.split(/([;；])/)) {
    const raw = line.slice(offset, offset + part.length);
    offset += part.length;
    if (/^[;；]$/.test(part) || !part.trim()) continue;
    const first = part.search(roles);
    if (first >= 0) {
      const found = normRoles(raw.slice(first), part.slice(first));
      if (!found) return none;
      names.push(found);
      // "(应城电视台记者:李鸿)", "(人民网记者 黄盛)": the reporter's office is where the text came from.
      const office = part.slice(0, first).trim();
      if (office && office.split(/[\s/、·]+/).every(isOrganisation)) offices.push(raw.slice(0, first).trim());
      continue;
    }
    const words = part.trim().split(/\s+/);
    const office = words.findIndex((w) => !(w.length >= 3 && isOrganisation(w)));
    const signed = office < 0 ? '' : words.slice(office).join(' ');
    if (office > 0 && signed && (onlyNames(signed) || /^[\u4e00-\u9fa5](\s[\u4e00-\u9fa5]){1,2}$/.test(signed))) {
      // "(民权办事处 胡 俊)": the office, then the writer, as written.
      const at = part.lastIndexOf(signed);
      offices.push(raw.slice(0, at).trim());
      names.push(raw.slice(at, at + signed.length).trim());
    } else if (office === 0 && (onlyNames(part) || /^\s*[\u4e00-\u9fa5]\s[\u4e00-\u9fa5]\s*$/.test(part))) {
      names.push(raw.trim());
    } else if (office < 0) {
      return none;
    } else {
      const last = /\s(\S{2,4})\s*$/.exec(part);
      if (!last || !onlyNames(last[1]!)) return none;
      names.push(raw.trim().split(/\s+/).at(-1)!);
    }
  }
  return { source: offices.join(' '), author: names.join(' ') };
}

const writerWords = /^(文|文字|撰文|撰稿|撰稿人|作者|记者|通讯员|采写|文图|图文)$/;
const creditWords = new RegExp(`^(${credit})$`);

/**
 * A line of credits without colons, "文字 张三 摄影 李四 编辑 王五": role, names, role, names…
 * (every word a role or a name); the writers' names, as written, or '' when it is not one.
 */
export function credits(line: string, norm: string): string {
  const words = norm.split(' ');
  if (words.length < 4 || line.length !== norm.length) return '';
  const writers: string[] = [];
  let role = '';
  let at = 0;
  for (const w of words) {
    const written = line.slice(at, at + w.length);
    at += w.length + 1;
    if (writerWords.test(w) || creditWords.test(w)) {
      if (role === w) return '';
      role = writerWords.test(w) ? 'writer' : 'other';
    } else if (role && onlyNames(w) && !isOrganisation(w)) {
      if (role === 'writer') writers.push(written);
    } else return '';
  }
  return writers.join(' ');
}

/** An agency's or a paper's short credit after the last sentence: "新华", "中新". */
const agency = /^(新华|新华社|中新|中新社|中新网|人民|央视|央广|总台|本报|本网|综合|整理)$/;

/** The writers' names alone: see signedAtEnd. */
export function writersAtEnd(line: string, norm: string): string {
  return signedAtEnd(line, norm).author;
}

/**
 * Two to four characters a name, one to eight names; "第二批" or "第三章" is no name, nor is a
 * word of four characters ("新闻联播") unless its surname is one of two characters ("欧阳娜娜").
 */
export function onlyNames(text: string): boolean {
  const names = text.trim().split(/[\s、,，]+/);
  return (
    namesOnly.test(text) &&
    !/(^|\s)第|[批期号版章条次]($|\s)/.test(text.trim()) &&
    names.every((n) => (n.length < 4 || n.includes('·') || compoundSurname.test(n)) && !roleOnly.test(n))
  );
}

/** A role's word is no name: "记者 张猛" is not two names. */
const roleOnly = /^(记者|通讯员|编辑|作者|摄影|摄像|通讯|本报|本网|报道|实习生|责编|审核)$/;

const compoundSurname = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|令狐|慕容|长孙|宇文|司徒|司空|夏侯|轩辕|端木|独孤|南宫|西门|百里|呼延|澹台|万俟|闻人|赫连|钟离|申屠|太史|公冶|濮阳|淳于|单于|仲孙|第五)/;

/**
 * A line that is only a byline, "大河报记者 郑松波 通讯员 李四", "■本报记者 刘军": its names, when
 * what comes before the first role is an office, the paper's own word or nothing (not a
 * headline that mentions reporters: "中国重机召开2019年通讯员工作会").
 */
export function bylineOnly(line: string, norm: string): string {
  const first = norm.search(roles);
  const before = first < 0 ? '' : norm.slice(0, first).replace(/^[□■◎●◆▲★☆○◇△▌▍|｜\s]+/, '').trim();
  if (first < 0 || (before && !before.split(/[\s/、]+/).every((w) => isOrganisation(w) || /^(本|总)|(媒体|见习|特约|首席|实习)$/.test(w)))) return '';
  return bylineNames(line, norm);
}

/** "大河报记者 郑松波 邵占坤 实习生 岳媛": the names after the first role word, as written. */
export function bylineNames(line: string, norm: string): string {
  const first = norm.search(roles);
  return first < 0 ? '' : normRoles(line.slice(first), norm.slice(first));
}

/** The names left when the role words (记者, 通讯员…) are taken out, as written. */
function normRoles(raw: string, norm: string): string {
  // (A byline is short: a paragraph that mentions a reporter is none, and is not read through.)
  if (norm.length > 300) return '';
  let out = '';
  let last = 0;
  // (Read as if after a space: a slice cut at "侨社记者" keeps its role whole.)
  for (const m of ` ${norm}`.matchAll(roles)) {
    // ("记者彭小萍、通讯员张军": the separator before a role goes with it.)
    out += `${raw.slice(last, m.index! - 1).replace(/[、,，]\s*$/, '')} `;
    last = m.index! - 1 + m[0].length;
  }
  out += raw.slice(last);
  // "人民网记者 周恬摄", "记者 张三 摄": who took the picture, not who wrote the story.
  if (/[\u4e00-\u9fa5]\s*[摄攝]\s*[)）】\]]?\s*$/.test(out)) return '';
  // Brackets around a signature, and what the reporters did (摄影报道, 文/图, 摄), are not names;
  // nor is who took the pictures or edited the story: "记者 张三 摄影 李四".
  const names = out
    .replace(creditsAfter, '')
    .replace(/[:：()（）【】[\]■●◆▲]/g, ' ')
    // ("李致远 整理", "李婧 东营报道", "买木森 花莲县 报导": what they did and where, not names.)
    .replace(/(?<=[\u4e00-\u9fa5·])\s*[/／∕\\]\s*[\u4e00-\u9fa5]{2,4}[报報][道導导]\s*$/, '')
    // ("袁玫蒙市报导", "林宜瑩台北報導": where they filed from, two characters glued after the name.)
    .replace(gluedPlace, '')
    // ("张三 李四 发自北京": where they filed from.)
    .replace(/(?<=[\u4e00-\u9fa5·])\s+(发自[\u4e00-\u9fa5]{2,6}|整理|编译|综合|采写|[\u4e00-\u9fa5]{2,4}[报報][道導导]|[\u4e00-\u9fa5]{1,4}[县縣市区區镇鎮乡鄉省州]\s+[报報][道導导])\s*$/, '')
    .replace(/(\s*([摄攝]影[报報][道導导]|[图圖]文[报報][道導导]|[报報][道導导]|文\s*[/|]?\s*[图圖]|[图圖]\s*[/|]?\s*文)|\s+([摄攝]影|[摄攝]|文|[图圖]))\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // ("张三 光明日报 李四": the office a later role named, four characters or more, is no name.)
    .split(' ').filter((w, i, all) => i === all.length - 1 || w.length < 4 || !isOrganisation(w)).join(' ')
    // "【本报记者古桢辉汕头一日电】": the dateline after the name is not part of it.
    .replace(/(^|\s)([\u4e00-\u9fa5]{2,3})[\u4e00-\u9fa5]{2}([一二三四五六七八九十廿卅\d]{1,3}|[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3})日[电電]$/, '$1$2')
    // "(总台央视记者 谭振华 央视新闻客户端)": the medium named after the names is not one of them.
    .replace(/(\s+[\u4e00-\u9fa5A-Za-z·]{2,20})+$/, (tail) => (tail.trim().split(' ').every(isOrganisation) ? '' : tail));
  // ("记者正在采访", "記者在小區": the reporter at work in a sentence or a caption, no name after the role.)
  return names.length <= 40 && /^[\u4e00-\u9fa5·\s、,，]+$/.test(names) && !atWork.test(names) ? names : '';
}

/** The hundred commonest surnames: what tells a name alone on a line ("山雪艳") from a word ("首页"). */
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  // (The same written in traditional characters, as Hong Kong, Macao and Taiwan pages write them.)
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆雷龍陶賀顧郝龔萬錢嚴湯';

/** A line that is only a person's name, as a byline under a headline prints it. */
export function isPersonName(line: string): boolean {
  const flat = line.replace(/\s+/g, '');
  return /^[\u4e00-\u9fa5]{2,3}$/.test(flat) && surnames.includes(flat[0]!) && !isOrganisation(flat);
}

/**
 * A line of writers' names alone, as papers and studies list them under the headline:
 * "姚仕明,章运超,柴朝晖,金中武,渠 庚", "陈伟东、孔娜娜". A third at least begin with a common surname
 * (a list of keywords, "邮政,快递,安全", does not).
 */
export function namesLine(line: string): boolean {
  // ("郑力  吴曙霞  樊兆春": set apart by spaces, two thirds of them with a common surname.)
  const spaced = line.trim().split(/\s+/);
  if (spaced.length >= 2 && spaced.length <= 8 && spaced.every((n) => /^[\u4e00-\u9fa5]{2,3}$/.test(n) && !isOrganisation(n)) && spaced.filter((n) => surnames.includes(n[0]!)).length * 3 >= spaced.length * 2) return true;
  const names = line.split(/\s*[,，、]\s*/).map((n) => n.replace(/\s+/g, ''));
  return names.length >= 2 && names.length <= 12 && names.every((n) => /^[\u4e00-\u9fa5·]{2,4}$/.test(n) && !isOrganisation(n)) && names.filter((n) => surnames.includes(n[0]!)).length * 3 >= names.length;
}

/**
 * An English page's byline under its headline: "By Gao Feng, Wang Xuetao and Zuo Wei (Xinhua)" gives
 * the writers as written and the agency in brackets as the source.
 */
export function englishByline(line: string): { source: string; author: string } | null {
  if (!line.startsWith('By ') || line.length > 160) return null;
  const agency = /\s*\(([A-Za-z][A-Za-z .&-]{1,40})\)\s*$/.exec(line);
  const names = line.slice(3, agency ? agency.index : line.length).trim();
  // (Each name's words capitalised: "By the end of the year" is a sentence.)
  const words = names.split(/\s*,\s*|\s+and\s+/);
  if (!words.every((w) => /^[A-Z][a-z'-]*(?: [A-Z][a-z'-]*){0,3}$/.test(w))) return null;
  return { source: agency?.[1]!.trim() ?? '', author: names };
}

/** An organisation's name: ends as offices, papers and sites are named. */
export function isOrganisation(name: string): boolean {
  return /^[\u4e00-\u9fa5A-Za-z0-9()（）·•]{2,30}$/.test(name) && !/^本(报|台|网|站|刊|社)$/.test(name) && /(局|厅|部|委|委员会|办|办公室|院|会|中心|政府|公司|集团|报|报社|日报|晚报|社|网|台|电视台|站|所|处|馆|室|署|队|协会|学会|联合会|银行|大学|学校|医院|杂志|周刊|新闻|在线|频道|客户端|APP|融媒|组|采访组|课题组|镇|乡|街道|社区|传媒|政协|人大|[妇文侨残]联|工商联|[科作]协)$/i.test(name);
}
