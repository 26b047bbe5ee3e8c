import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/import/extract';

const lead = '3月6日清晨，在洋浦国际集装箱码头，集装箱装卸繁忙，货轮有序进出港口，今年前两个月作业量已达26.3万标箱。';
const para = '会议强调，要压实企业安全生产主体责任，严格落实收寄验视、实名收寄、过机安检三项制度，确保寄递渠道安全畅通。';

describe('import: the headline among the lines above the body', () => {
  it('a headline printed with its date on one line (an e-paper\'s layout) is the headline without the date', () => {
    const found = extractArticle(['港口忙 贸易旺 2024年03月07日', lead, '本报记者 陈元才 摄']);
    expect(found).toMatchObject({ title: '港口忙 贸易旺', publishedAt: '2024-03-07T00:00:00+08:00' });
    expect(extractArticle(['2023-10-26 省局召开安全生产会议', para]).title).toBe('省局召开安全生产会议');
  });

  it('a line of who and when under the headline is not taken for it', () => {
    const found = extractArticle(['查看原文', '太火爆！今早超多上海人排长队，通宵还不算，有爷叔提前8天"蹲点"', '坊记报道组 新闻坊 2024-01-13', para]);
    expect(found.title).toBe('太火爆！今早超多上海人排长队，通宵还不算，有爷叔提前8天"蹲点"');
  });

  it("a column's heading over the headline is not the headline", () => {
    expect(extractArticle(['数字报刊平台', '视觉新闻', '金秋柠檬香', lead]).title).toBe('金秋柠檬香');
    expect(extractArticle(['泉州轻工职业学院', '学校新闻', '学校召开安全工作会议', '时间:2013-09-17 来源: 作者:', para]).title).toBe('学校召开安全工作会议');
  });

  it('a slogan in quotes under the headline is its subtitle', () => {
    const found = extractArticle(['03版:综合', '通州区开展国际档案日系列宣传活动', '“请听档案说”', '刊发日期:2025-06-11 作者:admin', para]);
    expect(found.title).toBe('通州区开展国际档案日系列宣传活动');
  });

  it('a headline that names 记者 or 通讯员 is not a byline', () => {
    const found = extractArticle(['中国重机召开2019年通讯员工作会', '2019-05-17  来源:综合管理部   [大] [中] [小]', `5月8日，${para}`]);
    expect(found).toMatchObject({ title: '中国重机召开2019年通讯员工作会', publishedAt: '2019-05-17T00:00:00+08:00', source: '综合管理部' });
    // (A real byline under the headline stays one.)
    expect(extractArticle(['省局召开安全生产会议', '本报记者 王强', para])).toMatchObject({ title: '省局召开安全生产会议', author: '王强' });
  });

  it('a headline and its subtitle joined by —— is one headline, commas and all', () => {
    const title = '点燃激情,追求理想,在新的人生征程上,创造新的辉煌——2013级新生开学典礼隆重举行';
    expect(extractArticle(['学校新闻', '当前位置:首页>>学校概况>>学校新闻', title, '时间:2013-09-17 来源: 作者:', para]).title).toBe(title);
  });

  it("a 信息公开 form's 标题 field is the headline, even run into an empty field above it", () => {
    const form = ['索引号: 11410100005252xxx/2024-00123', '信息分类: 工作动态', '发布机构: 郑州市应急管理局', '生成日期: 2024-03-12', '文号:', '标题: 郑州市应急管理局召开安全生产工作会议'];
    expect(extractArticle([...form, lead, para])).toMatchObject({ title: '郑州市应急管理局召开安全生产工作会议', publishedAt: '2024-03-12T00:00:00+08:00' });
  });

  it("a notice's signature is neither its headline nor its publish date", () => {
    const notice = ['关于做好2024年春节期间安全生产工作的通知', '各乡镇人民政府，县直各单位：', lead, para, 'XX县人民政府办公室', '2024年1月20日'];
    expect(extractArticle(notice)).toMatchObject({ title: '关于做好2024年春节期间安全生产工作的通知', publishedAt: '' });
    expect(extractArticle([notice[0]!, '发布时间：2024-01-22 10:00', ...notice.slice(1)]).publishedAt).toBe('2024-01-22T10:00:00+08:00');
  });

  it('a picture or video marker at either end is not part of the headline', () => {
    for (const title of ['【图】XX县召开安全生产工作会议', 'XX县召开安全生产工作会议(组图)', '(图)XX县召开安全生产工作会议', 'XX县召开安全生产工作会议[视频]']) {
      expect(extractArticle([title, '2024-03-12 来源: 县应急局', para]).title).toBe('XX县召开安全生产工作会议');
    }
  });

  it('the headline printed alone on the page is preferred to the browser tab\'s title that adds the site to it', () => {
    const notice = '根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定，已於網站首頁或各該限制級網頁，依台灣網站分級推廣基金會規定作標示。';
    const found = extractArticle(['台灣大申請展延繳回超頻頻寬期限 NCC駁回 - 臺北市 - 自由時報電子報', '為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。', '限制級', '您即將進入之新聞內容 需滿18歲 方可瀏覽。', notice, '台灣大申請展延繳回超頻頻寬期限 NCC駁回', 'NCC主秘黃文哲說明決議駁回台灣大申請。(記者吳亮儀攝)', '2024/05/15 15:42', lead, para]);
    expect(found).toMatchObject({ title: '台灣大申請展延繳回超頻頻寬期限 NCC駁回', publishedAt: '2024-05-15T15:42:00+08:00' });
    expect(found.body[0]).toBe(lead);
  });

  it("an English edition's headline is read as a Chinese page's (a line with no Chinese is the layout's only on a Chinese page)", () => {
    const story = ['Yesterday, Vice Mayor Tang Zuoguo led a team to Changyu Village, Moshi Town, Shimen County, to carry out on-site survey of rural revitalization.', 'The team visited the village committee, the cooperative and several households, and listened to reports on the work of the town.'];
    const found = extractArticle(['走进常德', 'Changde Leaders Investigate Rural Revitalization in Shimen', 'Source:常德政府网 Date:2021-08-12 10:30:06 【Fonts:Small Big', ...story]);
    expect(found.title).toBe('Changde Leaders Investigate Rural Revitalization in Shimen');
    expect(extractArticle(['news information', '市应急局召开安全生产会议', '2024-03-12', lead]).title).toBe('市应急局召开安全生产会议');
  });

  it('the page speaking of itself to its reader (a skip link, a browser notice) is no headline', () => {
    expect(extractArticle(['跳到主要內容區塊', '自110年8月2日上午8時本處關山段、台東段、大武段解除西南氣流應變小組', lead, para]).title).toBe('自110年8月2日上午8時本處關山段、台東段、大武段解除西南氣流應變小組');
    expect(extractArticle(['您的浏览器不支持JavaScript功能，请开启后浏览', '市应急局召开安全生产会议', lead, para]).title).toBe('市应急局召开安全生产会议');
    expect(extractArticle(['請更新您的瀏覽器', '慶農民節 苗縣公館表揚優秀農民', lead, para]).title).toBe('慶農民節 苗縣公館表揚優秀農民');
  });

  it("a 信息公开 form's headline field, copied as a table's row or with its label spaced over the cell, gives the headline", () => {
    const row = ['| 索 引 号: | 11140402MB1953010B/2024-00012 | 发文机关: 潞州区司法局 |', '| 标题: “法援暖薪·骏马护工”——潞州区启动法律援助讨薪专项宣传活动 | |', '| 发文日期: 2024-01-20 | |'];
    expect(extractArticle([...row, lead, para]).title).toBe('“法援暖薪·骏马护工”——潞州区启动法律援助讨薪专项宣传活动');
    const spaced = ['索 引 号 20191202-189769 分 类 其他', '发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29', '名 称 齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知', '文 号 齐政办规〔2019〕12号'];
    expect(extractArticle([...spaced, '齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知', '各县(市)区人民政府，市政府各直属单位：', lead, para]).title).toBe('齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知');
  });

  it("a browser tab's site after a dash spaced on one side is not part of the headline", () => {
    expect(extractArticle(['文化惠民 服务百姓 -XX县融媒体中心', '2024-03-12 来源: 县应急局', para]).title).toBe('文化惠民 服务百姓');
    expect(extractArticle(['2023-2024年度考核结果公布', '2024-03-12 来源: 县应急局', para]).title).toBe('2023-2024年度考核结果公布');
  });

  it("a news agency's feature dateline, \"新华社…电 题:\", and a form's 名称 field name the headline", () => {
    expect(extractArticle(['关注新华网', '图集', '新华社武汉9月28日电 题:驻村第一书记的脱贫日记', '新华社记者李伟', lead]).title).toBe('驻村第一书记的脱贫日记');
    expect(extractArticle(['发文机关: 市农业农村局 发文日期: 2024-11-23', '名称: 我市举办蔬菜出口高质量发展媒体采风活动', '文号 :', '2024-11-23 来源: 永州日报', para]).title).toBe('我市举办蔬菜出口高质量发展媒体采风活动');
    // (A unit's name in a form is no headline.)
    expect(extractArticle(['单位名称: 南阳市邮政管理局', '省局召开安全生产会议', '2024-11-23 来源: 永州日报', para]).title).toBe('省局召开安全生产会议');
  });

  it('a 标题 field printed under the text is the headline, without its quotes', () => {
    expect(extractArticle(['本篇文章160字,读完约1分钟', lead, '标题:“湖北统筹安排抗疫特别国债近200亿元 用于疾控体系补短板强基层”']).title).toBe('湖北统筹安排抗疫特别国债近200亿元 用于疾控体系补短板强基层');
  });

  it("an archive's bracketed fields and a news feed's stock tag are not the headline", () => {
    expect(extractArticle(['在赣州,感受到了浓浓的客家味!', '【版次】第A06版:晚报之眸', '【入库时间】20130530', '○记者刘念海文/图', lead]).title).toBe('在赣州,感受到了浓浓的客家味!');
    expect(extractArticle(['世界消息!住房和城乡建设部:2022年全国新开工改造城镇老旧小区5.25万个', '2023-01-11 来源: 正北方网', para]).title).toBe('住房和城乡建设部:2022年全国新开工改造城镇老旧小区5.25万个');
    expect(extractArticle(['全球快報:春運倒計時1天 汕頭海事強化轄區渡船檢查', '2023-01-11 来源: 正北方网', para]).title).toBe('春運倒計時1天 汕頭海事強化轄區渡船檢查');
    expect(extractArticle(['内蒙古将迎大范围强降温降雪及大风天气-全球视讯', '2023-01-11 来源: 正北方网', para]).title).toBe('内蒙古将迎大范围强降温降雪及大风天气');
    expect(extractArticle(['38个考点实行无线电信号全屏蔽!请理解,考点周围可能通信不畅 今日精选', '2023-01-11 来源: 正北方网', para]).title).toBe('38个考点实行无线电信号全屏蔽!请理解,考点周围可能通信不畅');
    // (A headline that only names such words keeps them: "全球新闻" is not tacked on here.)
    expect(extractArticle(['央视发布2024年度全球新闻', '2023-01-11 来源: 正北方网', para]).title).toBe('央视发布2024年度全球新闻');
  });

  it('a headline printed whole, then in two lines, is the whole one', () => {
    const found = extractArticle(['阳城县交通运输局', '县交通运输局集中收看 县十七届人大第三次会议直播盛况', '发布日期: 2022-03-10 发布机构: 县交通运输局', '县交通运输局集中收看', '县十七届人大第三次会议直播盛况', lead]);
    expect(found.title).toBe('县交通运输局集中收看 县十七届人大第三次会议直播盛况');
  });

  it("an e-paper's edition date above the headline, and the counters and names between it and the text", () => {
    expect(extractArticle(['第二版:要闻', '2025年09月28日', '“空中课堂”让交通安全“声”入人心', '阅读量:210', '本文字数:678', lead]).title).toBe('“空中课堂”让交通安全“声”入人心');
    expect(extractArticle(['云报平台', '内容详情', '2019年01月09日', '我县城乡公交行政村通达率达100%', '阅读数:979 本文字数:301', lead]).title).toBe('我县城乡公交行政村通达率达100%');
    const paper = ['第11版:聚焦三农 上一版3 4下一版', '标题导航', '返回经济网首页 | 版面导航 | 标题导航', '上一版3 4下一版 2013年5月24日 星期 放大 缩小 默认', '全国夏收夏种气象服务启动', '鲍晓倩', lead];
    expect(extractArticle(paper).title).toBe('全国夏收夏种气象服务启动');
    // (A stamp with its time under a byline is no edition date: the headline is above it.)
    expect(extractArticle(['长安镇将于11月20日举行森林火灾应急演练活动', '欢乐长安', '2025-11-19 15:25:12', '关于开展长安镇2025年森林火灾', '应急演练活动的公告', lead]).title).toBe('长安镇将于11月20日举行森林火灾应急演练活动');
  });

  it("the day's date and weather, and an e-paper's bar of widgets with the date", () => {
    expect(extractArticle(['4月25日 (星期四)27°C 79', '日期:', '下一篇 》', '中銀香港去年多賺17.8%至270.54億元末期息91仙', '30/3/2023 16:56', lead])).toMatchObject({ title: '中銀香港去年多賺17.8%至270.54億元末期息91仙', publishedAt: '2023-03-30T16:56:00+08:00' });
    const bar = '3上一篇 下一篇4 2010年3月26日 新闻热线 010-63702122 放大 缩小 默认';
    expect(extractArticle([bar, '返回版面', '各地掀起春季农业生产的热潮', lead]).publishedAt).toBe('2010-03-26T00:00:00+08:00');
  });

  it("a site's greeting and an edition line are not the headline", () => {
    expect(extractArticle(['您好,欢迎来到陕西共青团!', '团旗 团徽 团歌 团章', '您现在的位置: 首页 > 资讯列表 > 详情页', '周至县纪念五四运动93周年表彰大会圆满召开', '更新时间:12年05月04日 点击数:527', lead]).title).toBe('周至县纪念五四运动93周年表彰大会圆满召开');
    expect(extractArticle(['第2b版:本地 上一版 下一版', '安海开展节前燃气安全隐患排查', lead]).title).toBe('安海开展节前燃气安全隐患排查');
  });

  it('a headline the layout broke over two lines is read whole', () => {
    const notice = extractArticle(['关于做好2024年春节期间', '安全生产工作的通知', '发布日期：2024-01-20', '各县(市、区)人民政府,市政府各部门:', para]);
    expect(notice.title).toBe('关于做好2024年春节期间安全生产工作的通知');
    expect(extractArticle(['我县召开2024年全县安全生产暨', '森林防火工作会议', '2024-03-12 来源：县应急局', para]).title).toBe('我县召开2024年全县安全生产暨森林防火工作会议');
    expect(extractArticle(['第A02版：要闻', '我市开展“安全生产', '月”主题宣传活动', '作者：本报记者 张三', para]).title).toBe('我市开展“安全生产月”主题宣传活动');
    // (A kicker over a whole headline is not joined to it.)
    expect(extractArticle(['第A02版：要闻', '学习贯彻党的二十大精神', '市委常委会召开会议', '作者：本报记者 张三', para]).title).toBe('市委常委会召开会议');
  });

  it("what a browser tab, a news list or a press release adds after the headline is dropped", () => {
    expect(extractArticle(['台灣大申請展延繳回超頻頻寬期限 NCC駁回 - 臺北市 - 自由時報電子報', '2024/03/12 10:30', lead]).title).toBe('台灣大申請展延繳回超頻頻寬期限 NCC駁回');
    expect(extractArticle(['粵港澳三地海上搜救聯合演習順利完成(附圖)', '2024年3月12日', lead]).title).toBe('粵港澳三地海上搜救聯合演習順利完成');
    expect(extractArticle(['新年出遊 天星小輪逼爆 (21:50)', '2024-01-01', lead]).title).toBe('新年出遊 天星小輪逼爆');
    expect(extractArticle(['2023年春节假期移动数据流量保持增长******', '2024-01-01', lead]).title).toBe('2023年春节假期移动数据流量保持增长');
    expect(extractArticle(['周口市世界读书日系列活动即将启动,85项文化活动助力书香周口建设→', '2024-01-01', lead]).title).toBe('周口市世界读书日系列活动即将启动,85项文化活动助力书香周口建设');
    // (After a tag and its bar, a short phrase with its comma is the headline's, not a tab's section.)
    expect(extractArticle(['上班路上 听听税月 | 税收宣传,我们一直在路上', '2024-01-01', lead]).title).toBe('上班路上 听听税月 | 税收宣传,我们一直在路上');
    expect(extractArticle(['全市安全生产工作会议召开 | 应急管理', '2024-01-01', lead]).title).toBe('全市安全生产工作会议召开');
    // A site with its English name, or the writer, after a hyphen spaced on both sides (headlines join a subtitle with ——).
    expect(extractArticle(['方天兴:成立77年建国路同行 证明潮籍同胞贡献 - 中国报 Eastcoast China Press', '2024-01-01', lead]).title).toBe('方天兴:成立77年建国路同行 证明潮籍同胞贡献');
    expect(extractArticle(['教會元首,基督君王 -- 楊俊強先生', '2024-01-01', lead]).title).toBe('教會元首,基督君王');
    expect(extractArticle(['屏東縣政府輔導社區參與農村再生計畫 潘孟安視察武洛社區 - 趣味新聞網', '2024-01-01', lead]).title).toBe('屏東縣政府輔導社區參與農村再生計畫 潘孟安視察武洛社區');
    expect(extractArticle(['依法预防接种,享受健康生活 ——邗江疾控中心开展全国“儿童预防接种日”宣传', '2024-01-01', lead]).title).toBe('依法预防接种,享受健康生活 ——邗江疾控中心开展全国“儿童预防接种日”宣传');
    // (Two names after a spaced dash that are no site are the headline's: "长江 - 黄河 - 珠江流域治理".)
    expect(extractArticle(['三江并进 - 长江 - 黄河流域治理', '2024-01-01', lead]).title).toBe('三江并进 - 长江 - 黄河流域治理');
  });

  it('a headline that names an official app or website keeps all its words', () => {
    expect(extractArticle(['国家反诈中心官方APP正式上线运行', '2024-10-04', lead]).title).toBe('国家反诈中心官方APP正式上线运行');
    expect(extractArticle(['教育部官网发布2024年高考报名人数', '2024-10-04', lead]).title).toBe('教育部官网发布2024年高考报名人数');
  });

  it("a headline may open with a place, a topic or a speaker before a colon, however short what follows; a form's field may not", () => {
    expect(extractArticle(['社会民生', '家门口的“文化加油站”', '新坝镇:“农家书屋”飘书香', '2024-03-12 来源：扬州日报', lead]).title).toBe('新坝镇:“农家书屋”飘书香');
    expect(extractArticle(['“大道康庄”吉林篇', '吉林榆树:水满田畴稻叶齐', '2020年07月13日08:26 来源：人民网', lead]).title).toBe('吉林榆树:水满田畴稻叶齐');
    expect(extractArticle(['中共中央宣传部委托新华通讯社主办', '大兴国际机场:凤凰展翅通四海', '2024-10-04 来源：新华网', lead]).title).toBe('大兴国际机场:凤凰展翅通四海');
    expect(extractArticle(['网友吐槽:双11买的奶粉现在都没到', '史上最慢快递:去年买的衣服今年才送到 网友调侃:要感谢马云为你催包裹', '2016-11-21 来源：3News', lead]).title).toBe('史上最慢快递:去年买的衣服今年才送到 网友调侃:要感谢马云为你催包裹');
    // (A field: its label is a field's word, in English, or in an archive's brackets, or its value a code.)
    expect(extractArticle(['发文机关: 市发改委', '市发改委召开安全生产会议', '2024-03-12', lead]).title).toBe('市发改委召开安全生产会议');
    expect(extractArticle(['Changde Leaders Investigate Rural Revitalization', 'Source:常德政府网 Date:2021-08-12 10:30:06', lead]).title).toBe('Changde Leaders Investigate Rural Revitalization');
    expect(extractArticle(['主题分类: 安全生产', '市应急局召开安全生产会议', '2024-03-12', lead]).title).toBe('市应急局召开安全生产会议');
  });

  it('a trail that ends with the headline names it, over a user name above it', () => {
    const found = extractArticle(['问答网首页 > 最新热搜 > 深圳 > 又是一年丰收季 赣南脐橙正式开摘', '星恋影随星恋影随', '又是一年丰收季 赣南脐橙正式开摘', lead, para]);
    expect(found).toMatchObject({ title: '又是一年丰收季 赣南脐橙正式开摘', column: '深圳' });
  });

  it('a line opening with the home page is the menu, not the headline; 正在阅读: names the headline', () => {
    expect(extractArticle(['首页平安资讯平安要闻平安高层热点观察他山之石', '平安警讯', '', '警方全城搜索,逮住狡猾嫌犯', lead, para]).title).toBe('警方全城搜索,逮住狡猾嫌犯');
    expect(extractArticle([lead, '图为执法人员对涉嫌超限超载运输车辆进行检测', '扫描二维码随身看资讯', '正在阅读: 市交通运输局:我市进一步加大春运期间公路治超执法力度']).title).toBe('市交通运输局:我市进一步加大春运期间公路治超执法力度');
  });

  it("a photo's caption with its credit, a full stop inside, is not the headline", () => {
    expect(extractArticle(['参加国庆安保暨维稳誓师动员大会的武警官兵整装待发。新华社发', '国务院安委会开展全国安全生产大检查', lead, para]).title).toBe('国务院安委会开展全国安全生产大检查');
  });

  it("a cookie or language notice opening the page is not its first paragraph: the headline is over the date", () => {
    const found = extractArticle(['本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明。', 'こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。', '中央社一手新聞APP Icon中央社一手新聞APP', '下載', '亞太借網台灣大 NCC再各罰240萬', '2017/5/24 15:58', lead, para]);
    expect(found).toMatchObject({ title: '亞太借網台灣大 NCC再各罰240萬', publishedAt: '2017-05-24T15:58:00+08:00' });
  });

  it('a headline of two characters is read, rather than a sentence of the body', () => {
    expect(extractArticle(['春耕', '2024-03-12 来源：南阳日报', lead, para]).title).toBe('春耕');
  });

  it('brackets around the whole headline are not part of it; a tag before it is', () => {
    expect(extractArticle(['【市政府召开全市安全生产工作会议】', '2024-03-12', para]).title).toBe('市政府召开全市安全生产工作会议');
    expect(extractArticle(['【重庆】市政府召开全市安全生产工作会议', '2024-03-12', para]).title).toBe('【重庆】市政府召开全市安全生产工作会议');
  });

  it("a byline, a site's address, or a headline with its date in brackets", () => {
    expect(extractArticle(['2026年01月26日 第08版:视觉新闻', '生活因高铁而改变', '记者 张猛 /文 通讯员 马东雷/图', lead]).title).toBe('生活因高铁而改变');
    const found = extractArticle(['日照信息网 HTTP://WWW.RIZHAO.CC', '设为首页 加为收藏 联系我们', '时事快讯', '日照山村群众实现清洁取暖(2013年12月08日)', lead, para]);
    expect(found).toMatchObject({ title: '日照山村群众实现清洁取暖', publishedAt: '2013-12-08T00:00:00+08:00' });
  });

  it("a picture's controls above the headline are not it", () => {
    expect(extractArticle(['時事脈搏', '放大圖片', '楊彧辭民協署理主席', '2021-12-21 21:16', para]).title).toBe('楊彧辭民協署理主席');
  });

  it('a section or an edition beside the date above the headline places the headline under it', () => {
    expect(extractArticle(['« 返回前頁列印', '時事脈搏 | 2021-12-21 21:16', '楊彧辭民協署理主席', '放大圖片', lead]).title).toBe('楊彧辭民協署理主席');
    expect(extractArticle(['2026年01月26日 第08版:视觉新闻', '• 冰天雪地 舞动龙江', '□文/本报记者 郭俊峰 摄/本报记者 郭俊峰 张澍', lead]).title).toBe('冰天雪地 舞动龙江');
  });
});

describe('import: the column, only from a trail or a label', () => {
  it('a trail the headline runs on after, or that lost its home page\'s link, gives its column', () => {
    const story = ['发布时间: 2026-02-17 | 更新时间: 2026-02-17', lead, para];
    expect(extractArticle(['东盟全景—东盟资讯门户', '首页 > 华侨华人 > 中国驻宿务总领事馆举办“温暖迎春·共庆中国年”春节招待会', '中国驻宿务总领事馆举办“温暖迎春·共庆中国年”春节招待会', ...story]).column).toBe('华侨华人');
    expect(extractArticle(['视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会    2011-05-31 00:00:00    浏览', '我市召开乡镇行政区划调整工作动员大会', ...story]).column).toBe('中国乐清网');
    expect(extractArticle(['首页 -馆内动态', '流动图书进乡村 夯实全民阅读', ...story]).column).toBe('馆内动态');
    expect(extractArticle(['> 城市', '甘肃开展网络主题宣传活动', ...story]).column).toBe('城市');
    // (A section's name alone is no trail.)
    expect(extractArticle(['城市', '甘肃开展网络主题宣传活动', ...story]).column).toBe('');
  });

  const page = (...lines: string[]) => extractArticle([...lines, '2024-03-12 来源：南阳日报', para]);

  it('the last step of a trail, past the article\'s own step', () => {
    expect(page('网站首页 > 资讯频道 > 正文阅读 >', '全国邮政业安全生产会议召开').column).toBe('资讯频道');
    expect(page('首頁 > 文章 > 正文', '新年假期郵政服務安排').column).toBe('文章');
    expect(page('本页位置: 首页 > 新闻中心 > 地方新闻', '全国邮政业安全生产会议召开').column).toBe('地方新闻');
    expect(page('首页社会头条 • 正文', '全国邮政业安全生产会议召开').column).toBe('社会头条');
  });

  it('a trail set with spaces, with arrows lost to question marks, over lines, or ending with the headline', () => {
    expect(page('首页 原创 正文', '全国邮政业安全生产会议召开').column).toBe('原创');
    expect(page('首頁 ? 縣區之窗 ? 商南縣', '全国邮政业安全生产会议召开').column).toBe('商南縣');
    expect(page('当前位置:', '首页', '>镇街信息', '索引号: 11371202004357314Q/2025-00852', '全国邮政业安全生产会议召开').column).toBe('镇街信息');
    expect(page('首頁 > 新聞 > 社會 > 【廣電快訊】2020中國朝鮮族秋夕文化活動在和龍舉行', '【廣電快訊】2020中國朝鮮族秋夕文化活動在和龍舉行').column).toBe('社會');
    expect(page('临沂经济网 >> 县区 >> 浏览文章县区频道', '全国邮政业安全生产会议召开').column).toBe('县区');
    // (A position label with nothing after it, over a sidebar's heading, names no column.)
    expect(page('当前位置:', '随机文章', '搜索', '全国邮政业安全生产会议召开').column).toBe('');
  });

  it('a trail that lost its separators is cut after the words column names end with', () => {
    expect(page('本页位置: 首页新闻中心地方新闻', '全国邮政业安全生产会议召开').column).toBe('地方新闻');
    expect(page('您的位置:新闻市州动态襄阳正文', '全国邮政业安全生产会议召开').column).toBe('襄阳');
    expect(page('当前位置:首页>社会>正文', '全国邮政业安全生产会议召开').column).toBe('社会');
  });

  it('a trail with spaced slashes through the home page', () => {
    expect(page('高职高专动态 学院首页 / 高职高专动态 / 正文', '全国邮政业安全生产会议召开').column).toBe('高职高专动态');
  });

  it('a trail joined by dashes, underscores or double colons, from the home page', () => {
    expect(page('当前位置:首页-新闻中心-工作动态', '全国邮政业安全生产会议召开').column).toBe('工作动态');
    expect(page('当前位置：首页_新闻中心_区县动态', '全国邮政业安全生产会议召开').column).toBe('区县动态');
    expect(page('首页 - 新闻中心 - 乡镇动态', '全国邮政业安全生产会议召开').column).toBe('乡镇动态');
    expect(page('首页 :: 政务公开 :: 通知公告', '全国邮政业安全生产会议召开').column).toBe('通知公告');
    // (A dash inside a step of an arrowed trail stays in it; two names joined by a dash are no trail.)
    expect(page('首页 > 专题 > 2024-2025学年', '全国邮政业安全生产会议召开').column).toBe('2024-2025学年');
    expect(page('中国经济导报-中国发展网', '全国邮政业安全生产会议召开').column).toBe('');
  });

  it("a trail's last step, without the widgets or the date printed beside it, the article's own step or the headline cut short", () => {
    expect(page('当前位置：首页 > 新闻中心 > 工作动态 字号：大 中 小', '全国邮政业安全生产会议召开').column).toBe('工作动态');
    expect(page('当前位置：首页 > 新闻中心 > 乡镇动态    2024-03-12 星期二', '全国邮政业安全生产会议召开').column).toBe('乡镇动态');
    expect(page('当前位置：首页 > 新闻 今天是2024年3月12日 星期二', '全国邮政业安全生产会议召开').column).toBe('新闻');
    expect(page('当前位置:首页 > 通知公告 > 详情 | 打印 | 关闭', '全国邮政业安全生产会议召开').column).toBe('通知公告');
    expect(page('首页 >> 新闻中心 >> 部门动态 >> 信息详情', '全国邮政业安全生产会议召开').column).toBe('部门动态');
    expect(page('当前位置：首页>>新闻>>本地新闻>>当前文章', '全国邮政业安全生产会议召开').column).toBe('本地新闻');
    expect(page('当前位置： 网站首页 >> 县区动态 >> 查看信息', '全国邮政业安全生产会议召开').column).toBe('县区动态');
    expect(page('首页 > 新闻中心 > 工作动态 > 全国邮政业安全生产会…', '全国邮政业安全生产会议召开').column).toBe('工作动态');
    // (A word set apart by a space after the last arrow is a step; 信息浏览 is a column's name.)
    expect(page('首页 > 资讯中心 交通', '全国邮政业安全生产会议召开').column).toBe('交通');
    expect(page('首页 > 太湖县人民政府办公室信息公开 > 信息浏览', '全国邮政业安全生产会议召开').column).toBe('信息浏览');
    expect(extractArticle(['全国邮政业安全生产会议召开', '当前栏目：工作动态', '发布日期: 2025-04-10', para]).column).toBe('工作动态');
  });

  it("a trail set with spaces after the site's name, or ending with a headline of sixteen characters or more", () => {
    expect(page('阜阳新闻网 首页 要闻 查看内容', '物流基地铺轨忙').column).toBe('要闻');
    expect(page('视频首页>>中国乐清网>>我市召开乡镇行政区划调整工作动员大会    2', '视频简介').column).toBe('中国乐清网');
    expect(page('首页 > 生产安全事故应对处置信息', '全国邮政业安全生产会议召开').column).toBe('生产安全事故应对处置信息');
  });

  it('names joined by a dot are no trail', () => {
    expect(page('电力18 • 新闻', '全国邮政业安全生产会议召开').column).toBe('');
    expect(page('全国邮政业安全生产会议召开', '閩東日報•新寧德客戶端 記者 鄭霄').column).toBe('');
  });

  it('a section with its arrow alone above the headline, or a 栏目/分类 label', () => {
    expect(page('电力>>', '国网鸡泽县供电公司电线杆上度“中秋”')).toMatchObject({ column: '电力', title: '国网鸡泽县供电公司电线杆上度“中秋”' });
    expect(page('更多>>', '全国邮政业安全生产会议召开').column).toBe('');
    expect(extractArticle(['全国邮政业安全生产会议召开', '2010/1/6 16:43:13 次浏览 分类:政府动态    来源:本站', para]).column).toBe('政府动态');
    expect(extractArticle(['全国邮政业安全生产会议召开', '来源:热带地理 栏目:期刊导读 时间:2021-04-01', para]).column).toBe('期刊导读');
    expect(extractArticle(['组配分类:', '工作动态', '全国邮政业安全生产会议召开', '发布日期: 2025-04-10', para]).column).toBe('工作动态');
  });

  it("a trail in the footer, far under the headline, is not the article's", () => {
    expect(extractArticle(['全国邮政业安全生产会议召开', '2024-03-12 来源：南阳日报', para, lead, para, '首页 > 关于我们 > 联系我们', '版权所有 南阳日报社']).column).toBe('');
  });

  it("a catalogue's subject class, or a section named alone, is no column", () => {
    expect(extractArticle(['全国邮政业安全生产会议召开', '主题分类: 市场监管、安全生产监管 发布时间: 2022-06-16', para]).column).toBe('');
    expect(extractArticle(['時事脈搏 | 2021-12-21 21:16', '楊彧辭民協署理主席', para]).column).toBe('');
    expect(page('工作动态', '全国邮政业安全生产会议召开').column).toBe('');
  });
});

describe('import: the publish date among the dates of a page', () => {
  it('the same day written twice, once with its time, keeps the time', () => {
    const found = extractArticle(['福安召开安全生产会议', '发布时间:2023年09月15日来源:本站原创作者:福安新闻网', '来源:本站原创发布时间:2023-09-15 09:46:13', para]);
    expect(found.publishedAt).toBe('2023-09-15T09:46:13+08:00');
  });

  it("a notice's numbered item says when its event is, not when it was published", () => {
    const found = extractArticle(['海曙区章水镇人民代表大会主席团公告', '根据年度工作安排，定于2020年9月1日举行代表接待日活动，现将有关事项公告如下：', '1、时间:2020年9月1日上午8点30分至11点。', '2、地点:章水镇人大代表联络站。', para]);
    expect(found.publishedAt).toBe('');
  });

  it('a date line the body took in at its top (under a browser notice or a caption) dates the article when the header has none', () => {
    const found = extractArticle(['台灣大申請展延繳回超頻頻寬期限 NCC駁回', '為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器，以獲得更好的閱讀體驗。', '2024/05/15 15:42', para, para.slice(3)]);
    expect(found.publishedAt).toBe('2024-05-15T15:42:00+08:00');
  });

  it('a two-digit year is read only with its time', () => {
    expect(extractArticle(['爆竹声中一岁除', '20-02-04 01:40 來源:人民網 編輯:宋芳科', para]).publishedAt).toBe('2020-02-04T01:40:00+08:00');
    expect(extractArticle(['爆竹声中一岁除', '编号 20-02-04', para]).publishedAt).toBe('');
  });

  it('a two-digit year written with 年月日, and a form row of bracketed labels, give the date', () => {
    expect(extractArticle(['周至县纪念五四运动93周年表彰大会圆满召开', '更新时间:12年05月04日 点击数:527', para]).publishedAt).toBe('2012-05-04T00:00:00+08:00');
    const row = '[ 索 引 号 ] tanchengajj/2025-0000040 [ 发布机构 ] 郯城县应急管理局 [ 公开日期 ] 2025-06-12 [ 有 效 性 ] 有效';
    expect(extractArticle(['当前位置: 首页 >> 政府开放日 >> 正文', '郯城县成功举办危险化学品事故综合应急演练', row, para]).publishedAt).toBe('2025-06-12T00:00:00+08:00');
  });

  it('a meta line run into the first paragraph gives its date; a date inside a sentence does not', () => {
    expect(extractArticle(['中欧班列打开了对“美好生活”的向往', `铁路评论 2021-02-28 10:36:37 161浏览 作者:谢俊${para}`, para]).publishedAt).toBe('2021-02-28T10:36:37+08:00');
    expect(extractArticle(['省局召开安全生产会议', `会议指出，2021-02-28 10:36起，${para}`, para]).publishedAt).toBe('');
  });

  it('a day alone on its line takes the time alone on the next (a press release signed 香港时间12时00分)', () => {
    const found = extractArticle(['香港邮政发行特别邮票(附图)', lead, para, '2023年12月4日(星期一)', '香港时间12时00分']);
    expect(found).toMatchObject({ title: '香港邮政发行特别邮票', publishedAt: '2023-12-04T12:00:00+08:00' });
  });

  it('a time of day written with 上午 or 下午 is read on the twelve-hour clock', () => {
    expect(extractArticle(['省局召开安全生产会议', '时间：2024年3月12日 下午3:30 来源：市应急管理局', para]).publishedAt).toBe('2024-03-12T15:30:00+08:00');
    expect(extractArticle(['省局召开安全生产会议', '发布时间：2024年3月12日 上午9:30', para]).publishedAt).toBe('2024-03-12T09:30:00+08:00');
  });

  it("the day's widget (今天是…) never dates the article, even when the page has no other date", () => {
    expect(extractArticle(['今天是2024年3月20日 星期三', '首页 > 新闻中心 > 工作动态', '省局召开安全生产会议', '来源：市应急管理局', para]).publishedAt).toBe('');
    expect(extractArticle(['今天是：2024年3月20日', '省局召开安全生产会议', '发布时间：2024-03-12', para]).publishedAt).toBe('2024-03-12T00:00:00+08:00');
  });

  it("with no date above the body, a line naming the headline beside a date (an e-paper's catalogue line) dates it", () => {
    const found = extractArticle(['浙江日报 数字报纸', '00003版:要闻', '浙江邮政抓实党组织有效覆盖', para, para.slice(4), '浙江日报 要闻 00003 浙江邮政抓实党组织有效覆盖 2019-01-25 9337013 2 2019年01月25日 星期五']);
    expect(found).toMatchObject({ title: '浙江邮政抓实党组织有效覆盖', publishedAt: '2019-01-25T00:00:00+08:00' });
    // (Another headline's date, in a list under the article, does not.)
    expect(extractArticle(['浙江邮政抓实党组织有效覆盖', para, '上一篇：浙江邮政召开年度工作会议 2019-01-20']).publishedAt).toBe('');
  });

  it('a date among counters on a line the rules call chrome, under the headline, is the date', () => {
    const found = extractArticle(['• 关注公众号', '• 访问小程序', '喜报|我市3个“妇女儿童之家”获得省级荣誉', '2023-11-29 10:45:19 浏览:226次 【  发布者: 哎呦歪', para, para.slice(5), '责任编辑:张三 来源:铜川妇联']);
    expect(found).toMatchObject({ title: '喜报|我市3个“妇女儿童之家”获得省级荣誉', publishedAt: '2023-11-29T10:45:19+08:00' });
  });
});
