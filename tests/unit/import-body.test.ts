import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/import/classify';
import { extractArticle } from '../../shared/import/extract';
import { normalizeLine, paragraphText } from '../../shared/import/normalize';

// Pages as a browser's "select all, copy" gives them: the site's head, the article, the site's foot.
const head = ['首页 | 新闻中心 | 政务公开', '当前位置:首页 > 工作动态 > 正文', '市邮政管理局召开寄递安全工作会议', '发布时间:2024-03-12 09:30 来源:市邮政管理局'];
const p1 = '3月11日,市邮政管理局召开全市寄递渠道安全管理工作会议,总结去年工作,部署今年重点任务。';
const p2 = '会议强调,要压实企业安全生产主体责任,严格落实收寄验视、实名收寄、过机安检三项制度,确保寄递渠道安全畅通。';
const p3 = '会议要求,各快递企业要加强从业人员培训,提升安全意识,及时排查整改隐患,坚决守住安全底线。';

const bodyOf = (lines: string[]) => extractArticle(lines).body;

describe('import: where the body ends', () => {
  it('a page copied only in part keeps its last paragraph, cut without a full stop', () => {
    expect(bodyOf([...head, p1, p2, '会议还对下一阶段的快递进村工作作了安排,要求各县区邮政管理部门'])).toEqual([p1, p2, '会议还对下一阶段的快递进村工作作了安排,要求各县区邮政管理部门']);
    // Cut mid-clause, ending with a comma: a sentence, not a list of keywords.
    expect(bodyOf([...head, p1, p2, '月光小区建成于1999年,是大渡口区第一个小区型住宅,19栋房屋,']).at(-1)).toBe('月光小区建成于1999年,是大渡口区第一个小区型住宅,19栋房屋,');
    expect(classify('月光小区建成于1999年,是大渡口区第一个小区型住宅,19栋房屋,')).toBe('text');
  });

  it("a short caption, a bracketed line or a spam site's keyword list at the page's end is not a cut paragraph", () => {
    expect(bodyOf([...head, p1, p2, '国家邮政局官网截图'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '(南宫市'])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '亚洲人成电影网站_欧美视频一区二区三区_中文字幕成人精品'])).toEqual([p1, p2]);
  });

  it("a block of the site's widgets ends the body, though a paragraph of another article follows; a lone picture between paragraphs does not", () => {
    const other = '据了解,今年以来,全省邮政管理部门共检查快递网点1200余个,发现问题230个,已督促整改210个。';
    expect(bodyOf([...head, p1, p2, '【打印本页】', '【关闭窗口】', '扫一扫在手机打开当前页', other])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, '图片1', p2, other])).toEqual([p1, p2, other]);
  });

  it('a numbered list of links to other articles under the body is not the body', () => {
    const related = ['1、全省邮政管理工作会议在济南召开', '2、我市开展快递包装绿色治理专项行动', '3、市邮政管理局开展“安全生产月”宣传活动'];
    expect(bodyOf([...head, p1, p2, ...related])).toEqual([p1, p2]);
    // A numbered heading followed by its paragraph is the body's.
    expect(bodyOf([...head, p1, '一、压实安全责任', p2, '二、加强人员培训', p3])).toEqual([p1, '一、压实安全责任', p2, '二、加强人员培训', p3]);
  });

  it('the footer ends the body where it begins, but 主办单位 inside a sentence is the article', () => {
    const sentence = '为进一步营造全社会共同参与的浓厚氛围,活动主办单位还设立万元大奖,鼓励市民拿起手机、相机拍摄家乡河流的新变化。';
    expect(classify(sentence)).toBe('text');
    expect(classify('主办单位:某某市人民政府办公室 承办单位:某某市大数据中心')).toBe('end');
    expect(bodyOf([...head, p1, sentence, '主办单位:某某市人民政府办公室', p3])).toEqual([p1, sentence]);
  });

  it("the footer's licence numbers and a template's unfilled placeholder are not paragraphs", () => {
    expect(classify('增值电信业务经营许可证:皖B2-20080023 信息网络传播视听节目许可证:1234')).toBe('end');
    expect(bodyOf([...head, p1, p2, '增值电信业务经营许可证:皖B2-20080023 信息网络传播视听节目许可证:-2010年度全省广告发布诚信单位'])).toEqual([p1, p2]);
    expect(classify('{jz:field.toptypename/}(通讯员刘萧冉)')).toBe('chrome');
    expect(classify('${视频图片2010}')).toBe('chrome');
  });

  it("the editors' lines without a colon, a heading over other articles' links and markup that lost its < are not paragraphs", () => {
    expect(classify('二审 陈露')).toBe('end');
    expect(classify('编辑 方亚丽')).toBe('end');
    expect(classify('推荐内容')).toBe('end');
    expect(classify('您可能感兴趣的文章:')).toBe('end');
    expect(bodyOf([...head, p1, p2, '编辑 方亚丽', '推荐内容', p3])).toEqual([p1, p2]);
    expect(classify('打印?span id="printapp">')).toBe('chrome');
  });

  it("the site's account and reading widgets, and a notice's heading under the article, are not paragraphs", () => {
    for (const line of ['扫码在手机上打开本文', '马上注册,结交更多好友', '请登录后识别阅读权限!', '进入移动版,省流量,体验好']) expect(classify(line)).toBe('chrome');
    expect(classify('继续阅读(剩余:50.79%)')).toBe('end');
    expect(classify('>相关新闻')).toBe('end');
    expect(classify('国际在线版权与信息产品内容销售的声明:')).toBe('end');
    // A paragraph that speaks of logging in is the article's.
    expect(classify('市政务服务中心提醒,群众可登录“皖事通”办理社保、公积金等业务,无需到窗口排队。')).toBe('text');
  });

  it("a reprint site's disclaimer ends the body", () => {
    expect(classify('转载此文是出于传递更多信息目的。若来源标注错误或侵犯了您的合法权益,请与本站联系,我们将及时更正、删除。')).toBe('end');
    expect(bodyOf([...head, p1, p2, '转载此文是出于传递更多信息目的。若来源标注错误或侵犯了您的合法权益,请与本站联系,我们将及时更正、删除。', 'https://www.example.com/read/11359.html'])).toEqual([p1, p2]);
  });

  it("another article's teaser, ending in …… 详情, is not a paragraph", () => {
    expect(classify('由中山大学牵头的巡天望远镜科学中心开始建设,建设期3年,将重点开展致密星与引力波源研究... 详情')).toBe('chrome');
    expect(classify('沈阳男子在这不足20平方米的厕所小家生活了五年……[详细]')).toBe('chrome');
  });

  it("widgets glued after a paragraph's last sentence are cut off; the reporter's name stays", () => {
    expect(bodyOf([...head, p1, `${p2} 责任编辑:`])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, `${p2} |`])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, `${p2} (记者 王政)`])).toEqual([p1, `${p2} (记者 王政)`]);
    expect(bodyOf([...head, p1, `${p2} (本报记者) |`])).toEqual([p1, `${p2} (本报记者)`]);
  });
});

describe("import: a notice's own lines under its text", () => {
  const notice = ['转发国家档案局关于开展国际档案日宣传活动的通知', '发布时间:2017-05-02 来源:法宣处', '各市、州档案局,省直各单位:', '现将《国家档案局关于开展2017年国际档案日系列宣传活动的通知》转发给你们,请结合实际认真贯彻落实。'];
  it('its list of attachments and its signature, the office over two lines, are its body; the attached document is not', () => {
    const body = bodyOf([...notice, '附件:1.《国家档案局关于开展2017年国际档案日系列宣传活动的通知》', '2.《关于征订宣传挂图和宣传册的通知》', '江西上高高新技术产业园区', '管理委员会', '2025年4月28日', '附件1:']);
    expect(body.slice(-5)).toEqual(['附件:1.《国家档案局关于开展2017年国际档案日系列宣传活动的通知》', '2.《关于征订宣传挂图和宣传册的通知》', '江西上高高新技术产业园区', '管理委员会', '2025年4月28日']);
  });

  it('a page cut inside a numbered part keeps its cut last line', () => {
    const report = [...head, '一、部门基本概况', p1, p2, '二、部门整体支出绩效状况', '(一)提供的公共产品和服务:2018年场馆'];
    expect(bodyOf(report).at(-1)).toBe('(一)提供的公共产品和服务:2018年场馆');
  });
});

describe('import: where the body starts', () => {
  it('a story opens at its dateline, not at a caption above it', () => {
    const caption = '福州晚报记者(右)走访高新区水西林村。';
    const dateline = '福州新闻网7月23日讯(福州晚报记者 陈木易)作为2021福州乡村振兴系列宣传活动之一,“媒体看福州乡村”日前正式启动。';
    expect(bodyOf([...head, caption, dateline, p2])).toEqual([dateline, p2]);
    const xinhua = '新华社北京3月10日电(记者林红梅)2010年春运3月10日顺利结束。在40天里,我国公路、铁路、民航系统运输旅客量均创造了历史新纪录。';
    const longCaption = '3月10日,众多旅客在合肥火车站乘坐“和谐号”动车组出行。当日,为期40天的2010年全国春运工作落下帷幕。新华社记者 李健 摄';
    expect(bodyOf([...head, longCaption, xinhua, p2])).toEqual([xinhua, p2]);
  });
});

describe("import: pictures' captions among the paragraphs", () => {
  it('a caption copied twice (alt text and caption) and a caption crediting its photographer are not paragraphs', () => {
    expect(bodyOf([...head, p1, '活动现场。', '活动现场。', p2, '航拍堰河村。谢勇 摄', p3])).toEqual([p1, p2, p3]);
    expect(bodyOf([...head, p1, '工作人员在向广大群众发放宣传资料(江春健 摄)', p2])).toEqual([p1, p2]);
  });

  it("the short line right under a picture's place is its caption; a paragraph cut there by the copy is not", () => {
    expect(bodyOf([...head, p1, '(资料图片)', '市委副书记魏春参与启动仪式', p2])).toEqual([p1, p2]);
    expect(bodyOf([...head, p1, p2, '微信截图_20200805134550.jpg', '活动现场,工作人员通过悬挂宣传条幅、设立健'])).toEqual([p1, p2, '活动现场,工作人员通过悬挂宣传条幅、设立健']);
  });

  it('a picture story (a photo and its caption) keeps its caption as its body', () => {
    const story = '6月11日,记者途经市区南滨路时看到,该路段人行路面上一井盖损坏严重,希望相关部门尽快更换井盖。本报记者 肖金雄 摄';
    expect(bodyOf(['当前版:04版', '井盖“张大口”', story])).toEqual([story]);
  });
});

describe("import: the site's widgets inside or at the edges of the body", () => {
  it('a line of nothing but widget words, brackets, separators and counts is not the article, on any site', () => {
    for (const line of [
      '【打印文章】 【添加收藏】',
      '【字号: 大 中 小】',
      '分享到: 微信 微博 QQ空间',
      '阅读 1.2万 赞 36 在看 8',
      '参与互动(0)',
      '最新回复(0)',
      '返回栏目>>',
      '用户名 注册新用户',
      '密 码:',
      '还没有账号?',
      '扫描关注微信公众号',
      '官方微信公眾號',
      'x 广告',
      '点 赞',
      '顶一下',
      '(11)',
      '0',
      '更多>>',
      '查看更多',
      'Share | Print | Close',
      '字号变大| 字号变小',
      '文章图片',
      '阅读下一篇',
      '本文字数:1234',
      '回顶部',
      '立即下载',
    ]) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
  });

  it("a short line of the article that uses a widget word is not a widget; a date alone stays the page's date", () => {
    expect(classify('关注民生 服务群众')).toBe('text');
    expect(classify('微信公众号“平安南阳”开通上线')).toBe('text');
    expect(classify('2024年4月2日')).not.toBe('chrome');
    expect(classify('2023-10-26')).not.toBe('chrome');
  });

  it('the widgets between two parts of the article are dropped, the paragraphs kept', () => {
    expect(bodyOf([...head, p1, '【打印文章】 【添加收藏】', p2, p3])).toEqual([p1, p2, p3]);
    expect(bodyOf([...head, p1, p2, '点赞(12)', '分享到:', p3]).includes('点赞(12)')).toBe(false);
  });
});

describe("import: a WeChat article's frame, app prompts, credits and the site's own accounts", () => {
  it('are not the article', () => {
    for (const line of [
      '点击上方“蓝字”关注我们',
      '点击蓝字关注我们',
      '预览时标签不可点',
      '继续滑动看下一个',
      '轻触阅读原文',
      '视频 小程序 赞 ,轻点两下取消赞 在看 ,轻点两下取消在看',
      '微信扫一扫关注该公众号',
      '收录于合集 #邮政 12个',
      '微信号:chinapost',
      '在APP内打开',
      '国务院客户端小程序',
      '中国政府网微信',
      '更多中国要闻',
      '—  相关新闻  —',
      '----- 地方新闻精选 -----',
      '(全文共387字)',
      '图说:工作人员正在分拣快件',
      '(摄影 张三)',
      '图/王五',
      '本文图片均来自网络',
      '本文来自网易号作者,不代表网易立场',
      '平台声明:该文观点仅代表作者本人',
      '网站支持IPV6    推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器',
    ]) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
  });

  it('while a headline or a sentence with the same words stays text', () => {
    for (const line of ['图书馆开馆', '摄影展开幕', '市邮政管理局开通微信公众号服务平台,群众可在线查询快件', '他表示,这并不代表监管部门的立场已经改变,相关工作仍在推进之中,企业应当继续做好准备。'])
      expect(classify(normalizeLine(line)), line).toBe('text');
  });

  it('reads a long run of rules before other text at once (a framed heading\'s pattern could split the run many ways: 10,000 dashes took seconds)', () => {
    for (const rule of ['-', '—', '=', '_']) expect(classify(rule.repeat(100_000) + '2024-01-01x')).not.toBe('blank');
    expect(classify('——— 相关新闻 ———')).toBe('chrome');
  });
});

describe("import: a saved page's main content, read by its markup", () => {
  // Mozilla's Readability keeps what it takes for the article; the lists of links and the captions
  // inside it are the site's.
  const page = (inner: string) => `<html><head><title>市邮政管理局召开寄递安全工作会议</title></head><body><div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div><h1>市邮政管理局召开寄递安全工作会议</h1><div class="article">${inner}</div><div class="footer">版权所有:市邮政管理局 京ICP备05070218号</div></body></html>`;

  it('a picture\'s caption (a figcaption, or the short line under the picture) and a list of links are not paragraphs', async () => {
    const { readHtml } = await import('../../main/import/html-lines');
    const html = page(
      `<p>${p1}</p><p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">会议现场</p><p>${p2}</p>` +
        `<figure><img src="b.jpg"><figcaption>与会人员参观分拣中心</figcaption></figure><p>${p3}</p>` +
        `<p><a href="/a/1.html">全省邮政管理工作会议在济南召开</a></p><p><a href="/a/2.html">我市开展快递包装绿色治理专项行动</a></p><p><a href="/more">更多>></a></p>`,
    );
    const read = await readHtml(html);
    expect(read.body).toEqual([p1, p2, p3]);
  });

  it("a video's and an audio's player, a poll and the buttons are not paragraphs: a browser's notice in the player, its clock, the poll's choices", async () => {
    const { readHtml } = await import('../../main/import/html-lines');
    const player = `<div class="player"><video src="a.mp4" controls>您的浏览器不支持video标签,请升级浏览器。</video><div class="bar"><span>00:00</span> / <span>03:25</span></div></div>`;
    const poll = `<div class="vote"><p>您认为这篇文章怎么样?</p><p><input type="radio">很好 <input type="radio">一般</p><button>投票</button></div>`;
    const html = page(`<div class="tools"><button>分享</button><button>收藏</button></div><p>${p1}</p>${player}<p>${p2}</p><audio src="a.mp3">您的浏览器不支持 audio 元素。</audio><p>${p3}</p>${poll}`);
    const read = await readHtml(html);
    expect(extractArticle(read.lines, read).body).toEqual([p1, p2, p3]);
  });

  it("a question's heading folded into a button (政策问答) is read as a line of the page, in its place", async () => {
    const { readHtml } = await import('../../main/import/html-lines');
    const read = await readHtml(page(`<p>${p1}</p><button class="fold">一、寄递企业如何落实实名收寄?</button><div class="answer"><p>${p2}</p></div><p>${p3}</p>`));
    expect(read.lines.slice(read.lines.indexOf(p1), read.lines.indexOf(p1) + 3)).toEqual([p1, '一、寄递企业如何落实实名收寄?', p2]);
  });

  it("an attachment's link stays, and a photo item keeps its caption as its text", async () => {
    const { readHtml } = await import('../../main/import/html-lines');
    const notice = await readHtml(page(`<p>${p1}</p><p>${p2}</p><p>${p3}</p><p>附件:<a href="/f/1.pdf">1.《快递市场管理办法》.pdf</a></p><p><a href="/f/2.docx">2.《寄递安全管理规定》</a></p>`));
    expect(notice.body).toContain('2.《寄递安全管理规定》');
    // A photo item: the picture's caption is all its text, and so its body.
    const { articleLines } = await import('../../main/import/html-lines');
    const caption = '市邮政管理局工作人员在分拣中心检查安检设备。';
    expect(articleLines([{ text: '', linked: 0, picture: true, caption: false }, { text: caption, linked: 0, picture: false, caption: true }])).toEqual([caption]);
    expect(articleLines([{ text: p1, linked: 0, picture: false, caption: false }, { text: '', linked: 0, picture: true, caption: false }, { text: caption, linked: 0, picture: false, caption: false }, { text: p2, linked: 0, picture: false, caption: false }])).toEqual([p1, p2]);
  });
});

describe("import: a line that names what a picture shows", () => {
  it('is a caption between paragraphs, not a paragraph', () => {
    expect(bodyOf([...head, p1, '启动仪式现场', p2, '与会人员合影留念', p3])).toEqual([p1, p2, p3]);
    expect(bodyOf([...head, p1, '杨浦控江路邮政支局↑', p2, p3])).toEqual([p1, p2, p3]);
    expect(bodyOf([...head, p1, p2, '国家邮政局官网截图', p3])).toEqual([p1, p2, p3]);
  });

  it('but a paragraph that ends with the same word is the article', () => {
    const scene = '会后,与会人员来到分拣中心,实地察看了快件安检设备运行情况和现场';
    expect(bodyOf([...head, p1, scene, p2])).toEqual([p1, scene, p2]);
  });
});

describe("import: other articles' teasers cut with three dots", () => {
  it('are not paragraphs; an ellipsis of the article (…… or six dots) is', () => {
    const teaser = '台风过后,彰化县今天仍有近10万户停电,主要分布沿海乡镇,台湾电力公司彰化区营业处今天表示,至今已动员超过720名以上抢修人员,...';
    expect(classify(teaser)).toBe('chrome');
    expect(bodyOf([...head, p1, p2, teaser, teaser.replace('彰化', '南投')])).toEqual([p1, p2]);
    const listing = '后备箱里又塞满了村民们要寄出的包裹:腊肉、糍粑、酸汤豆腐......';
    expect(classify(listing)).toBe('text');
    expect(classify('后备箱里又塞满了村民们要寄出的包裹:腊肉、糍粑、酸汤豆腐……')).toBe('text');
  });
});

describe("import: a sentence of the story that uses a widget's or a disclaimer's words", () => {
  it('stays in the body; the widget line itself does not', () => {
    const sentences = [
      '居民只需用手机扫一扫社区公告栏上的二维码,就能在线预约疫苗接种,十分方便。',
      '倡导文明上网,营造清朗网络空间,是每个网民的责任,活动现场发放宣传资料2000余份。',
      '他坚持每天阅读30分钟,已经养成了良好的读书习惯,并带动身边同事一起读书。',
      '他说,转载请注明出处是基本的规矩,但很多自媒体并不遵守,平台应当加强管理。',
      '截至目前,该APP下载量已突破1000万次,覆盖全省各市县,群众办事更加便捷。',
    ];
    for (const line of sentences) expect(classify(normalizeLine(line)), line).toBe('text');
    expect(bodyOf([...head, p1, sentences[0]!, p2])).toEqual([p1, sentences[0]!, p2]);
    for (const line of ['扫一扫在手机打开当前页', '手机扫码阅读', '本篇文章200字,读完约1分钟', '本站文章均为原创,转载请注明出处。', '(转载请注明出处)'])
      expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
  });
});

describe("import: a notice's numbered parts that read like a footer", () => {
  it('are the notice\'s own lines; the footer itself ends the body', () => {
    const parts = ['一、主办单位:市委宣传部、市文联', '活动面向全市中小学生征集书画作品,每人限报一件,作品须为本人原创。', '(三)联系电话:0371-12345678'];
    expect(bodyOf([...head, p1, ...parts, p2])).toEqual([p1, ...parts, p2]);
    expect(bodyOf([...head, p1, p2, '主办单位:郑州市人民政府办公厅 承办单位:郑州市大数据管理局', p3])).toEqual([p1, p2]);
  });
});

describe("import: the lines big news sites and WeChat accounts put under an article", () => {
  it('are not the article', () => {
    for (const line of [
      '人民日报 App',
      '+1',
      '跟贴 热议',
      '澎湃新闻报料:021-962866',
      '我要举报',
      '点击进入专题',
      '网友留言',
      '觉得不错,请点个在看',
      '喜欢这篇文章?请点赞分享',
      '星标⭐公众号,第一时间获取更多资讯',
      '推荐给朋友',
      '原文链接',
      '(实习生 王小明 对此文亦有贡献)',
      '编辑 | 李四',
      '排版 | 小明',
    ]) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
  });

  it('and a byline written with a bar, "来源 | 新华社", is a meta line, not a paragraph', () => {
    expect(classify(normalizeLine('来源 | 新华社'))).toBe('meta');
    expect(classify(normalizeLine('作者 | 张三'))).toBe('meta');
    expect(bodyOf([...head, '来源 | 新华社', p1, p2])).toEqual([p1, p2]);
  });
});

describe('import: captions that are written like text', () => {
  it('a caption naming an enumeration and a paragraph that goes on to describe its photo are not the body', () => {
    expect(bodyOf([...head, p1, '开展驻站代表、选民代表主题活动交流座谈会', p2, p3])).toEqual([p1, p2, p3]);
    const photo = '第三届进博会今开幕,上海电子信息职业技术学院共选派110名志愿者参与志愿服务工作。图为昨日,志愿者在展馆投入工作前合影。(新华社)';
    expect(bodyOf([...head, p1, photo, p2, p3])).toEqual([p1, p2, p3]);
  });

  it('but a photo item, whose caption is all its text, keeps it; and names listed with 、 stay a byline', () => {
    const item = '针对当前旱情,遂平县组织农技人员深入农村一线讲解小麦高产稳产技术。图为该县农技人员在和兴乡吴阁村为群众讲解小麦生产技术。本报记者 张培奇 摄';
    expect(bodyOf(['当前版:04版', '遂平:农技人员进村讲技术', item])).toEqual([item]);
    expect(extractArticle([...head, '陈伟东、孔娜娜、张大维、舒小虎', p1, p2]).author).toBe('陈伟东、孔娜娜、张大维、舒小虎');
  });
});

describe('import: a headline or a numbered disclaimer that shares words with a widget', () => {
  it('a headline that mentions registering is not the log-in widget', () => {
    expect(classify(normalizeLine('中國紅十字會:全國有注冊紅十字志愿者近350萬人'))).toBe('text');
    expect(classify(normalizeLine('马上注册,结交更多好友'))).toBe('chrome');
  });

  it("a reprint site's numbered disclaimer under the article is not the body", () => {
    const disclaimer = ['1、凡本网注明“来源:松溪新闻网”的所有文字、图片和视频,版权均属松溪新闻网所有,任何媒体、网站或个人未经本网协议授权不得转载。', '2、本网未注明“来源:松溪新闻网”的文/图等稿件均为转载稿,本网转载出于传递更多信息之目的,并不意味着赞同其观点或证实其内容的真实性。'];
    expect(bodyOf([...head, p1, p2, ...disclaimer])).toEqual([p1, p2]);
    expect(classify(normalizeLine('3、本网转载的稿件如涉及作品内容、版权等问题,请与本网联系。'))).toBe('end');
  });
});

describe("import: captions on a page that indents its paragraphs", () => {
  it('a short sentence flush left among indented paragraphs is a caption; the page\'s flush-left paragraph stays', () => {
    const indent = (p: string) => `  ${p}`;
    const long = '市市政排水事务中心在易积水路段和小区、人行地道、车行隧道等城市内涝风险点落实应急措施,提前预置机动应急排涝队伍和设备,随时应对可能出现的险情';
    const p4 = '截至26日凌晨,全市各积水点已全部处置完毕,未发生人员伤亡和重大财产损失,城市运行总体平稳有序,市民出行基本未受影响。';
    const q1 = '3月25日,我市迎来今年首波大范围长时间强降雨,市气象局发布中心片区暴雨黄色预警信号,降雨持续约12小时,期间发布暴雨橙色预警信号。';
    const q3 = '在积水点处置现场,防汛人员冒着暴雨、蹚着浑水对各个积水点进行应急处置,用双手清理边井树叶、协助交通安全引导、打开中井加速排水。';
    const lines = [...head, indent(q1), '防汛人员在清理雨水边井树叶。', indent(p2), long, '泵车正在对积水点进行抽排。', indent(q3), indent(p4)];
    expect(bodyOf(lines)).toEqual([q1, p2, long, q3, p4]);
    // Not indented at all: a short sentence is the article's.
    const short = '会议还研究审议了其他有关事项。';
    expect(bodyOf([...head, p1, p2, short, p3])).toEqual([p1, p2, short, p3]);
  });
});

describe('import: credits, asides to the reader and captions found on new sites', () => {
  it('are not the article', () => {
    for (const line of [
      '文图据新华社、中新网',
      '(据人民日报)',
      '后池新愚公希望小學舉行升旗儀式。(資料圖片)',
      '“邂逅”雪豹。(圖片除署名外均由三江源國家公園管理局提供)',
      '“电商扶起自强志,柚香振奋致富心”,商务部派驻革新村的第一书记金达芾(右二)书写了这一副春联。',
      '丝瓜网小编提示,记得把"自然资源部:各地加大地质灾害排查力度"分享给大家!',
      '更加详细情况,请关注本站最新动态。',
      '原文地址:访问原文地址',
      '快照地址: 访问文章快照',
      '昆明信息港    03-16 13:08:57',
      '[ 本作品中使用的圖片等內容,如涉及版權,請致電。確認后將第一時間刪除。]',
      '未经许可或明确书面授权,任何人不得复制、转载、摘编、修改、链接读特客户端内容',
    ]) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
    for (const line of ['据了解,全省共建成5G基站12万个,实现乡镇以上全覆盖。', '据悉']) expect(classify(normalizeLine(line)), line).toBe('text');
  });

  it("a picture's alt text cut short above its whole caption: both are the picture's", () => {
    const alt = '“电商扶起自强志,柚香振奋致富心”,商务部派驻四川省广安市广安区革新村的第一书记金达芾书写';
    const caption = `${alt}了这一副春联,送给革新村龙安柚电商明星一家。`;
    expect(bodyOf([...head, p1, alt, caption, p2, p3])).toEqual([p1, p2, p3]);
  });
});

describe("import: the page's tags, its own address and an archive's list of dates", () => {
  it('are not the article', () => {
    for (const line of ['关键字: 宜宾,快递进村', '标签: 邮政 快递 安全', '本文链接地址:福州长乐国际机场春运预计完成运输架次1.35万个', '2026-02-14,13096| 2026-02-13,13088| 2026-02-12,13080| 2026-02-11,13072'])
      expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
    expect(classify(normalizeLine('标签化管理是这次改革的重点,全省已有1200家企业完成登记。'))).toBe('text');
  });
});

describe("import: captions in a saved page's main content", () => {
  it('are dropped as in a copied page, unless the caption is all the text', () => {
    const caption = '3月11日,市邮政管理局工作人员在分拣中心检查安检设备。记者 张三 摄';
    const got = extractArticle([...head, p1, caption, p2, p3], { body: [p1, caption, '图为检查现场。', p2, '工作人员合影留念', p3] });
    expect(got.body).toEqual([p1, p2, p3]);
    const item = '3月11日,市邮政管理局工作人员在分拣中心检查安检设备,督促企业落实过机安检制度。记者 张三 摄';
    expect(extractArticle(['检查寄递安全', item], { body: [item] }).body).toEqual([item]);
  });
});

describe('import: a WeChat article copied whole', () => {
  it('gives its paragraphs without the frame, the head line, the picture placeholders or their captions', () => {
    const q1 = '11月11日,记者从省邮政管理局获悉,今年“双十一”期间,全省邮政快递业务量持续攀升,日均处理快件超过3000万件,同比增长15%以上。';
    const q2 = '为保障旺季寄递服务平稳有序,省邮政管理局提前部署,指导企业增加临时用工1.2万人,新增分拣设备300余台套,确保快件不积压、不延误。';
    const q3 = '“今年我们提前一个月就开始备战,全自动分拣线24小时运转。”一家快递企业负责人介绍说。';
    const q4 = '省邮政管理局提醒广大消费者,收到快件时要当面验视,发现问题及时联系快递企业或拨打12305邮政业用户申诉电话。';
    const page = [
      '邮政快递业迎来“双十一”旺季 全省日均处理快件超3000万件',
      '原创 省邮政管理局 河南邮政管理 2023-11-12 18:30 发表于河南',
      '点击上方蓝字关注我们',
      q1,
      q2,
      '图片',
      '郑州国际邮件处理中心的工作人员正在分拣快件。',
      q3,
      q4,
      '来源:河南日报',
      '编辑:王小明',
      'END',
      '往期推荐',
      '河南快递进村覆盖率达到98%',
      '预览时标签不可点',
      '微信扫一扫',
      '关注该公众号',
      '继续滑动看下一个',
      '轻触阅读原文',
      '视频 小程序 赞,轻点两下取消赞 在看,轻点两下取消在看',
    ];
    const got = extractArticle(page);
    expect(got.body).toEqual([q1, q2, q3, q4]);
    expect(got.publishedAt).toBe('2023-11-12T18:30:00+08:00');
  });
});

describe('import: a 信息公开 notice copied whole', () => {
  it('keeps its contact line, attachments and signature; the index table, widgets and footer are not its body', () => {
    const notice = [
      '各县(市、区)邮政管理部门,各寄递企业:',
      '为深入贯彻落实国家邮政局关于寄递渠道安全管理的部署要求,切实防范化解寄递渠道安全风险,经研究,决定在全市开展寄递渠道安全隐患排查整治工作。现将有关事项通知如下:',
      '一、工作目标',
      '通过开展排查整治,全面摸清寄递渠道安全隐患底数,建立问题清单和整改台账,推动企业落实安全生产主体责任。',
      '二、联系方式',
      '联系人:张三,联系电话:0371-12345678。',
      '附件:1.寄递渠道安全隐患排查清单',
      '2.整改情况统计表',
      '郑州市邮政管理局',
      '2024年5月20日',
    ];
    const page = [
      '首页 | 政务公开 | 政务服务 | 互动交流',
      '当前位置:首页 > 政府信息公开 > 通知公告',
      '索引号:\t11410100MB1234567X/2024-00123\t主题分类:\t邮政、快递',
      '发布机构:\t郑州市邮政管理局\t生成日期:\t2024-05-20',
      '郑州市邮政管理局关于开展2024年寄递渠道安全隐患排查整治的通知',
      ...notice,
      '【打印本页】【关闭窗口】',
      '扫一扫在手机打开当前页',
      '主办单位:郑州市邮政管理局 承办单位:郑州市邮政管理局办公室',
      '网站标识码:4101000012 豫ICP备12345678号-1',
    ];
    expect(extractArticle(page).body).toEqual(notice);
  });
});

describe("import: a photo's credit alone on its line between paragraphs", () => {
  it('is not the end of the article, nor a paragraph, nor its author', () => {
    const q = '“下一步,我们将继续推动寄递服务提质增效。”市邮政管理局相关负责人表示。';
    const got = extractArticle([...head, p1, p2, '本报记者 王五 摄', q]);
    expect(got.body).toEqual([p1, p2, q]);
    expect(got.author).not.toContain('王五');
    // Glued after a photo item's caption, the credit stays with it.
    const item = '张希才老人三十二年来刊发在报纸上的文章,他都用心剪报收集,一共35本。 中新社记者 贺俊怡 摄';
    expect(extractArticle(['老人的剪报', item]).body).toEqual([item]);
  });
});

describe('import: the last paragraph with its source and editor glued on', () => {
  it('stays the body, the gallery counters and play buttons around it do not', () => {
    const last = '这些年,靠着扎实肯干,兄弟俩家里生活一天天更好。下半年,他俩计划再买一台收玉米的联合收割机。对他们来说,广袤田野大有可为。(央视网) 【编辑:刘欢】';
    expect(classify(normalizeLine(last))).toBe('text');
    expect(bodyOf([...head, p1, p2, last]).length).toBe(3);
    for (const line of ['点击阅读原文', '上一张 下一张', '3/12', '查看原图', '点击播放']) expect(classify(normalizeLine(line)), line).toBe('chrome');
  });
});

describe("import: a subtitle on its own line and a speech's note under the headline", () => {
  it('are not paragraphs; a speech\'s "——坚持…。" is', () => {
    for (const line of ['——记四川省木里藏族自治县邮政分公司邮递员王顺友', '——在第26个中国记者节到来之际,与新闻工作者一起回望石狮五年来发展变迁的脚印', '(2015年7月7日,根据录音整理)'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    const point = '——坚持以人民为中心的发展思想,推动高质量发展。';
    expect(bodyOf([...head, '——记市邮政管理局寄递安全工作', p1, point, p2])).toEqual([p1, point, p2]);
  });

  it("a photographer's credit written with a slash marks a caption", () => {
    const caption = '2025年10月5日,“宋江阵”展演活动亮相八卦街,吸引众多市民、游客到场观赏 颜华杰/摄';
    expect(bodyOf([...head, p1, caption, p2, p3])).toEqual([p1, p2, p3]);
  });
});

describe('import: the widgets of Hong Kong, Macau and Taiwan pages', () => {
  it('are widgets in traditional characters and their own words too', () => {
    for (const line of ['列印 | 分享 | 回應', '讚好', '訂閱', '追蹤我們', '看更多', '字體大小']) expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(classify(normalizeLine('下一則:港府公布施政報告'))).toBe('end');
  });
});

// Templates the corpus has few of: players, polls, comment boxes, feedback and mood widgets, the editors' lines in
// every spelling. Each line as such a page prints it, then inside an article the way a copy gives it.
describe("import: players, polls, comment boxes and the editors' lines of templates the corpus has few of", () => {
  it("a video's or an audio's player among the paragraphs is no paragraph, and costs no more than a picture's place", () => {
    for (const line of ['00:00', '00:00 / 03:25', '0:00 / 2:35', '1.0x', '倍速', '全屏', '加载中...', '正在加载', '您的浏览器不支持video标签', '您的浏览器不支持 audio 元素。', '该视频暂不支持播放', '朗读', '听全文', '语音播报', '点击收听', '暂停'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, p2, '00:00', '加载中...', p3])).toEqual([p1, p2, p3]);
    expect(bodyOf([...head, '听新闻', '朗读', p1, p2, '您的浏览器不支持 video 标签。', p3])).toEqual([p1, p2, p3]);
    // "视频" alone heads the other videos under the article as often: it is no player's place there.
    const other = '据了解,今年以来,全省邮政管理部门共检查快递网点1200余个,发现问题230个,已督促整改210个。';
    expect(bodyOf([...head, p1, p2, p3, '视频', '快递进村 打通最后一公里', '视频', '全省邮政管理工作会议在济南召开', other])).toEqual([p1, p2, p3]);
  });

  it("a poll's, a feedback box's and a mood widget's choices, and a comment box's counters, are the site's", () => {
    const widgets = ['投票', '参与投票 查看结果', '您认为这篇文章怎么样?', '您对本页面内容是否满意?', '非常满意 满意 基本满意 不满意', '本页面内容是否对您有帮助?', '有帮助 没帮助', '我要表态', '开心 感动 愤怒 难过 搞笑', '请输入评论内容', '还可以输入500字', '0/500', '已输入0字', '智能问答', '读屏专用'];
    for (const line of widgets) expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, p2, p3, ...widgets.slice(0, 7)])).toEqual([p1, p2, p3]);
    // A sentence that asks the reader's opinion is the story's.
    const question = '您对今年的快递服务是否满意?市邮政管理局开展的满意度调查显示,全市快递服务满意度达到85.6分,同比提高1.2分。';
    expect(classify(normalizeLine(question))).toBe('text');
  });

  it('counters told as a sentence, the font-size buttons without their label and a link to the mobile view are widgets', () => {
    for (const line of ['本文已被浏览 1234 次', '您是第94911343位访问者', '默认 大 超大', 'A+ A A-', 'T T', '在手机上阅读本文', '发送到手机', '分享到: 钉钉 微信 微博', 'Facebook Twitter LINE', '【纠错】', '[打印本页] [关闭窗口]', '扫一扫在手机打开当前页'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    // "已被浏览" in a sentence: the story's.
    expect(classify(normalizeLine('截至目前,该科普视频已被浏览超过120万次,获得网友广泛好评。'))).toBe('text');
  });

  it("a short line without Chinese or a sentence (a logo's text, an ad's label, a stray script) is no paragraph; a paragraph in English is", () => {
    for (const line of ['ADVERTISEMENT', 'QR code', 'Got It', 'Read more', 'x', "'); })();", '0571-58318323']) expect(classify(normalizeLine(line)), line).toBe('chrome');
    const english = 'From January to July, the total profits of industrial enterprises above designated size reached 3.9 trillion yuan.';
    expect(classify(normalizeLine(english))).toBe('text');
    expect(bodyOf([...head, p1, 'ADVERTISEMENT', p2, p3])).toEqual([p1, p2, p3]);
    // A figure or a model's name alone on its line is the story's.
    for (const line of ['GDP 5.2%', 'COVID-19', 'iPhone 15 Pro']) expect(classify(normalizeLine(line)), line).not.toBe('chrome');
    expect(bodyOf([...head, p1, 'GDP 5.2%', p2, p3])).toEqual([p1, 'GDP 5.2%', p2, p3]);
  });

  it("the editors' lines with a slash or a role the lists lacked end the article", () => {
    for (const line of ['责任编辑/王小明', '(编辑/王小明)', '責任編輯:王小明', '[ 责任编辑:张三 ]', '(责编:张三、李四)', '审稿:王小明', '签发:王小明', '编辑:张三 审核:李四 签发:王五'])
      expect(classify(normalizeLine(line)), line).toBe('end');
    expect(bodyOf([...head, p1, p2, p3, '(编辑/王小明)', '上一篇:市邮政管理局召开会议'])).toEqual([p1, p2, p3]);
  });
});

describe("import: the prompts and credits of news portals' and WeChat's pages", () => {
  it("an app's prompt under a cut article, WeChat's pointers and a gallery's prompts are the site's", () => {
    for (const line of ['打开凤凰新闻,查看更多高清图片', '下载澎湃新闻APP,阅读全文', '戳“阅读原文”了解更多', '点击“阅读原文”查看详情', '(左右滑动查看更多)', '点击图片进入下一页', '(点击图片查看大图)', '展开剩余85%', '网页链接', '网站首页', '专题:学习贯彻二十大精神'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, '(左右滑动查看更多)', p2, p3, '打开凤凰新闻,查看更多高清图片'])).toEqual([p1, p2, p3]);
  });

  it("a picture's place or credit alone on its line is not the article's, nor its source", () => {
    for (const line of ['图一', '附图2', '受访者供图', '图片由受访者提供', '新华社发', '图片来源:视觉中国', '(图源:新华社)', '视频:张三', '海报设计:李四'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    const page = extractArticle(['市邮政管理局召开寄递安全工作会议', '发布时间:2024-03-12 09:30', p1, '(图片来源:视觉中国)', p2, p3]);
    expect(page.body).toEqual([p1, p2, p3]);
    expect(page.source).toBe('');
  });

  it("a portal's footer identifier, a long id number and a reprint's notice that the author keeps the rights are the site's", () => {
    expect(classify(normalizeLine('网站标识码:1100000088'))).toBe('end');
    expect(classify(normalizeLine('本文系转载,版权归原作者所有'))).toBe('end');
    expect(classify('010020020090000000000000011100001129896011')).toBe('chrome');
    expect(bodyOf([...head, p1, p2, p3, '010020020090000000000000011100001129896011', '网站标识码:1100000088'])).toEqual([p1, p2, p3]);
  });
});

describe("import: a long article's pages, a loading list's end and the headings over other articles' links", () => {
  it('are the site\'s: the page numbers, "加载更多", "@account", a platform\'s notice; 往期精彩回顾 and 你可能感兴趣 end the article', () => {
    for (const line of ['共3页: 上一页 1 2 3 下一页', '[1] [2] [3] [下一页]', '第1页 第2页 第3页', '首页 上一页 下一页 尾页', '本文共3页', '视频时长 02:35', '@人民日报', '点击加载更多', '没有更多了', '已显示全部评论', '点击下方名片关注'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    for (const line of ['往期精彩回顾', '你可能感兴趣', '文章热词', '本站热点', '本文由作者上传并发布,百家号仅提供信息发布平台。']) expect(classify(normalizeLine(line)), line).toBe('end');
    expect(bodyOf([...head, p1, p2, '共2页: 上一页 1 2 下一页', p3])).toEqual([p1, p2, p3]);
    // A pager of forty pages, and one spoiled by a stray letter, are read at once (a pattern that could split a run
    // of digits many ways took hours on them).
    const pages = Array.from({ length: 40 }, (_, i) => String(i + 1)).join(' ');
    expect(classify(`${pages} 下一页`)).toBe('chrome');
    expect(bodyOf([...head, p1, p2, p3, `${pages} 下一页 共40页x`])).toEqual([p1, p2, p3]);
    // "文章图片", a picture's place, is no heading: the paragraphs under it stay.
    expect(bodyOf([...head, p1, '文章图片', p2, p3])).toEqual([p1, p2, p3]);
  });
});

describe("import: the site speaking of its own rights under the article", () => {
  it('ends the article, numbered or not, whatever its words; a story its reporter tells of rights does not', () => {
    for (const line of ['1、本网站所登载之内容,不论原创或转载,皆以传播传递信息为主,不做任何商业用途。如因作品内容、版权和其它问题需要同本网联系的,请在30日内进行。', '2、本网原创之作品,欢迎有共同心声者转载分享,并请注明出处。', '中华合作时报、中国合作经济的电子版内容版权归中华合作时报社所有 转载请联系本网站管理员并注明出处', '本公众号所发布内容仅供学习交流,如有侵权请联系小编删除。'])
      expect(classify(normalizeLine(line)), line).toBe('end');
    const story = '本网记者从市版权局获悉,今年以来全市共查处侵权盗版案件12起,删除侵权链接300余条。';
    expect(classify(normalizeLine(story))).toBe('text');
    // Nor do readers calling the site, or its call for tips: the story goes on under them.
    const calls = '事发后,多名市民致电本网反映情况,称附近道路已被封闭。';
    expect(bodyOf([...head, p1, calls, p2, p3])).toEqual([p1, calls, p2, p3]);
    expect(classify(normalizeLine('欢迎广大读者向本网提供新闻线索,一经采用将告知作者。'))).toBe('text');
    expect(bodyOf([...head, p1, p2, '2、本网原创之作品,欢迎有共同心声者转载分享,并请注明出处。', p3])).toEqual([p1, p2]);
  });
});

describe("import: captions credited in brackets, arrows at pictures, another article's teaser with its arrow", () => {
  it("a caption that names who gave the picture, in brackets after it, or points at it with an arrow, is no paragraph", () => {
    const captions = ['海关从几乎完全沉没的散货船上救起七名船员,并移交珠海边防部门处理。 (海关图片)', '▼各个地点安检滴水不漏。(图/东森新闻)', '▼韩国瑜见深圳市委书记,进驻深圳当地报纸的重要版面。', '摄:Gordon Choi', '(图:新华社)'];
    for (const line of captions) expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, captions[0]!, p2, captions[1]!, p3])).toEqual([p1, p2, p3]);
    // A sentence that names a picture in brackets mid-way is the story's.
    const story = '市邮政管理局在官网发布了快递网点分布示意图(附图),方便市民就近寄递,并公布了投诉电话。';
    expect(classify(normalizeLine(story))).toBe('text');
    expect(bodyOf([...head, p1, '香港邮政十二月十九日(星期二)发行以「香港今昔系列」为题的特别邮票及相关集邮品。图示首日封。', p2, p3])).toEqual([p1, p2, p3]);
  });

  it("another article's teaser ending in its link's arrow or in spaced dots, a clock and a comment counter are the site's", () => {
    for (const line of ['【说说心理话】全职义工分享成为「替假护老者」的得着:耐性增加了,跟妈妈的相处变得更好!► 即睇', '市邮政管理局召开全市寄递渠道安全管理工作会议,总结去年工作 详情>>', '屏东县政府辅导社区参与农村再生计画,迄今已有54个社区获农委会核定推动,预计明 .....', '香港时间12时00分', '北京时间 10:30', '已有0人参与,点击查看更多精彩评论', '还没有评论,快来抢沙发吧!', '暂无留言'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
  });
});

describe("import: a caption's label, number and credits", () => {
  it('are the picture\'s, not paragraphs: 图①, 图片说明:, 【图注】, 供图:, a name and 摄 alone, an AI picture\'s note', () => {
    for (const line of ['图① 烟之东村村民在分拣西红柿。', '图②', '图片说明:市民在展馆参观。', '【图注】市民在展馆参观', '供图:市公安局', '张三 摄', '张三 李四/摄', '(图片由AI生成)', '本文配图由AI生成'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, '图① 烟之东村村民在分拣西红柿。', p2, '张三 摄', p3])).toEqual([p1, p2, p3]);
    // A sentence about a photographer is the story's.
    const story = '张三摄影三十余年,先后拍摄了两万多张反映家乡变化的照片,其中多幅作品入选全国影展。';
    expect(classify(normalizeLine(story))).toBe('text');
  });
});

describe("import: an e-paper's, an ad slot's, a portal's eye-care and a feed's follow widgets", () => {
  it('are widget lines, in Chinese or in WeChat\'s English frame', () => {
    for (const line of ['上一版 下一版', '返回目录 放大 缩小 全文复制 上一篇 下一篇', '版面导航', '前一期 后一期', 'PDF版', '广告位招租', '商务合作', '视力保护色:', '护眼模式', '12万粉丝 获赞 3.5万', '+关注', '已关注', '继续访问 取消', '当前内容可能存在未经审核的第三方商业营销信息,请确认是否继续访问。', 'Video Mini Program Like ,Tap twice to cancel Like Wow ,Tap twice to cancel Wow', 'Scan to Follow'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(bodyOf([...head, p1, p2, p3, '上一版', '下一版', '广告位招租'])).toEqual([p1, p2, p3]);
  });
});

describe("import: who built and keeps the site, in Chinese or in English", () => {
  it('ends the article, as the footer it belongs to', () => {
    for (const line of ['网站建设:某某网络科技有限公司', '网站维护:某某县信息中心', 'Designed by Example Tech Co., Ltd.', 'Tel: 010-12345678 E-mail: news@example.com', 'Powered by WordPress'])
      expect(['end', 'chrome'], line).toContain(classify(normalizeLine(line)));
    expect(bodyOf([...head, p1, p2, p3, '网站维护:某某县信息中心', '据了解,今年以来,全省邮政管理部门共检查快递网点1200余个,发现问题230个,已督促整改210个。'])).toEqual([p1, p2, p3]);
  });
});

describe("import: a picture story's captions credited without 摄", () => {
  it("a short caption signed by a paper's reporter, and the page's credit for its pictures, are not paragraphs", () => {
    const gallery = ['宝兰高铁穿行在通渭大地上。定西日报记者 王霞飞', '通渭风电基地。本版资料图片除署名外均由定西日报提供'];
    expect(classify(normalizeLine(gallery[1]!))).toBe('chrome');
    expect(bodyOf([...head, p1, gallery[0]!, p2, gallery[1]!, p3])).toEqual([p1, p2, p3]);
    // A paragraph signed by its reporter, long and in clauses, is the article's.
    const signed = '据了解,今年以来,全省邮政管理部门共检查快递网点1200余个,发现问题230个,已督促整改210个。 记者 王霞飞';
    expect(bodyOf([...head, p1, p2, signed])).toEqual([p1, p2, signed]);
  });
});

describe('import: a contributing organisation in brackets at the end', () => {
  it('is no paragraph, in a copied page or in a saved page\'s main content; a writer\'s name in brackets is the signature', async () => {
    for (const line of ['(区文联)', '(县融媒体中心)', '(成都市爱永恒社会工作服务中心)']) expect(classify(normalizeLine(line)), line).toBe('chrome');
    expect(classify(normalizeLine('(张三)'))).not.toBe('chrome');
    expect(bodyOf([...head, p1, p2, p3, '(县融媒体中心)'])).toEqual([p1, p2, p3]);
    const { readHtml } = await import('../../main/import/html-lines');
    const html = `<html><head><title>市邮政管理局召开寄递安全工作会议</title></head><body><h1>市邮政管理局召开寄递安全工作会议</h1><div class="article"><p>${p1}</p><p>${p2}</p><p>${p3}</p><p>(县融媒体中心)</p></div></body></html>`;
    const read = await readHtml(html);
    expect(extractArticle(read.lines, read).body).toEqual([p1, p2, p3]);
  });
});

describe("import: the story's words that look like the site's: a lead-in ending in a colon, a sentence between commas", () => {
  it('a label alone is the site\'s; a lead-in to the next paragraph or a speaker\'s name over the answer is the story\'s', () => {
    for (const line of ['分享到:', '标签:', '温馨提示:', '站内搜索:', '友情链接:']) expect(classify(normalizeLine(line)), line).not.toBe('text');
    for (const line of ['但不少人纷纷表示:', '以下为原文:', '主要内容包括:', '陈强:']) expect(classify(normalizeLine(line)), line).toBe('text');
    const answer = '今年我们将继续加大投入,推进快递进村,让农村群众在家门口就能收寄快递。';
    expect(bodyOf([...head, p1, '快递进村明年能否覆盖全部行政村?', '陈强:', answer, p2])).toEqual([p1, '快递进村明年能否覆盖全部行政村?', '陈强:', answer, p2]);
  });

  it("a sentence written with ASCII commas and a full stop, or cut with its clauses' little words, is not a list of keywords", () => {
    expect(classify(normalizeLine('中银香港(02388)公布, 去年纯利270亿5400万元, 按年上升百分之17.8, 末期息91仙, 全年合共派息1.357元, 按年增长两成.'))).toBe('text');
    expect(classify(normalizeLine('随后,青年税务志愿者走入景区,向沿街商户和来往游客宣讲税收政策,一对一开'))).toBe('text');
    expect(classify(normalizeLine('这里,绿波浩海;这里,森林无边;这里,民风纯朴;这里,人民勤劳!'))).toBe('text');
    // A search engine's keywords: short phrases between commas, no sentence.
    expect(classify(normalizeLine('快递进村,邮政快递,农村寄递,乡村振兴,电商物流'))).toBe('chrome');
  });
});

describe("import: the widgets of real pages the corpus has few or none of", () => {
  it('a location widget, a player\'s notice in English, a share box\'s instructions, a follow prompt naming the account and the editors\' lines with a bar are the site\'s', () => {
    const lines = [
      'IP属地:北京', 'IP属地：广东', '发布于:北京市', '发表于河南',
      'Your browser does not support the video tag.', 'Sorry, your browser does not support embedded videos.',
      '打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。',
      '↑点击上方“某某发布”关注我们', '点击下方名片关注我们', '点亮在看，你最好看',
      '审核丨李四', '编辑丨张三',
      '我要留言', '留言板', '评分', '意见反馈', '【意见反馈】 【我要纠错】', '正在播放', '投票结果', '文章纠错', '手机查看', '政府网站找错', '查看: 4044|回复: 0',
    ];
    for (const line of lines) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
    expect(bodyOf([...head, p1, 'IP属地:北京', p2, '正在播放', 'Your browser does not support the video tag.', p3, '审核丨李四'])).toEqual([p1, p2, p3]);
  });

  it('a government portal\'s, a newspaper\'s and a WeChat reprint\'s widgets around the body are dropped', () => {
    const lines = [
      '【纠错】', '【纠错】 【责任编辑:王小明】', '[打印本页] [关闭窗口]', '【字体：大 中 小】  【打印本页】  【关闭窗口】', '扫一扫在手机打开当前页',
      '点赞 收藏', '赞 0 | 收藏 0 | 分享', '00:00/02:15', '视频加载中...', '您的浏览器不支持 audio 元素。', '很好 一般 很差', '参与投票',
      'Copyright © 2024 Xinhua News Agency. All rights reserved.', 'All Rights Reserved.', '网站标识码:4400000000 粤ICP备05070829号',
      '点击上方蓝字关注我们', '喜欢就点个“在看”吧', '往期推荐', '分享 收藏 点赞 在看', '打开APP阅读更多精彩内容', '下载客户端 看更多新闻',
    ];
    for (const line of lines) expect(['chrome', 'end'], line).toContain(classify(normalizeLine(line)));
    expect(bodyOf([...head, p1, '【纠错】', p2, '点赞 收藏', '00:00/02:15', p3, '[打印本页] [关闭窗口]', 'Copyright © 2024 Example Daily. All rights reserved.'])).toEqual([p1, p2, p3]);
  });

  it('a story that tells readers to share, follow or play something stays', () => {
    for (const line of ['活动期间,市民扫码即可参与投票,投票结果将于3月20日在本报公布。', '市民可关注“某某发布”微信公众号,点击下方菜单“办事指南”查询办理进度。', '正在播放的这部纪录片,记录了三代邮递员在大山里的坚守。', '意见反馈截止时间为2023年4月24日。'])
      expect(classify(normalizeLine(line)), line).toBe('text');
  });
});

describe("import: the day's widget, one test for the line, a trail's tail and the date", () => {
  it('is the site\'s in every form it takes; a sentence of the story that opens with 今天是 is the story\'s', async () => {
    const { todayWidget } = await import('../../shared/import/classify');
    for (const line of ['今天是:2024年4月25日 星期四', '今天是', '今日: 2024-03-12', '欢迎访问本站 今天是2024年3月12日 星期二 农历二月初三', '您好!今天是2025年6月12日 星期四', '今天是: 欢迎访问三明市人大常委会网站!']) {
      expect(todayWidget(normalizeLine(line)), line).toBe(true);
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    }
    const story = '今天是第36个全国科普日,市科协联合市邮政管理局在人民广场开展寄递安全科普宣传活动。';
    expect(todayWidget(story)).toBe(false);
    expect(classify(story)).toBe('text');
    expect(bodyOf([...head, story, p2, p3])).toEqual([story, p2, p3]);
    // Its date is never the article's; a trail with the widget after it still names its column.
    expect(extractArticle(['欢迎访问本站 今天是2024年3月20日 星期三', '省局召开安全生产会议', p1, p2]).publishedAt).toBe('');
    expect(extractArticle(['当前位置:首页 > 工作动态 今天是2024年3月12日 星期二', '省局召开安全生产会议', '发布时间:2024-03-10', p1, p2]).column).toBe('工作动态');
  });

  it('reads a hostile line of 100 kB at once (no pattern that splits a run many ways)', async () => {
    const { todayWidget } = await import('../../shared/import/classify');
    for (const line of ['今天' + ' '.repeat(100_000) + 'x', '星期一'.repeat(30_000) + 'x', '今天是,'.repeat(30_000), '农历'.repeat(50_000) + ' 今天']) expect(todayWidget(line)).toBe(line.endsWith('今天'));
  });
});

describe("import: captions, placeholders, feeds and keywords found on the newest development pages", () => {
  it("a picture's placeholder in any wording, a caption copied again with its credit and a caption after a comma are the pictures'", () => {
    for (const line of ['(相關資料圖)', '(相关资料照片)', '【资料图】']) expect(classify(normalizeLine(line)), line).toBe('chrome');
    const caption = '11日初七,数百华裔社区民众在市议会庆祝中国新年,图为众人吃年饭。';
    expect(bodyOf([...head, p1, p2, caption, `${caption}(施萍/大纪元)`, p3])).toEqual([p1, p2, p3]);
  });

  it("a feed's items ending with a hashtag and a paper's keywords between semicolons are not paragraphs; a list item ending with a semicolon is", () => {
    for (const line of ['王柏杰拍《乩身》「求三太子」保佑 现场麦克风却狂出包!|👍小编推新闻20260310#shorts', '#乡村振兴 #邮政快递', '口岸放行时效;通关时效研究;贸易便利化;口岸管理'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    for (const line of ['坚定创新驱动战略,加快科技成果转化与产业化,补齐产业链短板;', '蒋建明,196212月生,江苏沭阳县委书记;', '#乡村振兴# 近日,县邮政分公司在10个行政村设立快递服务站,打通农村寄递“最后一公里”。'])
      expect(classify(normalizeLine(line)), line).toBe('text');
  });
});

describe("import: an English page's furniture (the English sites of Chinese papers and agencies)", () => {
  it("its byline, date line, bracketed credit and labelled credits are not paragraphs, its editors' line ends the article; its sentences stay", () => {
    for (const line of ['By Gao Feng, Wang Xuetao and Zuo Wei (Xinhua)', 'By Li Yan | China Daily', '14:28, November 26, 2011', 'Updated: March 12, 2024 09:30', 'Nov. 3, 2023', '(Xinhua News Agency July 12, 2006)', '(Xinhua)', 'Source: Xinhua', 'Photo: Li Yan/Xinhua'])
      expect(classify(normalizeLine(line)), line).toBe('chrome');
    for (const line of ['(Web editor: Li Yan, Bianji)', 'Editor: Zhang Wen']) expect(classify(normalizeLine(line)), line).toBe('end');
    const en = ['China has built 3.38 million 5G base stations, the Ministry of Industry and Information Technology said on Tuesday.', 'By the end of 2023, 5G networks covered all cities and counties, and more than 90 percent of villages.', 'By Monday, the ministry had received 120 applications from courier companies.'];
    for (const line of en) expect(classify(normalizeLine(line)), line).toBe('text');
    expect(bodyOf(['China builds more 5G base stations', 'By Li Yan | China Daily', 'Updated: March 12, 2024 09:30', ...en, '(Xinhua)', '(Web editor: Li Yan, Bianji)', 'Copyright 1995 - 2024 . All rights reserved.'])).toEqual(en);
  });
});

describe("import: an English paragraph without a comma", () => {
  it('is a sentence closed by its full stop, not a caption', async () => {
    const { isCaption } = await import('../../shared/import/body');
    const en = ['China has built 3.38 million 5G base stations, the ministry said on Tuesday.', 'Statistics show that the economic cooperatives can bring an average increase of 500 yuan in annual income for each of their members.', 'Last year the average income of farmers increased by 300 yuan.', 'Yin recognized that the government needs to create a more favorable environment for cooperatives, he said.'];
    for (const line of en.slice(1, 3)) expect(isCaption(line), line).toBe(false);
    expect(bodyOf(['Cooperatives raise farmers’ income', 'Updated: March 12, 2024 09:30', ...en])).toEqual(en);
    // A caption in English, with no full stop, still is one.
    expect(isCaption('Zhang Zhongshan feeds sheep at the breeding farm of his cooperative')).toBe(true);
  });
});

describe("import: a sub-heading between paragraphs, with no sentence mark", () => {
  it('is the article\'s; a caption of the same shape (an act at an event, people at it, an official by post, a credit) is not', () => {
    for (const sub of ['三大运营商将对骚扰电话依法处置', '教老人使用健康码服务大增', '打造茶产业链条 推动茶文旅融合发展', '新建铁塔站址70%在农村及乡镇'])
      expect(bodyOf([...head, p1, sub, p2, p3]), sub).toEqual([p1, sub, p2, p3]);
    for (const caption of ['市邮政管理局局长张三在会上讲话', '2025年快递企业座谈会召开', '代表们视察天池茶缘农业发展有限公司茶园', '村民在砍甘蔗 供图 田林县蔗糖生产办公室', '媒体代表们与归侨乐队合唱、共舞现场'])
      expect(bodyOf([...head, p1, caption, p2, p3]), caption).toEqual([p1, p2, p3]);
    // A longer line with no mark (more than a heading's length) is still read as a caption.
    expect(bodyOf([...head, p1, '海事局联同相关部门探访沿海渔村渔民宣传海上安全知识并发放救生衣', p2, p3])).toEqual([p1, p2, p3]);
  });
});

describe("import: a review's cases, where a rule of this round reached into the story", () => {
  it("a story that shares an article, or names the text's rights, keeps its sentence; the share box's instruction and a reprint notice go", () => {
    const shared = '经查,该网民将编造的文章转发至微信群,造成不良社会影响,已被依法行政拘留5日。';
    expect(classify(shared)).toBe('text');
    expect(classify('打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。')).toBe('chrome');
    const rights = '法官提醒,本文所涉案例中,被告未经许可复制他人作品,应当承担侵权责任。';
    expect(bodyOf([...head, p1, p2, rights])).toEqual([p1, p2, rights]);
    const quoted = '“本网记者调查发现,一些网站未经授权转载新闻作品。”';
    expect(bodyOf([...head, p1, quoted, p2])).toEqual([p1, quoted, p2]);
    expect(bodyOf([...head, p1, p2, '以上内容为转载内容,不代表本公司立场。'])).toEqual([p1, p2]);
  });

  it('reads a line with a long run of spaces inside it at once (trimming its end by a pattern took the square of the run: 40,000 spaces, 2.6 s)', () => {
    for (const space of [' ', '\u3000', '\u200b']) {
      const line = '。' + space.repeat(100_000) + '新';
      expect(paragraphText(`\u3000\u3000${line}\u200b `)).toBe(line);
      expect(extractArticle(['标题', line, p1]).title).toBe('标题');
    }
  });

  it("reads a line of short words between spaces at once (a photo credit's pattern started again at every word: 24 kB took 4 to 10 s)", () => {
    for (const word of ['新闻 ', '记者 ']) {
      const line = word.repeat(50_000) + 'x';
      expect(bodyOf([...head, p1, line, p2]).length).toBeGreaterThanOrEqual(2);
    }
    // The credit itself is still read at a caption's end.
    expect(bodyOf([...head, p1, '工作人员正在分拣快件。新华社记者 李健 摄', p2])).toEqual([p1, p2]);
  });

  it("a unit's number with # is no hashtag, a feed's tag still is", () => {
    for (const line of ['(二)3#机组', '1号楼、2号楼主体已封顶,3#楼', '#1']) expect(classify(line), line).not.toBe('chrome');
    for (const line of ['#乡村振兴 #邮政', '小编推新闻20260310#shorts']) expect(classify(line), line).toBe('chrome');
  });

  it('a word a button is made of, alone on its line, may head a section', () => {
    for (const line of ['结果', '文章', '手机']) expect(classify(line), line).not.toBe('chrome');
  });

  it("a browser tab's tail after a spaced em dash goes; a subtitle after a spaced hyphen stays", () => {
    const body = ['发布时间:2024-05-15 15:42', p1, p2];
    expect(extractArticle(['台灣大申請展延繳回超頻頻寬期限 — 臺北市 — 自由時報電子報', ...body]).title).toBe('台灣大申請展延繳回超頻頻寬期限');
    expect(extractArticle(['全国两会特别报道之代表委员谈 - 高质量发展新路径', ...body]).title).toBe('全国两会特别报道之代表委员谈 - 高质量发展新路径');
    expect(extractArticle(['市邮政管理局召开寄递安全工作会议 -- 楊俊強先生', ...body]).title).toBe('市邮政管理局召开寄递安全工作会议');
  });
});
