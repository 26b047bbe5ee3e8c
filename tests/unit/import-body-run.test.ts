import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/import/extract';

// Where the article's run of lines starts and stops, on line forms met on government portals,
// newspapers' sites and reprint portals (as a browser's "select all, copy" gives them).
const head = ['首页 | 新闻中心 | 政务公开', '当前位置:首页 > 工作动态 > 正文', '县公安局开展春运交通安全宣传活动', '发布时间:2022-01-18 09:30 来源:县公安局'];
const p1 = '1月17日,为期40天的2022年春运拉开帷幕,县公安局交管大队在全县开展道路交通宣传活动,全力保障群众平安出行。';
const p2 = '在汽车客运服务站里,民警正在给站内乘客派发“新年红包”,红包里装的是交通安全提示卡和口罩。';

const bodyOf = (lines: string[]) => extractArticle(lines).body;

describe('import: where the body starts', () => {
  it("a photo's caption over the first paragraph, one short sentence without a clause, is not the opening", () => {
    expect(bodyOf([...head, '民警派发安全出行“新年红包”。', '车流在民警指挥下井然有序。', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, '后池新愚公希望小学举行升旗仪式。(资料图片)', '■学习贯彻十九大精神 写好教育奋进之笔 特别报道', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, '可可西里的高原精灵。', '“邂逅”雪豹。(图片除署名外均由三江源国家公园管理局提供)', p1, p2])).toEqual([p1, p2]);
  });

  it("a television story's one-sentence opening that says when (澳门轻轨石排湾线今日通车。) is its first paragraph, not a caption", () => {
    for (const lead of ['澳门轻轨石排湾线今日通车。', '全省春运昨日正式启动。', '国务院常务会议日前召开。']) expect(bodyOf([...head, lead, p1, p2])[0], lead).toBe(lead);
  });

  it("a photo's caption closed by its source in brackets (…。(新华社), …。(取自新浪微博@新华视点)) is not the opening, clauses and all", () => {
    for (const caption of ['大陆海关总署25日说明,称建设“东中西协同、海陆空联动”外贸口岸已日趋完善。(新华社)', '大陆邮政部门预估“双十一”将产生28亿网购快件。(取自新浪微博@新华视点)', '2月10日,旅客在南昌西站候车。(中新社)']) {
      expect(bodyOf([...head, caption, p1, p2]), caption).toEqual([p1, p2]);
    }
    // (A story's source closing its last paragraph is the story's.)
    expect(bodyOf([...head, p1, '记者从县交通运输局获悉,春运期间全县共投入客运车辆320辆。(新华社)']).at(-1)).toBe('记者从县交通运输局获悉,春运期间全县共投入客运车辆320辆。(新华社)');
  });

  it("captions over the byline are not the story, which starts under its byline", () => {
    const captions = ['龙南关西围屋的老人向汴梁晚报记者展示手工缝制的衣服。', '在赣州市灶儿巷,一名用红背带背孩子的客家妇女引起了记者的好奇。', '汴梁晚报记者与客家妇女聊天。'];
    expect(bodyOf(['在赣州,感受到了浓浓的客家味!', '【版次】第A06版:晚报之眸', ...captions, '○记者刘念海文/图', p1, p2])).toEqual([p1, p2]);
  });

  it("a lead's summary in sentences over the byline (a magazine's points, ◆ …) is not the story, which starts under its byline", () => {
    const points = [
      '◆ 乡村医疗卫生机构和人员的“空白点”历史性全面消除。全国正以县域为单位,根据服务人口和服务半径,合理布局医疗卫生机构,打造15分钟医疗服务圈。',
      '◆ 农村医疗卫生机构设施和人才的薄弱处持续性得到加强。患者用脚投票,留在了基层,当前居民县域内就诊率超过90%。',
    ];
    expect(bodyOf(['推开乡村健康门', '2024-05-20 10:12', ...points, '文 :《瞭望》新闻周刊记者 张冉燃 徐弘毅', p1, p2])).toEqual([p1, p2]);
    // (A byline with its date: "记者陈钟声/嘉县报导-2017-06-29 17:44:53", under a photo's caption in sentences.)
    const caption = '嘉县警局林清求局长获报破案,立即前往布袋分局颁发破案茶,鼓舞士气,表彰破案有功人员。(图/嘉义县警局提供,2017.06.29)';
    expect(bodyOf(['员警机警查获枪、毒犯 警长立颁破案茶', caption, '记者陈钟声/嘉县报导-2017-06-29 17:44:53', p1, p2])).toEqual([p1, p2]);
    // (A source under paragraphs closes the story above it: the site's words under the source are not the story.)
    const notice = '大陆桥物流联盟公共信息平台致力于为会员单位提供物流信息服务,欢迎各会员单位、合作媒体和广大读者投稿,稿件请注明作者、单位和联系电话,一经采用即付稿酬,联系电话0518-12345678,电子邮箱见首页。';
    expect(bodyOf([...head, p1, p2, `${p1}${p2}`.slice(0, 60) + '。', '(来源:中国交通在线)', notice])[0]).toBe(p1);
  });

  it("a story's opening with its reporter in brackets (本网讯(记者:张源)…) is its first paragraph, and names the author", () => {
    const lead = '本网讯(记者:张源)10月13号,是第32个国际减灾日。遂平县应急管理局、公安局、县消防大队等相关部门联合开展国际减灾日集中宣传活动。';
    const page = extractArticle(['遂平:多部门联合开展国际减灾日集中宣传活动', '编辑:李慧勤 时间:10/14/2021 9:01:23 AM 浏览:759', '00070.MTS_20211014_093314.813_副本.jpg', lead, '00058.MTS_20211014_092618.932_副本.jpg', p1, p2]);
    expect(page.body).toEqual([lead, p1, p2]);
    expect(page.author).toBe('张源');
  });

  it("a story opens with its dateline (央视网消息:…), not with the site's widget sentence or the headline repeated above it", () => {
    const lead = '央视网消息:通过一组数据来看看现在中国快递业的实力:1秒钟,平均产生5700多件快递,1天7.29亿件。';
    expect(bodyOf(['1秒5700件,1天7.29亿件!透过数据看中国快递业效率与创新的双重突破', '时间:2025-04-22 11:16:03 来源:央视网', '打开微信,点击“发现”,使用“扫一扫”即可将网页分享至朋友圈。', '1秒5700件,1天7.29亿件!', lead, p1, p2])).toEqual([lead, p1, p2]);
  });

  it('a name and a time without a year under the headline is its meta line, not the opening', () => {
    expect(bodyOf(['首页 原创 正文', '昆明市气象局三部门3月21日起对外开放 需提前预约', '昆明信息港 03-16 13:08:57', p1, p2])).toEqual([p1, p2]);
  });

  it('a subtitle under the headline and a note in brackets over a speech are not its opening', () => {
    expect(bodyOf([...head, '——在第26个中国记者节到来之际,与新闻工作者一起回望石狮五年来发展变迁的脚印', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, '(2015年7月7日,根据录音整理)', p1, p2])).toEqual([p1, p2]);
  });

  it("a description that repeats the first paragraph's beginning is not the opening", () => {
    expect(bodyOf([...head, '1月17日,为期40天的2022年春运拉开帷幕,县公安局交管大队在全县开展道路交通宣传活动…', p1, p2])).toEqual([p1, p2]);
  });

  it("the article's paragraphs run together on one line over them (a page's description printed whole) are read once, as its paragraphs", () => {
    expect(bodyOf([...head, `${p1} ${p2}`, p1, p2])).toEqual([p1, p2]);
  });

  it("an article set out in sections opens with its first section's heading; a kicker over an article without sections does not", () => {
    const sections = ['打防相依 斗智斗勇惩不法', p1, '歹徒的嚣张,村民的恐慌', p2];
    expect(bodyOf([...head, ...sections])).toEqual(sections);
    expect(bodyOf([...head, '一、工作开展情况', p1, '二、下一步工作打算', p2])).toEqual(['一、工作开展情况', p1, '二、下一步工作打算', p2]);
    // (A part's numbered heading over its first section's heading opens it too: a company's report, "01. 背景" / "1)运维转型背景".)
    const parts = ['01. 背景', '1)运维转型背景', p1, '2)智能助手的诞生', p2];
    expect(bodyOf([...head, ...parts])).toEqual(parts);
    expect(bodyOf([...head, '平安春运 温暖回家', p1, p2])).toEqual([p1, p2]);
    // (A section's name spaced out by the site, "中 心 动 态", is no heading of the article's.)
    expect(bodyOf([...head, '中 心 动 态', p1, '民警提醒 安全出行', p2])[0]).toBe(p1);
    // (A kicker right under the headline, above its meta lines, is not a section's heading.)
    expect(bodyOf(['私宅民声被听见', '实况报道', p1, '官民沟通寻求双赢', p2])[0]).toBe(p1);
  });

  it("a lead's points opened with a bullet (◆…) over paragraphs that have none are not the opening; a story told in bulleted items is", () => {
    const point = '◆城市大脑最终可能要为城市生活打造一个数字化的界面。在如此庞杂的数据中,如何利用好市场和政府两只手,如何推进政府和企业合作?';
    expect(bodyOf([...head, point, p1, p2])).toEqual([p1, p2]);
    const items = [`◆${p1}`, `◆${p2}`];
    expect(bodyOf([...head, ...items])).toEqual(items);
  });

  it('a sentence that runs on with a dash into the first paragraph opens the article', () => {
    const opening = '历史总能找到一些相似之处——';
    const p0 = '两千年前,西汉的驼队满载中国的丝绸陶瓷,途径哈萨克斯坦广袤的土地,开创了联通东西方的丝绸之路。';
    expect(bodyOf([...head, opening, p0, p1])).toEqual([opening, p0, p1]);
  });

  it('a question or a quotation that opens a story is its first paragraph', () => {
    expect(bodyOf([...head, '你知道世界上第一枚邮票长什么样吗?', p1, p2])[0]).toBe('你知道世界上第一枚邮票长什么样吗?');
  });

  it('a field line under the headline ("作 者:…", "用户:…") and a summary box are not the opening', () => {
    expect(bodyOf([...head, '作 者:通信信息报', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, '生活 用户:蒲惇坚 6758℃', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, `摘要:${p1}`, p1, p2])).toEqual([p1, p2]);
    // A paper's own abstract, not the article's sentences repeated, is its text.
    const abstract = '摘要:本文通过对武汉市政民网际互动平台、制度及典型案例的考察,从政府形象的视角总结与分析政民网际互动的问题,进而提出相应的对策。';
    expect(bodyOf([...head, abstract, p1, p2])[0]).toBe(abstract);
    // (A journal's or a library's page sets its labels in square brackets with no colon: "[摘要] …", "[关键词] …", "【导读】…".)
    expect(bodyOf([...head, `[摘要] ${p1}`, '[关键词] 春运 交通安全 宣传', p1, p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, `【导读】${p1}`, p1, p2])).toEqual([p1, p2]);
  });

  it("the headline printed again and a writer's name alone over the first paragraph (谭洁, 江小平 周卓见*, 李德琳 报道:) are not the opening", () => {
    for (const name of ['谭洁', '江小平 周卓见*', '李德琳 报道:', '县融媒体中心']) expect(bodyOf([...head, name, p1, p2]), name).toEqual([p1, p2]);
    // (A county library's page prints the headline again between its date and its writer.)
    expect(bodyOf([...head, '县公安局开展春运交通安全宣传活动', '谭洁', p1, p2])).toEqual([p1, p2]);
    // (Nor is a second headline with no clause and no closing mark, its words set apart by ! / : as headlines set them.)
    for (const second of ['全线告急!多图直击鄱阳湖东西两岸决口抢险', '澎湖爆报/县长宣誓就职暨交接典礼于12月25日上午举行 民政处:欢迎县民踊跃前往观礼', '春运首日:全县客流平稳有序']) {
      expect(bodyOf([...head, second, p1, p2]), second).toEqual([p1, p2]);
    }
    // (A numbered heading is the article's: "一、基本情况".)
    expect(bodyOf([...head, '一、基本情况', p1, '二、主要做法', p2])[0]).toBe('一、基本情况');
  });

  it("a speech's salutation opens it, though a colon after a word reads like a widget's label", () => {
    const report = ['沙沟镇2021年政府工作报告', '发布日期:2021-02-27', '政 府 工 作 报 告', '沙沟镇镇长 刘彦成', '各位代表:', '现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。', p1];
    expect(bodyOf(report)[0]).toBe('各位代表:');
    expect(bodyOf(['关于停水的通知', '发布时间:2024-07-10', '尊敬的市民们:', '由于城市给排水管网维护及设备更新升级要求,市政局计划于7月12日晚上10点开始,对全市进行停水24小时。', p2])[0]).toBe('尊敬的市民们:');
  });

  it('a notice that issues a document opens the body with its salutation, above its signature and the document', () => {
    const notice = [
      '市政府关于印发生态河湖行动实施方案的通知',
      '发布时间:2018-09-25 17:23',
      '各镇人民政府(办事处)、开发区管委会,市各相关部门、单位:',
      '《生态河湖行动实施方案(2018-2020年)》已经市政府同意,现予印发,请遵照执行。',
      '靖江市人民政府',
      '2018年5月14日',
      '(此件公开发布)',
      '生态河湖行动实施方案',
      '(2018-2020年)',
      '水是生态环境的控制性要素,河湖是水资源的载体,生态河湖建设是生态文明建设的基础内容,实施生态河湖行动,对建设和谐宜居城市具有重要意义。',
      '(一)指导思想。全面贯彻落实党的十九大精神,深入落实“节水优先、空间均衡、系统治理、两手发力”的治水思路,统筹推进河湖治理。',
    ];
    const body = bodyOf(notice);
    expect(body[0]).toBe('各镇人民政府(办事处)、开发区管委会,市各相关部门、单位:');
    expect(body.at(-1)).toBe(notice.at(-1));
  });
});

describe('import: where the body stops', () => {
  it('field lines under the last paragraph ("编 辑:…", "关键字搜索:…", "标签: …") are not the body', () => {
    expect(bodyOf([...head, p1, p2, '编 辑:周桂军', '关键字搜索:中国电信'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '標簽: 朝鮮族 和龍市 秋夕'])).toEqual([p1, p2]);
  });

  it('a short credit without a closing mark under the last sentence is not the body; a numbered heading cut by the copy is', () => {
    expect(bodyOf([...head, p1, p2, '文图据新华社、中新网', '扫一扫在手机打开当前页'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '1.“靠海吃海”的滨海文明', '在茹毛饮血的荒蛮时代人们就知道捡拾海边河畔的贝类']).slice(-2)).toEqual(['1.“靠海吃海”的滨海文明', '在茹毛饮血的荒蛮时代人们就知道捡拾海边河畔的贝类']);
  });

  it('the site speaking of itself under the article ends the body, whatever follows', () => {
    const other = '据了解,今年以来,全省邮政管理部门共检查快递网点1200余个,发现问题230个,已督促整改210个。';
    expect(bodyOf([...head, p1, p2, '未经许可或明确书面授权,任何人不得复制、转载、摘编、修改、链接读特客户端内容', other])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '[ 本作品中使用的图片等内容,如涉及版权,请致电。确认后将第一时间删除。]', other])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '更加详细情况,请关注本站最新动态。'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '标题:“湖北统筹安排抗疫特别国债近200亿元 用于疾控体系补短板强基层”'])).toEqual([p1, p2]);
  });

  it("a sentence of the story that names the site, closed with its full stop among paragraphs, does not end the body", () => {
    const p3 = '下一步,县公安局将持续加强春运期间道路交通安全管理,确保全县道路交通安全形势平稳有序。';
    // (A city portal's story calling readers to its app, a reprint desk's story about a reprint, a WeChat post's story about its account.)
    for (const line of ['欢迎广大市民请关注本网客户端获取更多信息。', '此前,该文章被本网转载后引发广泛关注,阅读量超过10万次。', '活动期间,本平台还将联合各媒体开展版权保护宣传,引导企业尊重原创。']) {
      expect(bodyOf([...head, p1, line, p2, p3]).at(-1), line).toBe(p3);
    }
    // (The rights notice under the last paragraph still ends it, whatever follows; so does one that reads as a sentence under it.)
    expect(bodyOf([...head, p1, p2, '本网站所有内容均为本站原创,未经授权不得转载。', '版权所有:某某县人民政府'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '(本文为本网原创稿件,转载请注明出处)', p3])).toEqual([p1, p2]);
    // (A finance portal's reprint notice names the company and the content: no site's name in it.)
    expect(bodyOf([...head, p1, p2, '以上内容为转载内容,用于投资者教育非商业用途,图片或文字与本公司立场无关', p3])).toEqual([p1, p2]);
  });

  it("a caption copied twice between paragraphs does not stop the body", () => {
    const [c1, c2] = ['图为牧民正在挤奶。 日喀则文联供图', '图为牧民正在制作奶渣。 日喀则文联供图'];
    const last = '与此同时,阿里札达县还组织群众有序下田,按照成熟一片收割一片的原则开展收割,确保颗粒归仓。';
    expect(bodyOf([...head, p1, c1, c1, p2, c2, c2, last, '图为夕阳下农民正在收割青稞。 日喀则文联供图']).at(-1)).toBe(last);
  });

  it("a line that introduces what follows, \"…主要有:\", is the body's", () => {
    expect(bodyOf([...head, p1, p2, '参加今天发布会的新闻单位主要有:']).at(-1)).toBe('参加今天发布会的新闻单位主要有:');
  });

  it("the site's names and addresses and the page's own link under the article are not the body", () => {
    expect(bodyOf([...head, p1, p2, '中国航空网 www.aero.cn', '航空翻译 www.aviation.cn', '本文链接地址:福州长乐国际机场春运预计完成运输架次1.35万个,旅客吞吐量190万人次'])).toEqual([p1, p2]);
  });

  it('a subheading over the paragraph the copy cut at the foot of the page stays, with that paragraph', () => {
    expect(bodyOf([...head, p1, p2, '高位谋划,打造职业教育新体系', '十年来,坚持高位谋划,实现了职普同等重要地位']).slice(-2)).toEqual(['高位谋划,打造职业教育新体系', '十年来,坚持高位谋划,实现了职普同等重要地位']);
  });

  it('a short last line that leaves a title or a quotation open ("《中华人民共和国") is the paragraph the copy cut; a short label there is not', () => {
    expect(bodyOf([...head, p1, p2, '《中华人民共和国']).at(-1)).toBe('《中华人民共和国');
    expect(bodyOf([...head, p1, p2, '相关信息']).at(-1)).toBe(p2);
  });

  it('a paragraph the copy cut whose clauses read like a list of keywords is still the last paragraph, under a picture\'s place too', () => {
    const cut = '随后,青年税务志愿者走入景区,向沿街商户和来往游客宣讲税收政策,一对一开';
    expect(bodyOf([...head, p1, p2, cut]).at(-1)).toBe(cut);
    const cut2 = '客委会表示,民国35年,黄老师从福建来台,投身教育担任中';
    expect(bodyOf([...head, p1, p2, 'Bootstrap Image Preview', cut2]).at(-1)).toBe(cut2);
    // (A site's keywords, a field line or a list's dated link at the foot are not the article's.)
    for (const line of ['新闻,政务,民生,文化,旅游,招商', '关键词:湖南,抢险救援,防汛,暴雨责任编辑:裴妥', '- 2017-10-09国庆假期抚顺实现旅游收入14亿多']) expect(bodyOf([...head, p1, p2, line]).at(-1), line).toBe(p2);
  });

  it('"图片" alone between paragraphs is a picture\'s place, not the end of the article', () => {
    expect(bodyOf([...head, p1, '图片', p2])).toEqual([p1, p2]);
  });

  it("a teaser of the article's first paragraph over the article (a magazine's 本期主题 / 《详全文》) is not its opening: the article is the copy under it", () => {
    const lead = '“感谢您在戒严的年代,用地理角度让我们认识家园、守护家园!”今年高龄102岁、被誉为“乡土博士”的黄厚源先生,一生耕耘乡土教育文化,春风化雨、不藏私地传承乡土地理知识,更戮力保存地理研究文献,让后代能看见这些珍贵资产。10日上午,主任委员亲自前往黄老师家中,颁发一等专业奖章。';
    const teaser = `${lead.slice(0, 90)}…`;
    expect(bodyOf([...head, teaser, '《详全文》', '本期主题', '不求闻达“乡土博士”黄厚源 颁发一等专业奖章', lead, p2])).toEqual([lead, p2]);
    expect(bodyOf([...head, lead, '阅读全文', '本期主题', '不求闻达“乡土博士”黄厚源 颁发一等专业奖章', lead, p2])).toEqual([lead, p2]);
  });

  it('an article printed twice, one copy under the other, ends above the second copy (and the story after it is not its)', () => {
    const other = '香港第五波新冠疫情持续放缓,确诊数字已告大幅回落。行政长官今日在行政会议前见记者时表示,政府在未来50日不会躲懒。';
    expect(bodyOf([...head, p1, p2, p1, p2, other])).toEqual([p1, p2]);
    // (With the copy's own credits between the two: "摄:Gordon Choi" / "文:Kevin Li" / "#TMHK20230214".)
    expect(bodyOf([...head, p1, p2, '摄:Gordon Choi', '文:Kevin Li', '#TMHK20230214', p1, p2, '摄:Gordon Choi'])).toEqual([p1, p2]);
  });

  it("a notice's last short sentence is its body", () => {
    expect(bodyOf([...head, p1, p2, '特此通知。'])).toEqual([p1, p2, '特此通知。']);
  });
});
