import { describe, expect, it } from 'vitest';
import { findDates } from '../../shared/import/dates';
import { extractArticle } from '../../shared/import/extract';

const body = '会议强调，要压实企业安全生产主体责任，严格落实收寄验视、实名收寄、过机安检三项制度，确保寄递渠道安全畅通。';

describe('import: dates in every form pages write them', () => {
  it.each([
    ['2023-10-26', '2023-10-26T00:00:00+08:00'],
    ['2023/10/26 10:20', '2023-10-26T10:20:00+08:00'],
    ['2023年10月26日', '2023-10-26T00:00:00+08:00'],
    ['2023.10.26', '2023-10-26T00:00:00+08:00'],
    ['21.11.2014 14:30', '2014-11-21T14:30:00+08:00'],
    ['2023-10-26 10:20:35', '2023-10-26T10:20:35+08:00'],
    ['2023年10月26日 星期四 09:05', '2023-10-26T09:05:00+08:00'],
    ['2023年10月26日10时20分', '2023-10-26T10:20:00+08:00'],
    // A server's default American format: month first, with AM or PM.
    ['3/7/2013 11:54:41 AM', '2013-03-07T11:54:41+08:00'],
    ['12/31/2020 1:05 PM', '2020-12-31T13:05:00+08:00'],
    // Day first when the first number cannot be a month (Hong Kong), and a time before the date (Malaysia: day first).
    ['30/3/2023 16:56', '2023-03-30T16:56:00+08:00'],
    ['6:43pm 27/11/2021', '2021-11-27T18:43:00+08:00'],
    ['9:05am 3/4/2022', '2022-04-03T09:05:00+08:00'],
    // On the 24-hour clock without AM or PM, slashes put the day first too (a Hong Kong or Macau page's 03/02/2026 16:17);
    // with no time, a server's American default (06/21/2007) stays month first.
    ['03/02/2026 16:17', '2026-02-03T16:17:00+08:00'],
    ['5/4/2019 09:30:12', '2019-04-05T09:30:12+08:00'],
    ['06/21/2007', '2007-06-21T00:00:00+08:00'],
    // Xinhua's pages set the year apart (read with its time only), and English editions name the month.
    ['2023 10/12 09:26:50', '2023-10-12T09:26:50+08:00'],
    ['2021 02/ 11 08:14:36', '2021-02-11T08:14:36+08:00'],
    ['14:28, November 26, 2011', '2011-11-26T14:28:00+08:00'],
    ['Nov. 26, 2011', '2011-11-26T00:00:00+08:00'],
    ['(Xinhua News Agency July 12, 2006)', '2006-07-12T00:00:00+08:00'],
    ['Updated: 26 November 2011 09:05', '2011-11-26T00:00:00+08:00'],
    ['20-02-04 01:40', '2020-02-04T01:40:00+08:00'],
    ['12年05月04日', '2012-05-04T00:00:00+08:00'],
  ])('%s', (text, iso) => {
    expect(findDates(`发布时间：${text}`)[0]?.iso).toBe(iso);
  });

  it('a notice signs its date in Chinese numerals', () => {
    expect(findDates('二〇二四年一月十五日')[0]?.iso).toBe('2024-01-15T00:00:00+08:00');
    expect(findDates('二○二三年十二月三十一日')[0]?.iso).toBe('2023-12-31T00:00:00+08:00');
    expect(findDates('二〇二三年二月三十日')).toEqual([]);
  });

  it('a date without a year, or an impossible one, is no date', () => {
    expect(findDates('10月26日上午，会议召开')).toEqual([]);
    expect(findDates('2023-02-30')).toEqual([]);
    expect(findDates('鲁政发〔2014〕20号')).toEqual([]);
  });

  it("the page's today widget is not its publish date, nor is a date inside the body", () => {
    const found = extractArticle(['今天是2024年11月22日 星期五', '省局召开安全生产会议', '2023-10-26 10:20 来源：省邮政管理局', `2023年10月25日，${body}`]);
    expect(found).toMatchObject({ title: '省局召开安全生产会议', publishedAt: '2023-10-26T10:20:00+08:00', source: '省邮政管理局' });
    expect(extractArticle(['省局召开安全生产会议', `${body}截至2024年12月1日，已检查网点90个。`]).publishedAt).toBe('');
  });
});

describe('import: bylines', () => {
  const head = (byline: string) => extractArticle(['省局召开安全生产会议', byline, body]);
  it.each([
    ['来源：南阳日报 作者：张三', '南阳日报', '张三'],
    ['南阳市邮政管理局 景鑫', '南阳市邮政管理局', '景鑫'],
    ['人民日报记者 王强', '人民日报', '王强'],
    ['文/李华', '', '李华'],
    ['文/图 李华', '', '李华'],
    ['文/李华 图/王五', '', '李华'],
    ['本报记者 王强', '', '王强'],
    ['来源：省邮政管理局 作者：佚名', '省邮政管理局', '佚名'],
    ['来源：省邮政管理局 责任编辑：王五 审核：赵六', '省邮政管理局', ''],
    ['来源：省邮政管理局 发布人：王五 摄影：赵六', '省邮政管理局', ''],
    // A portal pads a two-character label to four: "来  源".
    ['来  源：南阳日报  作  者：张三  发布时间：2023-10-26', '南阳日报', '张三'],
    ['发布时间：2023-10-26　浏览次数：12　来 源：县政府办', '县政府办', ''],
    // A bar for the colon, as WeChat reprints write it.
    ['来源 | 人民日报', '人民日报', ''],
    ['文｜张三　图｜李四', '', '张三'],
    ['来源：新华社丨作者：张三丨2023-10-26', '新华社', '张三'],
    ['來源：南陽日報 作者：張三 發佈時間：2023-10-26 瀏覽次數：12', '南陽日報', '張三'],
    ['[ 作者：张三 ] [ 来源：县政府 ] [ 时间：2023-10-26 ]', '县政府', '张三'],
    ['来源：县教育局 作者/摄影：张三', '县教育局', '张三'],
    ['来源：县教育局 文/图：张三', '县教育局', '张三'],
    ['来源/作者：县教育局 发布时间：2023-10-26', '县教育局', ''],
    ['作者：admin 来源：本站原创 时间：2023-10-26', '本站原创', ''],
    // A date and a name alone: a person's name is the writer, a medium's the source; a topic is neither.
    ['2018-04-16 15:38:15 军报记者', '军报记者', ''],
    ['张三 2023-10-26 10:20', '', '张三'],
    ['2023-10-26 10:20 星期四 李华', '', '李华'],
    ['2019-01-10 15:29 粤港澳大湾区', '', ''],
    ['原创 坊记报道组 新闻坊 2024-01-13 08:00', '新闻坊', '坊记报道组'],
    ['记者 张三 李四 2023-10-26 09:00 来源：南阳日报', '南阳日报', '张三 李四'],
    // A paper's ornament before its writer, whatever the surname.
    ['■艾超', '', '艾超'],
    // After 文/, a byline as any other; the name before /文, the photographer after it.
    ['文/南阳日报记者 张三', '南阳日报', '张三'],
    ['文/本报记者 张三', '', '张三'],
    ['张三/文 李四/图', '', '张三'],
    ['本报记者 张三/文 李四/图', '', '张三'],
    ['县委宣传部 张三 县教育局 李四', '县委宣传部 县教育局', '张三 李四'],
    // A labelled source followed by its writer; an office after a labelled date; two media joined by a dash.
    ['發佈時間:2023/7/12 16:09:28 瀏覽次數:2215 來源: 市政公用 陳婷婷', '市政公用', '陳婷婷'],
    ['发布时间:2020-07-29 09:24:31 重庆市邮政管理局', '重庆市邮政管理局', ''],
    ['2021-05-31 14:29     中国经济导报-中国发展网', '中国经济导报-中国发展网', ''],
    ['2008年10月16日 15:34    新浪科技    评论()', '新浪科技', ''],
    ['来源: 正北方网 ┆ 时间: 2023-01-11 19:57:45', '正北方网', ''],
    ['来源: 渌口区人民政府 更新日期:2014-05-26', '渌口区人民政府', ''],
    ['作者：南阳日报记者 张三', '南阳日报', '张三'],
    ['文 |《瞭望》新闻周刊记者 张冉燃 徐弘毅 潘莹', '', '张冉燃 徐弘毅 潘莹'],
    ['中国邮政报采访组 吕磊 施向群 魏婷2025-09-08来源:中国邮政报', '中国邮政报', '吕磊 施向群 魏婷'],
    ['○记者刘念海文/图', '', '刘念海'],
    ['大河報·大河客戶端首席記者 劉廣超 通訊員 劉一龍 文圖', '大河報·大河客戶端', '劉廣超 劉一龍'],
    ['中新社記者 賀俊怡 攝', '', ''],
    ['來源:臨沂經濟網 臨沂經濟網 2019-12-23', '臨沂經濟網', ''],
    ['作者:郭镇乡赖欣 邓岳军 时间:2023-10-26', '郭镇乡', '赖欣 邓岳军'],
    ['記者魏永忠\\臺中報導', '', '魏永忠'],
    ['中国邮政报采访组 吕磊 施向群 柏滨丰 唐一丹 姜英飞 肖旗隆 魏婷 2025-09-08', '中国邮政报采访组', '吕磊 施向群 柏滨丰 唐一丹 姜英飞 肖旗隆 魏婷'],
    ['来源:驻马店日报 作者:驻郑办 发表日期:2020年09月10日', '驻马店日报', '驻郑办'],
    ['来源:丰顺台记者   2017-07-10 09:58:36   点击:- 【 字体: 】', '丰顺台记者', ''],
    ['时间:2021-03-03 09:22作者:钟扬源自:交通局', '交通局', '钟扬'],
    ['□文/本报记者 郭俊峰 摄/本报记者 郭俊峰 张澍', '', '郭俊峰'],
    ['记者 张猛 /文 通讯员 马东雷/图', '', '张猛'],
    ['记者 孙庆辉 通讯员 赵翔宇 文/图Zxf中原财经_中原网·财经频道', '', '孙庆辉 赵翔宇'],
    ['大众网记者 李婧 通讯员 王胜贤 东营报道', '大众网', '李婧 王胜贤'],
    ['天眼日報記者 買木森 花蓮縣 報導', '天眼日報', '買木森'],
    ['图|孟令重 杨智耀 文|孙志蕊 于馨玥 来源|新媒体中心 供稿审核|王志 编辑|李晓政', '新媒体中心', '孙志蕊 于馨玥'],
    ['来源： 新华社 | 2023-10-26 10:20', '新华社', ''],
    ['圖文/陳冠霖', '', '陳冠霖'],
    ['郑力  吴曙霞  樊兆春', '', '郑力 吴曙霞 樊兆春'],
    ['邮政 快递 安全', '', ''],
    ['記者: 報導。', '', ''],
  ])('%s', (byline, source, author) => {
    expect(head(byline)).toMatchObject({ source, author });
  });

  it('reporters named in the lead or signed at the end', () => {
    expect(extractArticle(['省局召开安全生产会议', `本报讯（记者 张三 通讯员 李四 王五）${body}`]).author).toBe('张三 李四 王五');
    expect(extractArticle(['省局召开安全生产会议', `新华社北京3月10日电（记者林红梅）${body}`]).author).toBe('林红梅');
    expect(extractArticle(['省局召开安全生产会议', body, `${body}（袁传仓）`]).author).toBe('袁传仓');
    expect(extractArticle(['省局召开安全生产会议', body, `${body}（张三 摄）`]).author).toBe('');
  });

  it("a paper's square brackets and 报道 after the name; a programme's name in brackets is no writer", () => {
    expect(extractArticle(['省局召开安全生产会议', `【記者嚴光澎報導】${body}`]).author).toBe('嚴光澎');
    expect(extractArticle(['省局召开安全生产会议', `本报讯 记者张三报道：${body}`]).author).toBe('张三');
    expect(extractArticle(['省局召开安全生产会议', `央视网消息（新闻联播）：${body}`]).author).toBe('');
    expect(extractArticle(['省局召开安全生产会议', `本报讯（欧阳娜娜）${body}`]).author).toBe('欧阳娜娜');
  });

  it("a reporter's office signing at the end is the source", () => {
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, '（应城电视台记者：李鸿）'])).toMatchObject({ source: '应城电视台', author: '李鸿' });
    // Signed inside the last paragraph: the paragraph stays in the body, the signature gives the fields.
    const last = '会议强调，各地要切实提升寄递服务质量和水平，确保寄递渠道安全畅通。';
    const signedInside = extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${last}（应城电视台记者：李鸿）`]);
    expect(signedInside).toMatchObject({ source: '应城电视台', author: '李鸿' });
    expect(signedInside.body.at(-1)).toContain(last);
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, '（人民网记者 黄盛）'])).toMatchObject({ source: '人民网', author: '黄盛' });
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}（本报记者 张三）`])).toMatchObject({ source: '', author: '张三' });
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}（记者 张三 摄影报道）`]).author).toBe('张三');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, '（张三/文 李四/图）']).author).toBe('张三');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, '（文图/张三）']).author).toBe('张三');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}（总台央视记者 谭振华 央视新闻客户端）`]).author).toBe('谭振华');
    // (A name alone with 摄影报道 and no reporter's role credits the photographs.)
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}□张培颖  摄影报道`]).author).toBe('');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}□张培颖 文/图`]).author).toBe('张培颖');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}      新华`]).author).toBe('');
    // (A copy cut short inside the bracket; the editors listed after the writers are not writers.)
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}（记者 韩敏 曹丽萍 编辑 邵一玲 主编 谢珊 编审 罗`]).author).toBe('韩敏 曹丽萍');
  });

  it('a supplier or a line of credits under the body; a widget or an office after a name is not part of it', () => {
    const page = (...end: string[]) => extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, ...end, '【打印本页】【关闭窗口】']);
    expect(page('县教育局供稿')).toMatchObject({ source: '县教育局', author: '' });
    expect(page('文字 张三 摄影 李四').author).toBe('张三');
    expect(page('撰稿 张三 摄影 李四 编辑 王五').author).toBe('张三');
    expect(page('编辑 王五 审核 赵六').author).toBe('');
    expect(page('（作者：张三，系县第一中学教师）').author).toBe('张三');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26 10:20:31 来源: 南阳日报 举报', body]).source).toBe('南阳日报');
  });

  it('a lead that opens with its reporter, a dateline after the name, a labelled writer on the last line', () => {
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `全媒體記者趙海龍報道 記者昨日從國家統計局開封調查隊獲悉，${body}`]).author).toBe('趙海龍');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `中国经济导报、中国发展网讯 记者缪晓琴上海报道 ${body}`]).author).toBe('缪晓琴');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `本报记者吴河琴报导  近日，${body}`]).author).toBe('吴河琴');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `【本報記者古楨輝汕頭一日電】${body}`]).author).toBe('古楨輝');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}（文/图 潘 华）`]).author).toBe('潘 华');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body} （朱 越）`]).author).toBe('朱 越');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, `${body}(作者:兴山县气象局 张善卿 责任编辑:高迅芝)`])).toMatchObject({ source: '兴山县气象局', author: '张善卿' });
    // (A menu, "新闻 知道 百科", is no office and its writers.)
    expect(extractArticle(['省局召开安全生产会议', '新闻 知道 百科', '2019-05-09', `新华社广州5月8日电(记者田建川、丁乐)${body}`])).toMatchObject({ source: '', author: '田建川、丁乐' });
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, body, '图文:公共区管理部 周梦起'])).toMatchObject({ source: '公共区管理部', author: '周梦起' });
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `国际在线广西频道消息(林洁琪 通讯员 张雄森):${body}`]).author).toBe('林洁琪 张雄森');
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', `三湘都市报1月31日讯(全媒体见习记者 李致远 整理)${body}`]).author).toBe('李致远');
    // The site's name as 作者 gives way to the reporter the story names; an office's does not.
    const site = (author: string) => extractArticle(['省局召开安全生产会议', `发布时间:2023年09月15日来源:本站原创作者:${author}责任编辑:陈菁婧阅读量:`, body, '记者:陈澄']).author;
    expect(site('福安新闻网')).toBe('陈澄');
    expect(site('驻郑办')).toBe('驻郑办');
  });

  it("the article's source label over a chart's", () => {
    expect(extractArticle(['省局召开安全生产会议', '2023-10-26', body, '2022年全国城镇老旧小区改造进展情况(来源:住房和城乡建设部)', '(文章来源:人民网)']).source).toBe('人民网');
  });

  it("a byline or a lead the body's run took in under a caption still names the writer", () => {
    const caption = '2021年4月26日，山东省临沂市沂水县院东头镇曲家洞子村，乡村医生（左）上门为村民提供健康服务 郭绪雷摄';
    expect(extractArticle(['瞭望丨推开乡村健康门', caption, '文 |《瞭望》新闻周刊记者 张冉燃 徐弘毅', body, body]).author).toBe('张冉燃 徐弘毅');
    expect(extractArticle(['昆明市气象局三部门对外开放', caption, `昆明信息港讯 记者周然 ${body}`, body]).author).toBe('周然');
  });

  it("a paper's masthead over its e-paper is not taken for the headline", () => {
    expect(extractArticle(['浙江日报 数字报纸', '00003版:要闻', '浙江邮政抓实党组织有效覆盖', `本报讯 (记者 万笑影 通讯员 王瑾) ${body}`, body])).toMatchObject({ title: '浙江邮政抓实党组织有效覆盖', author: '万笑影 王瑾' });
  });

  it('a source labelled under the body does not move the headline down to the last paragraph', () => {
    const found = extractArticle(['小区楼道起火 消防救出8人', body, '会议还部署了下一阶段重点工作，要求各地抓好落实，切实维护人民群众生命财产安全。', `${body}（周星 周幼芬）`, '来 源：福建宁德消防 责任编辑：张金环', '相关新闻']);
    expect(found).toMatchObject({ title: '小区楼道起火 消防救出8人', source: '福建宁德消防', author: '周星 周幼芬' });
  });

  it('an office alone on its line under the headline is the source, not when it is a form\'s value', () => {
    expect(extractArticle(['省局召开安全生产会议', '发表时间：2024-06-18 10:19:45', '市交通运输局', '分享到：', body]).source).toBe('市交通运输局');
    expect(extractArticle(['省局召开安全生产会议', '发布日期：2024-06-18', '发文机构：', '县政府网站', body]).source).toBe('');
    expect(extractArticle(['关于开展暑期社会实践的通知', '发布者:胡瑢发布时间:2023-09-12浏览次数:2988', '各学院团委团总支各暑期社会实践队', body]).source).toBe('');
  });
});

describe('import: the title and the chrome around the body', () => {
  it('a long first sentence is body, not the title; a subtitle and the site name are not the title', () => {
    const found = extractArticle(['江苏邮政管理网', '首页 > 行业动态 > 正文', '省局召开安全生产会议', '——部署下半年寄递安全工作', '发布时间：2024-06-01 来源：省邮政管理局', body, '会议还部署了下一阶段重点工作，要求各地抓好落实。']);
    expect(found).toMatchObject({ title: '省局召开安全生产会议', column: '行业动态', publishedAt: '2024-06-01T00:00:00+08:00' });
    expect(found.body[0]).toBe(body);
  });

  it('trailing chrome is left out of the body', () => {
    const chrome = ['【字号：大 中 小】', '相关热词搜索：邮政 安全', '特别声明：本站转载的文章仅供参考。', '图片1', '（资料图片仅供参考）', '搜索 复制', '标签：', '精彩推送', '分享到：微信 微博', '扫一扫在手机打开当前页', '1. 省局召开党风廉政建设会议', 'Copyright © 2024 All Rights Reserved'];
    const found = extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', body, '图片1', '会议还部署了下一阶段重点工作，要求各地抓好落实。', ...chrome]);
    expect(found.body).toEqual([body, '会议还部署了下一阶段重点工作，要求各地抓好落实。']);
  });
});

describe('import: pages that print their fields as a form (信息公开)', () => {
  const para = '《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。';

  it('a label alone on its line takes the value under it; a headline under an empty label stays a line of its own', () => {
    const found = extractArticle(['当前位置：首页 > 乡镇动态', '全县生态保护大会召开', '发布时间：', '2025-05-22 10:03', '信息来源：', '今日开鲁', '分享到：', body]);
    expect(found).toMatchObject({ title: '全县生态保护大会召开', publishedAt: '2025-05-22T10:03:00+08:00', source: '今日开鲁' });
    expect(found.body).toEqual([body]);
    expect(extractArticle(['当前版：04版', '发布日期：', '井盖“张大口”', body])).toMatchObject({ title: '井盖“张大口”', publishedAt: '' });
  });

  it("a notice's salutation opens the body; its signature date is the notice's, and a 废止时间 is no publish date", () => {
    const found = extractArticle([
      '首页 > 信息公开 > 信息浏览',
      '发文日期：2019-01-23 废止时间：2020-01-23',
      '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
      '各乡、镇人民政府，县政府各部门、各直属机构：',
      para,
      '太湖县人民政府',
      '2019年1月17日',
      '第一章 总则',
      body,
    ]);
    expect(found).toMatchObject({ title: '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', publishedAt: '2019-01-23T00:00:00+08:00' });
    expect(found.body[0]).toBe('各乡、镇人民政府，县政府各部门、各直属机构：');
    expect(found.body.at(-1)).toBe(body);
  });

  it('a numbered heading (第一章, 一、) is the body\'s, not the headline', () => {
    const found = extractArticle(['镇巴县人民政府工作规则', '发布日期：', '2024年04月06日 16:34', '第一章 总则', body]);
    expect(found).toMatchObject({ title: '镇巴县人民政府工作规则', publishedAt: '2024-04-06T16:34:00+08:00' });
    expect(found.body).toEqual(['第一章 总则', body]);
  });
});

describe('import: bylines as more pages write them', () => {
  const page = (...lines: string[]) => extractArticle(['省局召开安全生产会议', ...lines]);

  it('reporters after the source on the meta line; the paper, not 本报, is the source', () => {
    expect(page('2022年06月11日 06:04 来源：经济日报 本报记者 柳 洁 董庆森', body)).toMatchObject({ source: '经济日报', author: '柳 洁 董庆森' });
  });

  it('a byline with what the reporters did, or in brackets on its own line after the body', () => {
    expect(page('■本报记者 刘军 王中宙 文/图', body).author).toBe('刘军 王中宙');
    expect(page(body, '南网传媒全媒体记者 李志杰 通讯员 林韵 高堃植 摄影报道').author).toBe('李志杰 林韵 高堃植');
    expect(page('2023-07-10 来源：呼和浩特日报', body, '（记者 阿柔娜）').author).toBe('阿柔娜');
    expect(page(body, `${body}    （许东升 正仁）`).author).toBe('许东升 正仁');
    expect(page('来源：香港文汇报 作者：陈大文', body).author).toBe('陈大文');
  });

  it('a source labelled under the body beats a name guessed from an unlabelled line', () => {
    expect(page('洋县和平医院 | 2021-04-25 04:16:08', body, '文章来源：陕西省卫生健康委员会').source).toBe('陕西省卫生健康委员会');
  });
});

describe('import: headlines and meta lines on more templates', () => {
  it('a row of form fields is not the first paragraph, and a field is not the headline', () => {
    const found = extractArticle(['首页 > 信息公开 > 工作动态', '索 引 号: YT0003/2025-01912 发文机关: 市发改委 文 号:', '发文机关: 市发改委', '成文日期: 2025-04-10', '全市重大项目推进工作专班第二次会议召开', body]);
    expect(found).toMatchObject({ title: '全市重大项目推进工作专班第二次会议召开', publishedAt: '2025-04-10T00:00:00+08:00' });
  });

  it('a line with no Chinese is no headline; an archive\'s 【标题】= field is', () => {
    expect(extractArticle(['新闻资讯', 'news information', '太湖发生2024年第1号洪水', '发布时间：2024-06-30 内容来源：水利部网站', body]).title).toBe('太湖发生2024年第1号洪水');
    const archive = extractArticle(['【日期】= 1990.03.18', '【期号】= 212', '【标题】= 下镇乡里刮春风', '【作者】= 刘元琴', '【正文】=', body]);
    expect(archive).toMatchObject({ title: '下镇乡里刮春风', publishedAt: '1990-03-18T00:00:00+08:00', author: '刘元琴' });
  });

  it('a date among counters is the meta line; a byline with a date after it is read, in traditional characters too', () => {
    expect(extractArticle(['1月27日至2月2日小客车高速免费通行', '原创 · 0浏览·2017-01-10 06:05', body])).toMatchObject({ publishedAt: '2017-01-10T06:05:00+08:00', body: [body] });
    expect(extractArticle(['為什么這里被村民稱作郵政村?', '中國郵政報采訪組 毛志鵬 張丹丹 袁威 張晨昱 潘琛 張澤中 2023-09-04', body])).toMatchObject({
      title: '為什么這里被村民稱作郵政村?',
      source: '中國郵政報采訪組',
      author: '毛志鵬 張丹丹 袁威 張晨昱 潘琛 張澤中',
      publishedAt: '2023-09-04T00:00:00+08:00',
    });
    expect(extractArticle(['海南自贸港将启动全岛封关运作', '中国新闻网·2025-07-31 17:08', body]).source).toBe('中国新闻网');
  });
});

describe('import: more of the site left out of the body', () => {
  const last = '会议还部署了下一阶段重点工作，要求各地抓好落实。';
  it.each([
    ['a summary line above the lead', ['导言：2022年8月30日，湖南省通信管理局召开保障工作推进会。', body, last]],
    ["the browser's notice", ['九江市物流信息平台提示：您的Flash Player版本过低，请进行网页播放器升级！', body, last]],
    ["a photo's caption after the body", [body, last, '（图为7月10日，在炎炎烈日下，对出租车驾驶员进行宣传）']],
    ['the comment box', [body, last, '参与评论', '您的观点仅代表您本人，请文明发言，严禁散播谣言和诽谤他人']],
    ["related teasers under 新闻推荐", [body, last, '新闻推荐', '新型诈骗“杀鸟盘”：冒充女主播', '9月9日，记者从重庆两江新区公安分局了解到，近日警方破获一起诈骗案。']],
    ['a reprint notice', [body, last, '本文为株洲站原创文章，转载请附上原文出处链接和本声明。']],
  ])('%s', (_, lines) => {
    expect(extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', ...lines]).body).toEqual([body, last]);
  });
});

describe('import: signatures at the end and offices in the byline', () => {
  const page = (...lines: string[]) => extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', ...lines]);

  it('an office signing before the writer is the source; an office alone is no writer', () => {
    expect(page(body, `${body}（民权办事处 胡 俊）`)).toMatchObject({ source: '民权办事处', author: '胡 俊' });
    expect(page(body, `${body}（公交集团 毛韦珠）`)).toMatchObject({ source: '公交集团', author: '毛韦珠' });
    expect(page(body, `${body}（市维驾处）`).author).toBe('');
  });

  it('reporters named after the last sentence, but not a photographer', () => {
    expect(page(body, `${body}图为养护工人在工作。见习记者 项吴菊 通讯员 刘海龙 徐 蕾 摄影报道`).author).toBe('项吴菊 刘海龙 徐 蕾');
    expect(page(body, `${body}本报记者 肖金雄 摄`).author).toBe('');
  });

  it('several offices before 记者, and a paper with a widget before its date', () => {
    expect(page('新安晚报 安徽网 大皖客户端记者 吴永泉', body)).toMatchObject({ source: '新安晚报 安徽网 大皖客户端', author: '吴永泉' });
    expect(extractArticle(['听，居民心声', '半岛都市报 2021-09-10 01:35 大字', body]).source).toBe('半岛都市报');
  });
});

describe('import: where the text came from, and the last lines of a page', () => {
  const page = (...lines: string[]) => extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', ...lines]);
  const last = '会议还部署了下一阶段重点工作，要求各地抓好落实。';

  it('"(县政府办供稿)" and "(来源：…)" at the end give the source, not an author', () => {
    expect(page(body, `${last}（县政府办供稿）`)).toMatchObject({ source: '县政府办', author: '' });
    expect(page(body, `${last}（来源：市应急管理局）`)).toMatchObject({ source: '市应急管理局', author: '' });
    expect(page('撰文：王强 供稿：县融媒体中心', body)).toMatchObject({ source: '县融媒体中心', author: '王强' });
  });

  it("an editor's line without a colon, the end mark and the licence notice are not body", () => {
    expect(page(body, last, '（完）', '（编辑 张三）', '返回搜狐，查看更多', '互联网新闻信息服务许可证：10120170001').body).toEqual([body, last]);
  });

  it('a sentence that mentions a 举报电话 stays in the body', () => {
    const report = '群众如发现违法违规行为，可拨打举报电话12345反映。';
    expect(page(body, report, last).body).toEqual([body, report, last]);
  });
});

describe('import: heads printed as lists, papers and their editions', () => {
  it('a headline printed as a list item, under a notice', () => {
    const found = extractArticle(['温馨提示', '请发送至邮箱：trac@example.org.cn', '• 您现在的位置：首页 >> 新闻资讯 >> 协会动态', '• 部无管局召开全国无线电管理宣传工作研讨会', '• 2010-05-18 作者：秘书处 来源：中国无线电协会', body]);
    expect(found).toMatchObject({ title: '部无管局召开全国无线电管理宣传工作研讨会', column: '协会动态', source: '中国无线电协会', author: '秘书处' });
  });

  it("a byline followed by the paper's citation; an edition line is no breadcrumb", () => {
    const found = extractArticle(['人民日报图文数据库(1946-2021)', '人民日报 2023年01月23日 星期一', '快递进村 农货出山(新春走基层·年货俏)', '本报记者 陈隽逸 《 人民日报 》( 2023年01月23日 第 04 版)', body]);
    expect(found).toMatchObject({ title: '快递进村 农货出山(新春走基层·年货俏)', author: '陈隽逸', publishedAt: '2023-01-23T00:00:00+08:00' });
    expect(extractArticle(['A1:新闻总第5522期 >2023-06-05编印', '本社一人获评先进个人', body]).column).toBe('');
  });
});

describe('import: the end of a notice and of a copy cut short', () => {
  it("a notice's list of attachments, office and date under its last paragraph are the body's end", () => {
    const found = extractArticle(['关于侵害用户权益行为的APP通报', '发布时间：2020-01-09 17:19', body, '附件：存在问题的应用软件名单', '工业和信息化部信息通信管理局', '2020年1月8日', '附件：', '【返回顶部】 【关闭窗口】']);
    expect(found.body).toEqual([body, '附件：存在问题的应用软件名单', '工业和信息化部信息通信管理局', '2020年1月8日']);
    expect(found.publishedAt).toBe('2020-01-09T17:19:00+08:00');
  });

  it('a paragraph cut off mid-sentence is body; a list of keywords is not', () => {
    const cut = '小“村报”有大能量，它承载了乡村的记忆，展现了新农村发展的成果，更是党建思想宣传的';
    expect(extractArticle(['小“村报”寄出乡村振兴大能量', '2025-06-24 来源：中国邮政报', body, cut]).body).toEqual([body, cut]);
    expect(extractArticle(['国产精品久久中文,在线中文字幕视频观看,伊人久久综合,久久精品一区二区', '降雨量比历史同期猛增 黄山市水利部门准备防汛', '2024-02-22 来源：新安晚报', body]).title).toBe('降雨量比历史同期猛增 黄山市水利部门准备防汛');
  });
});

describe("import: a media site's credits and share lines", () => {
  const last = '会议还部署了下一阶段重点工作，要求各地抓好落实。';
  it('文丨 and 来源丨 are labels; 监制, 策划, 排版 are credits, not authors', () => {
    expect(extractArticle(['省局召开安全生产会议', '来源丨新华社 文丨张三', body])).toMatchObject({ source: '新华社', author: '张三' });
    expect(extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', body, last, '监制：李四 策划：王五', '排版：赵六']).body).toEqual([body, last]);
  });

  it('share targets and follow-us lines are not body', () => {
    expect(extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', body, '微信 微博 QQ空间', last, '扫码关注', '【我要纠错】']).body).toEqual([body, last]);
  });
});

describe('import: clocks and sites around the headline', () => {
  it('a clock on the page is no publish date; a headline with a quoted name before its colon is still one', () => {
    expect(extractArticle(['北京时间: 2024-04-19 13:48:36', '阅读新闻', '“雷锋”临时邮局:北京邮政公司新点', body])).toMatchObject({ title: '“雷锋”临时邮局:北京邮政公司新点', publishedAt: '' });
  });

  it("a site's name after a spaced dash is not part of the headline", () => {
    expect(extractArticle(['省局召开安全生产会议 - 新华网', '2024-06-01 来源：新华网', body]).title).toBe('省局召开安全生产会议');
  });
});

describe('import: related lists and notices at the end, labelled signatures', () => {
  const last = '会议还部署了下一阶段重点工作，要求各地抓好落实。';
  const page = (...lines: string[]) => extractArticle(['省局召开安全生产会议', '发布时间：2024-06-01', ...lines]);

  it('a bracketed 【延伸阅读】 or 往期回顾 ends the article; so does a notice that the views are the author\'s', () => {
    expect(page(body, last, '【延伸阅读】', '省局召开党风廉政建设会议，部署全年工作。').body).toEqual([body, last]);
    expect(page(body, last, '往期回顾', '省局召开党风廉政建设会议，部署全年工作。').body).toEqual([body, last]);
    expect(page(body, last, '本文仅代表作者本人观点，与本网立场无关。').body).toEqual([body, last]);
  });

  it('"(文/张三)" closing the last paragraph names its writer', () => {
    expect(page(body, `${last}（文/张三）`).author).toBe('张三');
  });
});

describe('import: what a page repeats', () => {
  it('a word repeated under each picture, and a blurb in angle brackets, are not body; a repeated headline is still the headline', () => {
    const last = '依据《网络安全法》等法律和规范性文件要求，我部组织对上述90款APP进行下架，相关应用商店应在本通报发布后立即组织下架。';
    const found = extractArticle(['工信部发布下架App名单的通报', '发布时间：2021-05-13', body, '工信部', '工信部', last, '工信部', '<来客推(www.example.com)是国内知名商城系统提供商>']);
    expect(found.body).toEqual([body, last]);
    expect(extractArticle(['下镇乡里刮春风', '下镇乡里刮春风', '刘元琴 (1990.03.18)', '下镇乡里刮春风', body]).title).toBe('下镇乡里刮春风');
  });
});

describe("import: a picture's caption", () => {
  it('the short line under a picture placeholder is its caption, not the start of the body', () => {
    const found = extractArticle(['醴陵邮政管理局开展实地督导', '图片1.jpg', '会议现场。', '图片2.jpg', '督导组现场检查快递网点。', body, '来源：红网']);
    expect(found.body).toEqual([body]);
    expect(found.source).toBe('红网');
  });
});

describe('import: a headline printed under the text', () => {
  it('"标题: …" below the body gives the headline and leaves the body above it; a reading-time widget is not body', () => {
    const last = '会议还部署了下一阶段重点工作，要求各地抓好落实。';
    const found = extractArticle(['本篇文章200字，读完约1分钟', body, last, '来源：上海热线新闻网', '标题：吕巷镇召开创城工作第二次测评情况通报会']);
    expect(found).toMatchObject({ title: '吕巷镇召开创城工作第二次测评情况通报会', source: '上海热线新闻网', body: [body, last] });
  });
});

describe('import: a name alone under the headline', () => {
  it('is the author; a word such as 首页 or an office is not', () => {
    expect(extractArticle(['政民网际互动对政府形象的影响力研究', '更新时间：2013-08-01 17:39', '王晓东', body]).author).toBe('王晓东');
    expect(extractArticle(['政民网际互动对政府形象的影响力研究', '更新时间：2013-08-01 17:39', '首页', body]).author).toBe('');
    expect(extractArticle(['政民网际互动对政府形象的影响力研究', '更新时间：2013-08-01 17:39', '王庄村委会', body]).author).toBe('');
  });
});

describe('import: a headline that asks', () => {
  it('ends with a question mark and is still the headline', () => {
    expect(extractArticle(['新闻中心', '为什么这里被村民称作邮政村？', '2023-09-04 来源：中国邮政报', body]).title).toBe('为什么这里被村民称作邮政村？');
  });
});

describe('import: bylines with several labels, ornaments and unbracketed leads', () => {
  const head = (...lines: string[]) => extractArticle(['省局召开安全生产会议', ...lines, body]);
  it.each([
    ['来源：南阳日报 记者：张三 通讯员：李四', '南阳日报', '张三 李四'],
    ['发布时间：2024-03-12 作者：张三 通讯员：李四 来源：市邮政管理局', '市邮政管理局', '张三 李四'],
    ['【来源：南阳日报】【作者：李四】【时间：2024-03-12】', '南阳日报', '李四'],
    ['来源：新华社 | 作者：张三 | 2024-03-12 09:30', '新华社', '张三'],
    ['2024-03-12 来源：市邮政管理局 文字：张三 摄影：李四', '市邮政管理局', '张三'],
    ['消息来源：市邮政管理局 发布时间：2024-03-12', '市邮政管理局', ''],
    ['信息提供：市邮政管理局 发布日期：2024-03-12', '市邮政管理局', ''],
    ['发布时间：2024-03-12 发布者：admin 录入：王五 来源：本站', '本站', ''],
    ['□本报记者 张三', '', '张三'],
    ['◎ 本报记者 李四 文/图', '', '李四'],
  ])('%s', (byline, source, author) => {
    expect(head(byline)).toMatchObject({ source, author });
  });

  it('an office before the name under 作者 is the source, the name the author', () => {
    expect(head('作者：市邮政管理局 张三 发布时间：2024-03-12')).toMatchObject({ source: '市邮政管理局', author: '张三' });
    expect(head('来源：南阳日报 作者：市邮政管理局 张三')).toMatchObject({ source: '南阳日报', author: '张三' });
  });

  it('the font-size widget after 文字 is no writer', () => {
    expect(head('来源：市邮政管理局 文字：【大 中 小】 2024-03-12')).toMatchObject({ source: '市邮政管理局', author: '' });
  });

  it('reporters named without brackets at the start of the lead, up to 报道 or a colon', () => {
    expect(extractArticle(['省局召开安全生产会议', '2024-03-12', `本报讯 记者 张三 通讯员 李四 报道：${body}`]).author).toBe('张三 李四');
    expect(extractArticle(['省局召开安全生产会议', '2024-03-12', `本报讯 通讯员 王五：${body}`]).author).toBe('王五');
    // Names glued to the text with nothing between are not guessed.
    expect(extractArticle(['省局召开安全生产会议', '2024-03-12', `本报讯 记者张三近日获悉，${body}`]).author).toBe('');
  });
});

describe('import: offices beside the date, and names under labels', () => {
  const head = (...lines: string[]) => extractArticle(['全国邮政业安全生产会议召开', ...lines, body]);
  it.each([
    // A portal's account line, a news app's, a reprint site's: the office beside the date published it.
    ['南阳日报 2024-03-12 09:30 发布于：河南', '南阳日报', ''],
    ['南阳日报 2024-03-12 09:30 · 南阳日报官方账号', '南阳日报', ''],
    ['2024年03月12日 09:30 澎湃新闻 作者：张三', '澎湃新闻', '张三'],
    ['南阳日报记者 张三 通讯员 李四', '南阳日报', '张三 李四'],
    ['作者：文/张三 来源：南阳日报', '南阳日报', '张三'],
    ['作者：张三（南阳市邮政管理局） 来源：南阳日报', '南阳日报', '张三'],
    ['记者：张三、李四 通讯员：王五', '', '张三、李四 王五'],
  ])('%s', (byline, source, author) => {
    expect(head(byline)).toMatchObject({ source, author });
  });

  it("a form's publisher field is not the source", () => {
    expect(head('发布机构 阿合奇县水利局 发布日期 2022-06-14 17:01').source).toBe('');
  });
});

describe('import: breadcrumbs over lines, glued to the headline, and a site after a dash', () => {
  const page = (...lines: string[]) => extractArticle([...lines, '2024-03-12 来源：南阳日报', body]);
  it.each([
    [['当前位置：首页>新闻中心>工作动态全国邮政业安全生产会议召开', '全国邮政业安全生产会议召开'], '工作动态'],
    [['当前位置：首页 > 新闻中心 > 工作动态 > 全国邮政业安全生产会议召开', '全国邮政业安全生产会议召开'], '工作动态'],
    [['当前位置：', '要闻动态 >', '县区动态', '全国邮政业安全生产会议召开'], '县区动态'],
    [['首页 > 社会责任 >', '全国邮政业安全生产会议召开'], '社会责任'],
  ])('%j', (lines, column) => {
    expect(page(...lines)).toMatchObject({ column, title: '全国邮政业安全生产会议召开' });
  });

  it("a site's name after a dash is not part of the headline", () => {
    expect(page('全国邮政业安全生产会议召开-南阳市人民政府门户网站').title).toBe('全国邮政业安全生产会议召开');
    expect(page('南阳至信阳高速公路全线通车').title).toBe('南阳至信阳高速公路全线通车');
  });
});

describe("import: the paper's own roles, photographers, and signatures under the body", () => {
  it.each([
    ['本报记者 张三 本报通讯员 李四', '张三 李四'],
    ['本报记者 张三 本报实习生 李四', '张三 李四'],
    ['本报见习记者 张三', '张三'],
    ['记者 张三 摄影 李四', '张三'],
  ])('%s', (byline, author) => {
    expect(extractArticle(['全国邮政业安全生产会议召开', byline, body]).author).toBe(author);
  });

  it('in the lead too', () => {
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', `本报讯（记者 张三 本报通讯员 李四）${body}`]).author).toBe('张三 李四');
  });

  it('a signature in brackets on its own line under the body', () => {
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', body, '（张三）']).author).toBe('张三');
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', body, '（办公室供稿）']).source).toBe('办公室');
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', body, '（张三 摄）']).author).toBe('');
  });

  it('转自 and 转载自 name a source, or the original when they give a link', () => {
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', body, '转自：南阳日报']).source).toBe('南阳日报');
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12', body, '转载自：https://www.nyrb.cn/a/1.html'])).toMatchObject({ source: '', originalUrl: 'https://www.nyrb.cn/a/1.html' });
  });
});

describe('import: widgets after a name, photo credits, and signatures as more papers print them', () => {
  it('a widget or a counter after the source or the author is not part of it', () => {
    expect(extractArticle(['山东通报违规APP情况', '2024-04-09 10:12:21 来源:山东省通信管理局网站 大字体 小字体 扫码带走', body]).source).toBe('山东省通信管理局网站');
    expect(extractArticle(['福清开展世界人口日宣传活动', 'fq.fjsen.com 2020-07-16 09:20:05 来源:福清新闻网 我来说两句', body]).source).toBe('福清新闻网');
    expect(extractArticle(['秋季开学专项督导检查', '[日期:2018-09-25] 作者:曹莹 1345 次浏览 [字体: ]', body]).author).toBe('曹莹');
  });

  it('a photo credit (人民网记者 周恬摄) names no writer', () => {
    expect(extractArticle(['邮政惠农直播带动农户增收', '邮政惠农直播走进巡检镇。人民网记者 周恬摄', body])).toMatchObject({ title: '邮政惠农直播带动农户增收', author: '' });
  });

  it('names alone after the last sentence, an office and names in brackets with 图/文, an office in the lead', () => {
    expect(extractArticle(['我县召开春季动物防疫工作会', body, `${body} 浩东  边琴`]).author).toBe('浩东 边琴');
    expect(extractArticle(['县长调研全县教育工作', body, `${body}(岚县新闻办 梁海珍 王红宇图/文)`])).toMatchObject({ source: '岚县新闻办', author: '梁海珍 王红宇' });
    expect(extractArticle(['开班仪式举行', '时间:2021-09-24', `本网讯(工商管理学院 徐豪杰)${body}`])).toMatchObject({ source: '工商管理学院', author: '徐豪杰' });
    expect(extractArticle(['调研光荣牌悬挂工作', body, `${body}(区退役军人事务局供稿`]).source).toBe('区退役军人事务局');
    // A notice's closing words are not names.
    expect(extractArticle(['关于做好寄递安全工作的通知', body, `${body} 特此通知`]).author).toBe('');
  });
});

describe('import: a headline under the site logo, and a headline field glued to the text', () => {
  it('the line under a logo at the top of the page is the headline, not a caption', () => {
    expect(extractArticle(['网站.png', '时代楷模--“中国肝胆外科之父”吴孟超', '44', '作者:党群工作部 来源:国投金城冶金有限责任公司', '文章附图', body]).title).toBe('时代楷模--“中国肝胆外科之父”吴孟超');
    // Under the headline, the line under a picture is still its caption.
    expect(extractArticle(['醴陵邮政管理局开展实地督导', '图片1.jpg', '会议现场。', body]).body[0]).toBe(body);
  });

  it('"标题:" glued to the first paragraph gives the headline up to the space', () => {
    expect(extractArticle([`标题:我市组织收听收看全省5G基站规划建设电视电话会 10月24日下午，${body}`]).title).toBe('我市组织收听收看全省5G基站规划建设电视电话会');
  });
});

describe('import: a kicker above the headline, and a headline that asks', () => {
  it('the line just above the byline is the headline, not the long lead-in above it', () => {
    const found = extractArticle(['您的位置:海峡网>新闻中心>国内新闻', '从信息化到智能化再到智慧化——城市具备用大脑思考的能力,这不是投钱就能解决的问题', '杭州“大脑”究竟开了什么脑洞?', '■本报见习记者 朱凌君 巩持平', body]);
    expect(found).toMatchObject({ title: '杭州“大脑”究竟开了什么脑洞?', author: '朱凌君 巩持平', column: '国内新闻' });
  });
});

describe("import: a headline's own (组图), offices named for towns, and headlines that mention reporters", () => {
  it('drops a picture marker, (组图) or [图], and a layout\'s leading bar', () => {
    expect(extractArticle(['湖南新田:早稻收割忙(组图)', '2024-07-12 来源:新田县融媒体中心', body]).title).toBe('湖南新田:早稻收割忙');
    expect(extractArticle(['庙岗乡人民代表大会胜利召开[图]', '2024-07-12', body]).title).toBe('庙岗乡人民代表大会胜利召开');
    expect(extractArticle(['| 沙沟镇2021年政府工作报告', '2024-07-12', body]).title).toBe('沙沟镇2021年政府工作报告');
  });

  it('a town, a township or a community signs like an office', () => {
    expect(extractArticle(['西河镇开展防汛演练', '作者:西河镇 谢雪诗 时间:2024-07-12', body])).toMatchObject({ source: '西河镇', author: '谢雪诗' });
  });

  it('a headline about reporters is not a byline; a spaced 大 中 小 after a source is a widget', () => {
    expect(extractArticle(['中国重机召开2019年通讯员工作会', '发布时间:2019-05-10 来源:综合管理部 大 中 小', body])).toMatchObject({ source: '综合管理部', author: '' });
  });
});

describe("import: a site's account, a labelled line that looks like a trail, and a source under the editor's line", () => {
  it('作者: admin is the site\'s account: the reporter the lead names is the author', () => {
    expect(extractArticle(['通州区开展国际档案日系列宣传活动', '刊发日期:2025-06-11 阅读次数: 作者:admin', `本报讯(记者 张群琛)${body}`]).author).toBe('张群琛');
  });

  it('"来源:《小康》•中国小康网" under the editor\'s line is the source, not a breadcrumb', () => {
    const found = extractArticle(['外修生态内修人文,来潜山回味乡愁', '《小康》 ● 中国小康网 2023-05-12 14:44:35', body, '作者:《小康》全媒体创意中心', '责任编辑:白静', '来源:《小康》•中国小康网']);
    expect(found).toMatchObject({ source: '《小康》•中国小康网', column: '' });
  });
});

describe("import: a study's list of authors under its headline", () => {
  it('names alone between commas or 、 are the authors; a list of keywords is not', () => {
    expect(extractArticle(['长江下游河湖保护与修复状况及对策建议', '时间:2023-06-17 09:35:03 来源:网友投稿', '姚仕明,章运超,柴朝晖,金中武,渠 庚', body]).author).toBe('姚仕明,章运超,柴朝晖,金中武,渠 庚');
    expect(extractArticle(['老城区社区物业管理的模式选择', '2014-12-13 21:43:13', '陈伟东、孔娜娜、张大维、舒小虎', body]).author).toBe('陈伟东、孔娜娜、张大维、舒小虎');
    expect(extractArticle(['省局召开安全生产会议', '2014-12-13 21:43:13', '邮政,快递,安全,寄递', body]).author).toBe('');
  });
});

describe("import: the office before an unlabelled reporter's role is the source", () => {
  it.each([
    ['延边晨报全媒体记者 董立志 文/图', '延边晨报', '董立志'],
    ['滨州日报/滨州网记者裴庆力', '滨州日报/滨州网', '裴庆力'],
    ['南网传媒全媒体记者 李志杰 通讯员 林韵 尹晓敏 摄影报道', '南网传媒', '李志杰 林韵 尹晓敏'],
  ])('%s', (byline, source, author) => {
    expect(extractArticle(['全国邮政业安全生产会议召开', byline, body])).toMatchObject({ source, author });
  });
});

describe('import: a reporter in brackets after the source', () => {
  it('"来源：南阳日报（记者 张三）" gives the paper and the reporter', () => {
    expect(extractArticle(['市政府召开常务会议', '2024-03-12 来源：南阳日报（记者 张三）', body])).toMatchObject({ source: '南阳日报', author: '张三' });
  });
});

describe("import: a page's controls and an e-paper's edition line are no headline", () => {
  it.each([
    [['找回密码', '手机号码,快捷登录', '查看: 4044|回复: 0', '泰州这个小区脏乱差被“点名”!整改未见明显改善……', body]],
    [['南阳日报', '第二版:要闻·综合', '全区秋季开学暨学校安全工作会议召开', '本报记者 艾超', body]],
    [['首页 新闻正文', '全区秋季开学暨学校安全工作会议召开', '2024-09-01', body]],
  ])('%j', (lines) => {
    expect(extractArticle(lines).title).toMatch(/^(泰州这个小区|全区秋季开学)/);
  });
});

describe("import: the reporter's work in the lead is no name", () => {
  it.each([
    '本报讯 记者日前获悉：',
    '本报讯 记者从市邮政管理局获悉，',
    '本报讯 记者 近日 从市局获悉，',
  ])('%s', (lead) => {
    expect(extractArticle(['省局召开会议', '2024-03-12', `${lead}${body}`]).author).toBe('');
  });

  it('but a name after the role, set apart, is', () => {
    expect(extractArticle(['省局召开会议', '2024-03-12', `本报讯 记者 于洋 近日，${body}`]).author).toBe('于洋');
  });
});

describe("import: a saved page's <h1>", () => {
  const lines = ['南阳市人民政府', '首页 > 工作动态', '市政府召开常务会议', '发布时间：2024-03-12 来源：市政府办公室', body];
  it('is the headline when it agrees with the <title> or the best-placed line', () => {
    expect(extractArticle(lines, { title: '市政府召开常务会议', titles: ['南阳市人民政府'] }).title).toBe('市政府召开常务会议');
    expect(extractArticle(['市政府召开常务会议', body], { title: '市政府召开常务会议（图）', titles: ['市政府召开常务会议（图）_南阳市人民政府'] }).title).toBe('市政府召开常务会议');
  });

  it("is not when it is the site's name over the logo, or a column's heading the <title> leaves out", () => {
    expect(extractArticle(lines, { title: '南阳市人民政府', titles: ['市政府召开常务会议_南阳市人民政府'] }).title).toBe('市政府召开常务会议');
    expect(extractArticle(lines, { title: '工作动态', titles: ['市政府召开常务会议-南阳市人民政府'] }).title).toBe('市政府召开常务会议');
  });
});

describe('import: bylines placed by where they sit', () => {
  it('a name alone between the headline and the date line is who published it', () => {
    // A medium's or a public account's name: the source, whatever its ending.
    expect(extractArticle(['长安镇将于11月20日举行森林火灾应急演练活动', '清新福建', '2025-11-19 15:25:12', body])).toMatchObject({ source: '清新福建', author: '' });
    expect(extractArticle(['国投湄洲湾煤炭码头装船泊位迎来首船靠泊', '莆田网', '2017-08-15 10:15', `莆田网讯 8月14日上午11时，${body}`]).source).toBe('莆田网');
    // A person's name there is the writer; a section's heading or a widget is neither.
    expect(extractArticle(['县人社局开展就业援助月活动', '王晓明', '2024-01-12', body])).toMatchObject({ source: '', author: '王晓明' });
    expect(extractArticle(['县人社局开展就业援助月活动', '工作动态', '2024-01-12', body])).toMatchObject({ source: '', author: '' });
    // (Three characters that are no office's may be a person with a rare surname: not taken for the source.)
    expect(extractArticle(['县人社局开展就业援助月活动', '山雪艳', '2024-01-12', body]).source).toBe('');
    // (Beside a date and an organisation, a column's heading is no writer.)
    expect(extractArticle(['县人社局开展就业援助月活动', '2024-01-12 县人社局 工作动态', body])).toMatchObject({ source: '县人社局', author: '' });
    expect(extractArticle(['县人社局开展就业援助月活动', '打印本页', '2024-01-12', body])).toMatchObject({ source: '', author: '' });
  });

  it("a name beside the date that the lead's dateline names again is the source", () => {
    expect(extractArticle(['昆明市气象局三部门对外开放', '七彩云端    03-16 13:08:57', `七彩云端讯 记者周然 ${body}`, body])).toMatchObject({ source: '七彩云端', author: '周然' });
    // (A word beside the date the lead does not name is not read as the source: "2019-01-10 粤港澳大湾区".)
    expect(extractArticle(['昆明市气象局三部门对外开放', '大湾区观察    03-16 13:08:57', body, body]).source).toBe('');
  });

  it('a byline after the last sentence, its closing quote and the paper that sent the reporter', () => {
    expect(extractArticle(['深圳阿伯:办理门市少', '2023-10-26', body, `陳伯說：「${body}」 ■香港文匯報記者 郭若溪`]).author).toBe('郭若溪');
    expect(extractArticle(['深圳阿伯:办理门市少', '2023-10-26', body, `${body}（本报记者 王强 通讯员 李华）`]).author).toBe('王强 李华');
  });

  it('any kind of reporter in a bracket of credits, and a bracket under the body after a template\'s leftovers', () => {
    expect(extractArticle(['打造蔬菜产业链', '2023-10-26', body, `${body}(记者 韩敏 农民记者 王勇 编辑 邵一玲 主编 谢珊)`]).author).toBe('韩敏 王勇');
    expect(extractArticle(['打造蔬菜产业链', '2023-10-26', body, `${body}（县融媒体中心记者 张三 特约通讯员 李四）`]).author).toBe('张三 李四');
    expect(extractArticle(['入户走访察民情', '发布日期:2026-01-21 15:01', body, body, '{jz:field.toptypename/}(通讯员刘萧冉)']).author).toBe('刘萧冉');
  });

  it('a label that ends in 来源 inside the closing bracket names the source', () => {
    expect(extractArticle(['陆丰市发布森林火险橙色预警', '2024-12-01', `${body}(预警信息来源:国家预警信息发布中心)`]).source).toBe('国家预警信息发布中心');
    expect(extractArticle(['陆丰市发布森林火险橙色预警', '2024-12-01', body, `${body}（稿件来源：县应急管理局）`]).source).toBe('县应急管理局');
  });

  it("a speaker's post and name under a speech's headline is the writer, not a source; a sentence glued to a date names no office", () => {
    const report = extractArticle(['沙沟镇2021年政府工作报告', '发布日期: 2021-02-27', '——2021年2月27日在沙沟镇第十六届人民代表大会', '第六次会议上', '沙沟镇镇长 刘彦成', '各位代表:', body]);
    expect(report).toMatchObject({ source: '', author: '刘彦成' });
    expect(extractArticle(['在全县经济工作会议上的讲话', '2024-01-05', '县委书记 王建国', body])).toMatchObject({ source: '', author: '王建国' });
  });

  it("a block of credits past a sidebar under the body names the writer: the writer's labelled line over the editor's", () => {
    const sidebar = ['新航季', '华北', '——国际机场——', '华东', '——国际机场——', '班车时刻表', '温馨提示'];
    const found = extractArticle(['年底岁末大练兵 协调配合保平安', '2023-12-26', body, body, ...sidebar, '图文:公共区管理部 周梦起', '编辑:张梅', '审核:武小吉']);
    expect(found).toMatchObject({ source: '公共区管理部', author: '周梦起' });
    // (A writer's line in a list of other articles, with no editor's line under it, is not this article's.)
    expect(extractArticle(['年底岁末大练兵 协调配合保平安', '2023-12-26', body, body, ...sidebar, '作者:李四 2023-12-20', '相关新闻']).author).toBe('');
  });

  it("a mirror's pinyin whose opening bracket the copy lost does not cut the source short", () => {
    expect(extractArticle(['每天巡護(hù)至少10小時(shí)', '發(fā)稿時(shí)間: 2025-02-27 08:32    來源: 綿陽(yáng)日?qǐng)?bào)', body]).source).toBe('綿陽(yáng)日?qǐng)?bào)');
    expect(extractArticle(['省局召开安全生产会议', '来源:县政府办) 发布时间:2023-10-26', body]).source).toBe('县政府办');
  });

  // The meta line under the headline as portals, 信息公开 pages, papers and WeChat reprints print it.
  it.each([
  ['发布时间：2023-10-26 10:20:31 来源：市人民政府办公室 作者：市政府办 浏览次数：1234 【字体：大 中 小】 【打印】 【关闭】', '市人民政府办公室', '市政府办'],
  ['来源：某某市人民政府 | 发布时间：2023-10-26 | 【打印】 【关闭】', '某某市人民政府', ''],
  ['信息来源：市教育局　　发布时间：2023-10-26　　浏览次数：　　【字体：大 中 小】', '市教育局', ''],
  ['【来源：市卫健委】【发布时间：2023-10-26】【字号：大 中 小】', '市卫健委', ''],
  ['发布日期：2023-10-26 来源：本站 字号：[大 中 小] 打印本页 关闭窗口', '本站', ''],
  ['时间：2023-10-26 来源：县融媒体中心 作者：王小明 编辑：李四 审核：张五', '县融媒体中心', '王小明'],
  ['稿源：南阳日报 | 作者：记者 张三 | 编辑：李四', '南阳日报', '张三'],
  ['文章来源: 中国政府网  发布时间: 2023-10-26 10:20  责任编辑: 王五', '中国政府网', ''],
  ['索引号：11410000/2023-00123 | 发布机构：省政府办公厅 | 发文日期：2023-10-26', '', ''],
  ['人民日报记者 张三 李四', '人民日报', '张三 李四'],
  ['新华社记者 王小明', '新华社', '王小明'],
  ['■本报记者 张三 实习生 李四', '', '张三 李四'],
  ['原创 张三 郑州发布 2023-10-26 10:20 发表于河南', '郑州发布', '张三'],
  ['转自：人民日报', '人民日报', ''],
  ['来自：央视新闻客户端 2023-10-26', '央视新闻客户端', ''],
  ['出处：光明日报 2023-10-26', '光明日报', ''],
  ['來源：香港政府新聞網 作者：佚名', '香港政府新聞網', '佚名'],
  ['文/本报记者 张三 图/李四', '', '张三'],
  ['作者：佚名 来源：网络', '网络', '佚名'],
  ['来源：新华网 作者：admin', '新华网', ''],
  ['发布人：管理员 发布时间：2023-10-26 来源：', '', ''],
  ['来源：人民网-人民日报 2023年10月26日', '人民网-人民日报', ''],
  ['来源：人民网－人民日报海外版', '人民网－人民日报海外版', ''],
  ['记者：张三 通讯员：李四 王五', '', '张三 李四 王五'],
  ['信息来源：市场监管局 | 发布时间：2023-10-26 10:20 | 访问量：123', '市场监管局', ''],
  ['时间：2023-10-26 10:20:31 | 来源：网络 | 作者：未知', '网络', '未知'],
  ['2023-10-26 10:20 来源: 澎湃新闻 作者：张三', '澎湃新闻', '张三'],
  ['来源：微信公众号“郑州发布”', '微信公众号“郑州发布”', ''],
  ['作者：张三（南阳市邮政管理局）', '', '张三'],
  ['◎本报记者 张三', '', '张三'],
  ['通讯员 李四 记者 张三', '', '李四 张三'],
  ['记者 张三 摄', '', ''],
  ['作者 | 张三  来源 | 人民日报', '人民日报', '张三'],
  ['文 | 张三', '', '张三'],
  ['来源：中国政府网 2023-10-26', '中国政府网', ''],
  ['来源:国家税务总局 发布时间:2023年10月26日 【字体:大 中 小】【我要打印】【关闭窗口】', '国家税务总局', ''],
  ['发布时间：2023-10-26 来源：区政府办 阅读：123次', '区政府办', ''],
  ['发表时间：2023-10-26 作者：张三 来源：本站原创 点击数：12', '本站原创', '张三'],
  ['作者：本报评论员 2023-10-26', '', '本报评论员'],
  ['【作者】张三【来源】南阳日报【时间】2023-10-26', '南阳日报', '张三'],
  ['稿源：南阳日报  作者：张三  责编：李四', '南阳日报', '张三'],
  ['記者王小明／台北報導', '', '王小明'],
  ['来源：县委宣传部 作者：县委宣传部 2023-10-26', '县委宣传部', '县委宣传部'],
  ['发布时间：2023-10-26 09:30 信息来源：市政府办公室 【大 中 小】', '市政府办公室', ''],
  ['来源：本网 作者：本网记者 张三', '本网', '张三'],
  ['来源：中国邮政报 作者：通讯员 李四', '中国邮政报', '李四'],
  ['发布时间：2023-10-26 作者：张三 李四 王五 来源：县融媒体中心', '县融媒体中心', '张三 李四 王五'],
  ['来源：学习强国 作者：张三 2023-10-26', '学习强国', '张三'],
  ['审核：李四 校对：王五 签发：赵六 发布时间：2023-10-26', '', ''],
  ['录入：admin 发布时间：2023-10-26 来源：市场监管局', '市场监管局', ''],
  ['浏览次数：1024 来源：县文明办 发布时间：2023-10-26', '县文明办', ''],
  ['作者：张三，李四', '', '张三，李四'],
  ['作者：张三、李四 来源：人民日报', '人民日报', '张三、李四'],
  ['2023年10月26日 10:20 来源：中国新闻网', '中国新闻网', ''],
  ['来源:央视新闻客户端 | 2023年10月26日 10:20', '央视新闻客户端', ''],
  ['新闻来源：南阳网 更新时间：2023-10-26', '南阳网', ''],
  ['出处：南阳日报 作者：张三 发布：2023-10-26', '南阳日报', '张三'],
  ['来源：南阳日报 作者：张三 摄影：李四 编辑：王五', '南阳日报', '张三'],
  ['2023-10-26 10:20:00 来源：中国经济网 作者：记者 张三 李四', '中国经济网', '张三 李四'],
  ['来源:河南日报 记者 张三 通讯员 李四', '河南日报', '张三 李四'],
  ])('%s', (line, source, author) => {
    expect(extractArticle(['省局召开安全生产会议', line, body])).toMatchObject({ source, author });
  });

  // A story's lead, its last paragraph and the lines under it, as papers, portals and 信息公开 pages sign them.
  const [T, D] = ['省局召开安全生产会议', '2023-10-26'];
  it.each([
  [[T, D, `本报讯（记者 张三 通讯员 李四）${body}`], '', '张三 李四'],
  [[T, D, `新华社北京10月26日电（记者 张三、李四）${body}`], '', '张三、李四'],
  [[T, D, `本报讯 记者张三 通讯员李四 报道：${body}`], '', '张三 李四'],
  [[T, D, `人民网北京10月26日电 （记者张三）${body}`], '', '张三'],
  [[T, D, `中新网郑州10月26日电 (王小明 李华)${body}`], '', '王小明 李华'],
  [[T, D, `南阳日报讯 (记者 张三) ${body}`], '', '张三'],
  [[T, D, `本网讯（通讯员 王五）${body}`], '', '王五'],
  [[T, D, `央视网消息：${body}`], '', ''],
  [[T, D, `大河网讯（记者 张三 实习生 李四）${body}`], '', '张三 李四'],
  [[T, D, `本报讯（记者 张三 特约记者 李四）${body}`], '', '张三 李四'],
  [[T, D, `本报讯 (通讯员 王五 刘六) 近日，${body}`], '', '王五 刘六'],
  [[T, D, `据南阳日报报道，${body}`], '', ''],
  [[T, D, `本报讯（首席记者 张三）${body}`], '', '张三'],
  [[T, D, `本报讯 (县融媒体中心 张三) ${body}`], '县融媒体中心', '张三'],
  [[T, D, `本报讯（记者 张三）近日，记者从市邮政管理局获悉，${body}`], '', '张三'],
  [[T, D, `本报讯（见习记者 张三 通讯员 李四 王五）${body}`], '', '张三 李四 王五'],
  [[T, D, body, `${body}（张三）`], '', '张三'],
  [[T, D, body, `${body}（县教育局 张三）`], '县教育局', '张三'],
  [[T, D, body, `${body}（来源：市应急管理局）`], '市应急管理局', ''],
  [[T, D, body, body, '（南阳市邮政管理局供稿）'], '南阳市邮政管理局', ''],
  [[T, D, body, body, '文字：张三 图片：李四'], '', '张三'],
  [[T, D, body, body, '撰稿：张三 摄影：李四'], '', '张三'],
  [[T, D, body, body, '（通讯员 王五）'], '', '王五'],
  [[T, D, body, body, '作者：张三'], '', '张三'],
  [[T, D, body, body, '来源：南阳日报'], '南阳日报', ''],
  [[T, D, body, `${body}（本文来源：人民日报）`], '人民日报', ''],
  [[T, D, body, body, '(文章来源：县委宣传部)'], '县委宣传部', ''],
  [[T, D, body, body, '（编辑：李四）'], '', ''],
  [[T, D, body, `${body} （记者 张三 通讯员 李四 文/图）`], '', '张三 李四'],
  [[T, D, body, body, '(文/张三)'], '', '张三'],
  [[T, D, body, body, '（责任编辑：王五）'], '', ''],
  [[T, D, body, body, '信息来源：县农业农村局'], '县农业农村局', ''],
  [[T, D, body, body, '稿件来源：县融媒体中心 作者：张三'], '县融媒体中心', '张三'],
  [[T, D, body, `${body}（县融媒体中心记者 张三 通讯员 李四）`], '县融媒体中心', '张三 李四'],
  [[T, D, body, body, '来源丨人民日报'], '人民日报', ''],
  [[T, D, body, body, '转自：学习强国'], '学习强国', ''],
  [[T, D, body, body, '作者：张三 编辑：李四 审核：王五'], '', '张三'],
  [[T, D, body, body, '文：张三 图：李四 编辑：王五'], '', '张三'],
  [[T, D, body, body, '来源：南阳日报 作者：张三 责任编辑：李四'], '南阳日报', '张三'],
  [[T, D, body, body, '【责任编辑：李四】'], '', ''],
  [[T, D, body, body, '（作者：张三，系县第一中学教师）'], '', '张三'],
  [[T, D, body, body, '本文转自：人民网'], '人民网', ''],
  [[T, D, body, body, '（摄影：李四）'], '', ''],
  [[T, D, body, body, '原文链接：https://www.example.com/a.html', '来源：人民日报'], '人民日报', ''],
  [[T, '来源：南阳日报 2023-10-26', body, body, '（作者单位：南阳师范学院）'], '南阳日报', ''],
  [[T, D, body, `${body}（通讯员：王五 李四）`], '', '王五 李四'],
  [[T, D, body, body, '文/张三 李四'], '', '张三 李四'],
  [[T, D, body, body, '供稿：县教育局'], '县教育局', ''],
  [[T, D, body, body, '供稿单位：县教育局'], '县教育局', ''],
  [[T, D, body, body, '图文：张三'], '', '张三'],
  [[T, D, body, body, '文图：张三'], '', '张三'],
  [[T, D, body, body, '采写：张三 李四'], '', '张三 李四'],
  [[T, D, body, body, '记者 张三 李四'], '', '张三 李四'],
  [[T, D, body, body, '本报记者 张三'], '', '张三'],
  [[T, D, body, body, '南阳市邮政管理局 景鑫'], '南阳市邮政管理局', '景鑫'],
  ])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });

  it.each([
    // A Taiwanese paper's tortoise-shell brackets and its 台北報導; a TV station's credit with a slash.
    [[T, D, `〔記者吳亮儀/台北報導〕國家通訊傳播委員會今天公布，${body}`], '', '吳亮儀'],
    [[T, D, body, body, '(民視新聞/沈筱禎、吳東懋 台北報導)'], '民視新聞', '沈筱禎、吳東懋'],
    [[T, '記者 林上祚／台北報導', D, body], '', '林上祚'],
    // The writer with 文 glued on and the photographer; a bracket of names the copy cut off.
    [[T, D, body, '大会由市委副书记、市长姜增尧主持，市人大常委会主任赵乐强、市政协主席章纪泉等领导出席了大会。(黄崇森文 汪洋摄)'], '', '黄崇森'],
    [[T, D, body, `${body}(陳露露、周月珍`], '', '陳露露、周月珍'],
    // A two-character name spaced apart in the lead's bracket; an icon font's glyph before 本报记者.
    [[T, D, `句容头条讯(徐 源)近日，${body}`], '', '徐 源'],
    [[T, 'N本报记者 苏燕梅 林丹 实习生 黄翩翩', D, body], '', '苏燕梅 林丹 黄翩翩'],
    // A source with 于 before its date; a labelled writer with 摄 after the name; a widget after the source.
    [[T, '新闻来源: 国是直通车/新京报/凤凰网 于2020-07-13 9:54:15  提示:新闻观点不代表本网立场', body], '国是直通车/新京报/凤凰网', ''],
    [[T, '2024-7-19 09:49| 编辑: 谢珊珊 | 查看: 18700| 评论: 0|原作者: 全媒体记者 郭海洋 摄|来自: 阜阳日报', body], '阜阳日报', '郭海洋'],
    [[T, '2015-2-21 0:28:00  来源:中国新闻网  进入论坛', body], '中国新闻网', ''],
    // A date, an organisation and another name: the organisation the source, the other the writer.
    [[T, '2024-07-24 昆山公交集团 方向盘小助手', body], '昆山公交集团', '方向盘小助手'],
  ] as [string[], string, string][])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });

  it("a source's or a writer's label alone on its line, with no colon, names the value under it, as a table's cells copy", () => {
    expect(extractArticle(['西宁、兰州等枢纽机场改扩建项目正加快实施', '2022-06-20 09:49:35', '文章来源', '北京商报', body])).toMatchObject({ source: '北京商报', author: '' });
    expect(extractArticle(['县人社局开展就业援助月活动', '2024-01-12', '作者', '王晓明', '来源', '县人社局', body])).toMatchObject({ source: '县人社局', author: '王晓明' });
    // (A widget's word alone is not a label: "分享" over the first line stays apart from it.)
    expect(extractArticle(['县人社局开展就业援助月活动', '2024-01-12', '分享', body]).body).toEqual([body]);
  });

  // More bylines as national and local papers, portals and WeChat posts print them.
  it.each([
  [[T, '作者：县融媒体中心 张三 来源：县政府网 2023-10-26', body], '县政府网', '张三'],
  [[T, '来源：县融媒体中心 | 作者：张三 | 编辑：李四 | 2023-10-26 10:20', body], '县融媒体中心', '张三'],
  [[T, '【来源：新华社】 【作者：张三】 【日期：2023-10-26】', body], '新华社', '张三'],
  [[T, D, '本报记者 张三', `本报讯 ${body}`], '', '张三'],
  [[T, D, '◎ 文/图 本报记者 张三', body], '', '张三'],
  [[T, '作者：本报记者 张三 来源：南阳日报 发布时间：2023-10-26', body], '南阳日报', '张三'],
  [[T, D, '文·图/本报记者 张三', body], '', '张三'],
  [[T, D, '撰文：张三 摄影：李四', body], '', '张三'],
  [[T, D, '本报特派记者 张三', body], '', '张三'],
  [[T, D, '本报驻北京记者 张三', body], '', '张三'],
  [[T, D, '新华社记者 张三 摄', body], '', ''],
  [[T, D, '光明日报记者 张三 光明日报通讯员 李四', body], '光明日报', '张三 李四'],
  [[T, D, '经济日报-中国经济网记者 张三', body], '经济日报-中国经济网', '张三'],
  [[T, D, body, `${body}（经济日报记者 张三）`], '经济日报', '张三'],
  [[T, D, body, `${body}（本报记者 张三 李四 通讯员 王五）`], '', '张三 李四 王五'],
  [[T, D, `[记者 张三] ${body}`], '', '张三'],
  [[T, D, `本报讯（记者 张三 见习记者 李四）${body}`], '', '张三 李四'],
  [[T, D, '通讯员 李四 本报记者 张三', body], '', '李四 张三'],
  [[T, '作者丨张三', D, body], '', '张三'],
  [[T, '文 | 张三 编辑 | 李四 审核 | 王五', D, body], '', '张三'],
  [[T, D, '本报记者 张三 实习生 李四 通讯员 王五', body], '', '张三 李四 王五'],
  [[T, '2023-10-26 10:20 来源：中国青年报 作者：中青报·中青网记者 张三', body], '中国青年报', '张三'],
  [[T, '来源：人民日报 作者：本报记者 张三 李四', D, body], '人民日报', '张三 李四'],
  [[T, '发布时间：2023-10-26 来源：人民网-人民日报 作者：张三', body], '人民网-人民日报', '张三'],
  [[T, D, '南阳日报全媒体记者 张三 通讯员 李四', body], '南阳日报', '张三 李四'],
  [[T, D, '县委宣传部 张三', body], '县委宣传部', '张三'],
  [[T, D, '县疾控中心 李四 王五', body], '县疾控中心', '李四 王五'],
  [[T, D, '文/县委宣传部 张三', body], '县委宣传部', '张三'],
  [[T, D, '■张三', body], '', '张三'],
  [[T, D, '文 张三', body], '', '张三'],
  [[T, D, '作者 张三', body], '', '张三'],
  [[T, D, '记者 张三', body], '', '张三'],
  [[T, D, '张三 李四', body], '', '张三 李四'],
  [[T, '2023-10-26 来源：县政府办 作者：办公室', body], '县政府办', '办公室'],
  [[T, '时间:2023-10-26 来源:县应急局 作者:应急局 点击:12', body], '县应急局', '应急局'],
  [[T, '发布者：系统管理员 发布时间：2023-10-26 阅读次数：12', body], '', ''],
  [[T, '发布：县融媒体中心 2023-10-26', body], '', ''],
  [[T, '来源：新华网 | 2023-10-26 10:20 | 责任编辑：张三', body], '新华网', ''],
  [[T, '来源：本站 作者：未知 时间：2023-10-26', body], '本站', '未知'],
  [[T, '来源：网络 作者：佚名 时间：2023-10-26', body], '网络', '佚名'],
  [[T, '来源：县委组织部 2023-10-26 【打印】【关闭】', body], '县委组织部', ''],
  [[T, D, body, body, '（来源：人民日报 记者 张三）'], '人民日报', '张三'],
  [[T, D, body, body, '来源：人民日报 记者：张三'], '人民日报', '张三'],
  [[T, D, body, body, '作者：张三 单位：县第一中学'], '', '张三'],
  [[T, D, body, body, '（作者单位：县第一中学）'], '', ''],
  [[T, D, body, body, '【作者】张三'], '', '张三'],
  [[T, D, body, body, '来源：县卫健委 编辑：李四'], '县卫健委', ''],

    [[T, '作者  收藏   举报   发布时间:  2020-12-30 09:07', body], '', ''],
  ] as [string[], string, string][])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });

  // A paper's bylines with where the reporters filed from, the kinds of reporter, and photo credits that name no writer.
  it.each([
  [[T, '作者：县政府办公室　发布时间：2023-10-26　来源：县政府办公室', body], '县政府办公室', '县政府办公室'],
  [[T, '【字体：大 中 小】 发布时间：2023-10-26 来源：区政府 作者：区政府', body], '区政府', '区政府'],
  [[T, '第02版：要闻 作者：本报记者 张三 通讯员 李四', D, body], '', '张三 李四'],
  [[T, D, '本报记者 张三 李四 发自北京', body], '', '张三 李四'],
  [[T, D, '本报驻广州记者 张三', body], '', '张三'],
  [[T, D, '新华社记者 张三 李四 报道', body], '新华社', '张三 李四'],
  [[T, D, '记者 张三 报道', body], '', '张三'],
  [[T, D, '特约通讯员 张三', body], '', '张三'],
  [[T, D, '实习生 张三 记者 李四', body], '', '张三 李四'],
  [[T, D, `本报北京10月26日讯 记者张三报道：${body}`], '', '张三'],
  [[T, D, `据新华社北京10月26日电（记者 张三）${body}`], '', '张三'],
  [[T, D, body, body, '（通讯员 张三 摄）'], '', ''],
  [[T, D, body, `${body}（记者 张三 通讯员 李四 摄）`], '', ''],
  ] as [string[], string, string][])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });

  // Traditional characters kept as written wherever separators were tidied, 【本報訊】 leads, and a form's labels over their values.
  it.each([
  [[T, '發佈時間：2023-10-26 來源：衛生署 作者：張三', body], '衛生署', '張三'],
  [[T, D, '本報記者 張三 攝影報道', body], '', '張三'],
  [[T, D, `【本報訊】記者張三報道：${body}`], '', '張三'],
  [[T, '稿源：香港文匯報 | 2023-10-26', body], '香港文匯報', ''],
  [[T, '信息来源：', '县发改委', '发布时间：', '2023-10-26', body], '县发改委', ''],
  [[T, '来源:', '县发改委', body], '县发改委', ''],
  [[T, '作者:', '张三', '来源:', '县发改委', body], '县发改委', '张三'],
  [[T, '文章来源：县发改委 发布时间：2023-10-26 点击数：', body], '县发改委', ''],
  [[T, '来源：县发改委 作者： 发布时间：2023-10-26', body], '县发改委', ''],
  [[T, '来源： 作者：张三 发布时间：2023-10-26', body], '', '张三'],
  ] as [string[], string, string][])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });
});

// Bylines of templates not in the development corpus, one general rule each: where the line sits
// (under the headline, opening the lead, under the body), how it is labelled, whether a value reads
// as an office's or a person's name.
describe('import: bylines by where they sit and what they name', () => {
  const T = '全市邮政行业安全生产工作会议召开';
  const D = '2024-03-12 09:30';
  const capt = '会议现场。';
  it.each([
  // A lead's reporters, also where a caption stands over the lead, in every bracket and with where from.
  [[T, D, capt, `（记者 张三 通讯员 李四）${body}`, body], '', '张三 李四'],
  [[T, D, capt, capt, `〔記者吳亮儀/台北報導〕${body}`, body], '', '吳亮儀'],
  [[T, D, `【林宜瑩台北報導】${body}`, body], '', '林宜瑩'],
  [[T, D, `【大纪元2024年3月12日讯】【大纪元记者袁玫蒙市报导】${body}`, body], '', '袁玫'],
  [[T, D, `佛山新闻网讯 佛山市新闻传媒中心记者陈敏珊、张伟科摄影报道:${body}`, body], '', '陈敏珊、张伟科'],
  [[T, D, `中国众识网3月21日(刘洋,黄玉凤)水观消息,${body}`, body], '', '刘洋,黄玉凤'],
  [[T, D, `湖北日报讯(记者彭小萍、通讯员张军)${body}`, body], '', '彭小萍 张军'],
  [[T, D, `本报讯 记者9月24日(周二)获悉,${body}`, body], '', ''],
  // Under the body: a station's credits after the reporter, a signature ending in 报道, a bracket under the captions.
  [[T, D, body, body, '(记者 祝文涛 摄像 谭志强 一审 陈丽丽 二审 朱文静 审核 聂晶 监制 蒋春)'], '', '祝文涛'],
  [[T, D, body, `${body}(杨小雷报道)`], '', '杨小雷'],
  [[T, D, body, `${body}(綜合報導)`], '', ''],
  [[T, D, body, body, '图为执法人员查获的设备。', '(通讯员 倪林 张丹丹)'], '', '倪林 张丹丹'],
  // Under the headline: a byline with a dash before its date, a name alone or with 报道:, an office or a medium beside the date.
  [[T, '記者陳鐘聲/嘉縣報導-2017-06-29 17:44:53', body, body], '', '陳鐘聲'],
  [[T, D, '李德琳  报道:', body, body], '', '李德琳'],
  [[T, D, '谭洁', body, body], '', '谭洁'],
  [[T, '2024-03-12 13:48 中国新闻网阅读 (15136)', body, body], '中国新闻网', ''],
  [[T, '2022-01-04 鱼峰区政协 图:麦穗 文:蒋玉', body, body], '鱼峰区政协', '蒋玉'],
  // Labels in more spellings; a labelled writer is kept whole, but a sentence after a label is no writer.
  [[T, '[作者] 喧暄轩', D, body], '', '喧暄轩'],
  [[T, '社論主筆:巫垂晃', D, body], '', '巫垂晃'],
  [[T, '2008-9-1 作者（来源）:毛福敏', body], '', '毛福敏'],
  [[T, '发布时间:2019-10-15 12:23:25 作者:本站编辑 来源:迭部县地震局', body], '迭部县地震局', '本站编辑'],
  [[T, '撰文:評論編輯室', D, body], '', '評論編輯室'],
  [[T, '作者 王娇妮 李嘉丽 迟子凡', D, body], '', '王娇妮 李嘉丽 迟子凡'],
  [[T, D, body, '【图文】我县领导王建国、杨佛海参加了会议。', body], '', ''],
  [[T, '2007-05-09 来源:光明日报 我有话说', body], '光明日报', ''],
  // A caption's reporter at work, and a column's heading after an ornament, name nobody.
  [[T, D, '图为省广播电视台记者正在采访', body, body], '', ''],
  [[T, '◎鎮長園地', T, body, body], '', ''],
  // An English page of a Chinese portal.
  [['China revitalizes township governments', 'By Gao Feng, Wang Xuetao and Zuo Wei (Xinhua)', 'ANZE COUNTY, Shanxi Province, Nov. 26 (Xinhua) -- Zhang Ruihai faced a mudslide near his home, and the township sent over more than ten people to help him that night.'], 'Xinhua', 'Gao Feng, Wang Xuetao and Zuo Wei'],
  ] as [string[], string, string][])('%j', (lines, source, author) => {
    expect(extractArticle(lines)).toMatchObject({ source, author });
  });
});
