import { isOrganisation, isPersonName, plainByline } from './byline';
import { findDates, monthName } from './dates';
import { labelledValues } from './labels';
import { normalizeLine } from './normalize';

/** What a line of a reprinted page is, as far as the article is concerned. */
export type LineKind = 'blank' | 'chrome' | 'end' | 'breadcrumb' | 'meta' | 'text';

/** A video's or an audio's player: its clock ("00:00 / 03:25") or its speed ("1.0x"). */
export const playerClock = /^\d{1,2}:\d{2}(:\d{2})?(\s*\/\s*\d{1,2}:\d{2}(:\d{2})?)?$|^[0-2](\.\d{1,2})?\s*[xX×倍]$/;


/**
 * The site around an article: widgets and placeholders dropped wherever met. Lines are
 * normalized (simplified characters, ASCII colons) before these are tried.
 */
const chrome = [
  /^欢迎(访问|光临|来到|您)/,
  /字[体号]\s*:?\s*[【[]?\s*(大\s*中\s*小|小\s*中\s*大|默认|放大|缩小|T\s*T)/,
  /^[【[]?\s*字[体号]\s*:?\s*[】\]]?$/,
  /A\s*[+＋]\s*A\s*[-－]|^A\s*[+＋]$|^A\s*[-－]$/,
  /(打印本页|关闭窗口|加入收藏|收藏本页|返回顶部|回到顶部|关闭本页)/,
  /^分享(到|至)?\s*:?/,
  // Short lines of the site's account and reading widgets: "扫码在手机上打开本文", "马上注册,结交更多好友",
  // "请登录后识别阅读权限!", "进入移动版,省流量,体验好".
  /^.{0,4}(扫码|注册|登录|登陆|移动版|手机版|阅读权限).{0,20}$/,
  // "在手机上阅读本文", "用手机打开": the page's link to its mobile view.
  /^(?=.{0,20}$).{0,4}(在|用)手机(上|端)?(阅读|打开|浏览|查看)/,
  /^本网概况|^网站地图$|^(首页\s*\|\s*)?联系我们(\s*\|)?/,
  /^[(（【[]?\s*((相关)?资料(图片?|照片)|资料图片仅供参考|图片仅供参考|图片来源[^)）】\]]*|图源[^)）】\]]*|配图|图)\s*[)）】\]]?$/,
  /^图片?\s*\d+$|^图[一二三四五六七八九十]+$|^(附图|图表)\s*\d*$|^image\.(png|jpe?g|gif)$|^<image>|^!\[/i,
  /^(导读|导语|导言|提要|内容提要|核心提示|原标题)\s*:?/,
  // A photo's caption: "(图为7月10日,…)", "图为…", "上图:…".
  /^[(（]?\s*(图为|图示|上图|下图|左图|右图|组图)/,
  // The browser's notices: "您的Flash Player版本过低", "请启用JavaScript".
  // "您的浏览器不支持video标签", "该视频暂不支持播放": a player's notices.
  // (In English too: "Your browser does not support the video tag.", "Please enable JavaScript to view the comments".)
  /Flash\s*Player|browser does not support|(enable|turn on) JavaScript|播放器升级|浏览器版本过低|(启用|开启)\s*JavaScript|浏览器(暂)?不支持|(视频|音频)?暂不支持播放|不支持(播放|该)(此)?(视频|音频)/i,
  // A feedback widget's question: "您对本页面内容是否满意?", "本页面内容是否对您有帮助?", "您认为这篇文章怎么样?".
  /^(?=.{0,30}$)(您对|你对|您认为|你认为|本页面?|此页面?|这篇文章|本文|该文).{0,10}(是否满意|满意吗|有帮助吗|对您有(所)?帮助|怎么样)\s*[?？]?$/,
  // Counters told as a sentence: "本文已被浏览 1234 次", "您是第94911343位访问者"; a comment box's "还可以输入500字", "0/500".
  /^(本文|本页|该文|此文|文章)?已?被?(浏览|阅读|访问|点击|查看)了?\s*\d+\s*次$|^(你|您)是(本站)?第\s*\d+\s*(位|个|名)(访问者|访客|读者)|^(还(可以|能)输入|已输入|最多(输入)?)\s*\d+\s*个?字|^\d{1,4}\s*\/\s*\d{2,4}$|^请(输入|填写)(评论|留言|验证码|内容|关键[词字])/,
  // An empty comment box's invitation: "还没有评论,快来抢沙发吧!", "暂无留言".
  /^(?=.{0,30}$).*(抢沙发|坐沙发|发表第一条评论|还没有(人)?(评论|留言)|暂无(评论|留言))/,
  // A player's clock and speed: "00:00 / 03:25", "1.0x".
  playerClock,
  // The font-size buttons without their label: "默认 大 超大", "A+ A A-", "T T".
  /^([【[(（]?\s*(默认|标准|特大|超大|较大|大|中|小|T|A\s*[+＋\-－]?)\s*[】\])）]?\s*[|｜/]?\s*){2,4}$/,
  /[(（]\s*[^()（）]{0,20}(摄|供图)\s*[)）]\s*$|图片来源\s*:|^图\s*[一二三四五六七八九十\d①-⑳]+\s*[、:.]?/,
  // A caption's label and credits: "图片说明:…", "【图注】…", "供图:市公安局", "张三 摄" alone, "(图片由AI生成)".
  // (And the page's credit for its pictures after a caption: "通渭风电基地。本版资料图片除署名外均由定西日报提供".)
  /(图片|照片).{0,12}(均)?由\S{1,20}(提供|拍摄)\s*[)）]?$|^[【[]?\s*(图片说明|照片说明|图注|图说|供图|图片提供)\s*[:】\]]|^[\u4e00-\u9fa5·]{2,4}(\s+[\u4e00-\u9fa5·]{2,4})*\s*[/／]?\s*摄$|^[(（]?\s*(本文)?(配图|图片|插图|图)(均)?(由|为|系)?\s*AI\s*(生成|制作|绘制)|^AI\s*(配图|生成图|制图)/i,
  /^[^\s，。,]+\.(png|jpe?g|gif|webp|bmp)$/i,
  // An arrow pointing at the picture above or below: "▲市民在…", "▼各个地点安检滴水不漏。(图/东森新闻)".
  /^[▲▼]/,
  // Another article's teaser: "…恆星與系外行星... 詳情", "…生了大胖儿子……[详细]".
  /(\.{3}|…+)\s*[[【]?(详情|详细|全文|更多|阅读全文)[\]】]?\s*(>>|»)?$/,
  // (Or with its link's arrow: "…相处变得更好!► 即睇", "…举行 详情>>".)
  /(►|▶|→|>>|»)\s*[[【]?(即睇|详情|详细|全文|更多|阅读全文|阅读更多|查看全文|查看详情)[\]】]?$|[[【]?(即睇|详情|详细|阅读全文|阅读更多|查看全文|查看详情)[\]】]?\s*(►|▶|→|>>|»)$/,
  // A teaser cut at a fixed length with three dots ("…复电率达9成以上。台电…表示,至今已动员超过720名 ..."); an article's own
  // ellipsis is …… or six dots.
  /^.{20,}[^.]\s*(?<!\.)\.{3}$/,
  // (Or with dots set apart: "…预计明 .....".)
  /^.{20,}\S\s+\.{3,}$/,
  // A page template's placeholder left unfilled: "{jz:field.toptypename/}", "${视频图片2010}", "{nickName}".
  /\$?\{\/?[\w\u4e00-\u9fff]+(:[^{}]*)?\/?\}/,
  /<\/?(span|div|a|p|img|table|td|tr|label|acronym|menu|ruby)\b[^>]*>/i,
  // Markup whose "<" the copy lost: "打印?span id=\"printapp\">".
  /\b(id|class|style|href|src|onclick|target)\s*=\s*["'][^"']*["']\s*\/?>/i,
  /^[-•·]\s/,
  /【\s*(打印|关闭|收藏此页|收藏|打印本页|关闭窗口)\s*】|(打印|关闭)\s*】\s*【/,
  /[[【]\s*(详细|更多|全文|详情)\s*[\]】]$/,
  /^(进入专题|专题|相关专题|相关标签|标签|关键词|关键字|tags?)\s*:?\s*$/i,
  // The page's tags under the article: "关键字: 宜宾,快递进村", "标签: 邮政 快递" (short words, no sentence).
  /^(相关标签|标签|关键字|tags?)\s*:\s*[^，。,；;！？]{1,12}([\s,，;；、|]+[^，。,；;！？\s]{1,12}){0,8}$/i,
  /^(进入|相关)?专题\s*:/,
  // A long article's pages: "共3页: 上一页 1 2 3 下一页", "[1] [2] [下一页]", "第1页 第2页", "本文共3页". (Each step
  // ends at a space, a bracket, the next step's word or the line's end, so a line reads one way only: no
  // backtracking that grows with its length.)
  /^(共\s*\d+\s*页\s*:?\s*)?(?:[[【]?(?:首页|上一页|下一页|尾页|末页|第\s*\d+\s*页|\d{1,3})[\]】]?(?:\s+|$|(?=[[【第首上下尾末])))+$|^本文共\s*\d+\s*页$/,
  // A feed's item or a post's topic tags, ending with a hashtag: "…现场麦克风却狂出包!|👍小编推新闻20260310#shorts", "#乡村振兴 #邮政".
  // (Not a unit's number, "3#机组", "1号楼、2号楼主体已封顶,3#楼", nor "#1" alone.)
  /^(?!.*[。！？]).*(?:(?:^|[\s|｜])#(?!\d+$)[^\s#，。,]{1,30}|\d#[A-Za-z]\w{0,29})$/,
  // An English page's furniture (the English sites of Chinese papers and agencies): its byline ("By Gao Feng, Wang Xuetao and
  // Zuo Wei (Xinhua)"), its date line ("14:28, November 26, 2011", "Updated: March 12, 2024"), a credit in brackets
  // ("(Xinhua)", "(Xinhua News Agency July 12, 2006)") and its labelled credits ("Source: Xinhua", "Photo: Li Yan").
  /^By [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}((,| and|, and) [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}){0,6}( ?[(|][^()]{1,40}\)?)?$/,
  new RegExp(`^(\\d{1,2}:\\d{2},? ?)?((Updated|Published|Posted|Date)\\s*:?\\s*)?${monthName} \\d{1,2},? \\d{4}(,? \\d{1,2}:\\d{2}( ?[AP]M)?)?$`, 'i'),
  new RegExp(`^\\([A-Z][A-Za-z .'&-]{1,40}( ${monthName} \\d{1,2},? \\d{4})?\\)$`),
  /^(Source|Photo|Photos|Photographer|Reporter|Author|Written by|Video|Graphics?)\s*:\s*[A-Z][A-Za-z .,'&/-]{1,60}$/,
  // A social account named alone: "@人民日报".
  /^@[^\s@，。,]{1,20}$/,
  /^(下载|打开)\S{0,10}(APP|客户端)/i,
  /^[|｜\s-]+$/,
  // Notices a site prints in its header as well as its footer.
  /^[^。，,]{0,30}(互联网新闻信息服务许可证|违法和不良信息举报)[^。，,]{0,30}$/,
  // The end mark: "(完)", "—完—", "END".
  /^[(（【[—\-\s]*(完|全文完|END)[)）】\]—\-\s]*$/i,
  /^<!--|-->$/,
  // A site's blurb in angle brackets: "<来客推(www.…)是国内知名商城系统…>".
  /^<[^<>]{4,}>$/,
  /^channelId\b/,
  // Follow-us lines, "扫码关注", "关注公众号" (share targets alone, "微信 微博 QQ空间", are widget words).
  /^(扫码|长按)(关注|识别)|^关注(我们|公众号|微信公众号)|^点击(查看大图|图片|播放)|^视频加载中/,
  // A WeChat article's frame, copied with it: "点击上方“蓝字”关注我们", "预览时标签不可点", "继续滑动看下一个",
  // "视频 小程序 赞,轻点两下取消赞", "以下文章来源于…", "收录于合集 #…", the account's card ("微信号: …").
  /^(点击|点)\s*(上方|下方|上面|下面)?\s*[“"「]?\s*(蓝字|蓝色字|上方蓝字|名片|卡片)/,
  // (Or naming the account: "↑点击上方“某某发布”关注我们", "点击下方名片关注我们".)
  /^(?=.{0,40}$)[↑↓\s]*(点击|点)\s*(上方|下方|上面|下面).{0,20}关注/,
  /预览时标签不可点|未经审核的第三方商业营销信息|Tap twice to (cancel|close)|Swipe (up|left) for (the )?next|Scan with (Weixin|WeChat)|(继续|向上)滑动看下一个|轻[触点](两下)?\s*(阅读原文|取消)|微信扫一扫(关注|可打开|使用)|喜欢此内容的人还喜欢|^以下文章来源于|^收录于(合集|话题)|^(写下你的|精选|写)留言|^设为星标|^(微信号|功能介绍)\s*:/,
  // The app's prompts: "在APP内打开", "打开XX新闻客户端,阅读体验更佳".
  /^.{0,12}(APP|客户端)\s*(内|中)?\s*(打开|阅读|查看)(?!.{20})/i,
  // "打开凤凰新闻,查看更多高清图片", "下载澎湃新闻APP,阅读全文": the app's prompt under a cut article.
  /^(?=.{0,30}$)(打开|下载|安装)\S{1,12}[,，\s]*(查看|阅读|看)(更多|全文|原文|完整)/,
  // A WeChat copy's pointers: "戳“阅读原文”了解更多", "点击“阅读原文”查看详情".
  /^(?=.{0,30}$)(戳|点击?|轻触)\s*[“"「]?\s*(阅读原文|原文链接|下方链接|这里|此处)/,
  // A gallery's or a long picture's prompts: "(左右滑动查看更多)", "点击图片进入下一页", "(点击图片查看大图)".
  /^[(（]?\s*(左右|上下|向左|向右|向上|向下)?滑动(查看|浏览|阅读)|^[(（]?\s*(点击|点)(下方|上方)?(图片|大图)/,
  // A picture's credit alone on its line: "受访者供图", "图片由受访者提供", "新华社发".
  /^.{0,20}供图$|^[(（]?\s*(图片|照片|图)(均)?(由|来自).{1,20}(提供|拍摄)\s*[)）]?$|^[\u4e00-\u9fff]{2,10}(社|网|报|台)发$/,
  // The credits of a video or a poster beside the editors': "视频:张三", "海报设计:李四", "摄像:王五".
  /^(视频|海报|海报设计|摄像|动画|音频|配音|主播|播音|文案|视觉|H5)\s*[:/|｜]\s*[\u4e00-\u9fa5·]{2,4}([\s、]+[\u4e00-\u9fa5·]{2,4})*$/i,
  // The site's own accounts under their QR codes: "中国政府网微信", "国务院客户端小程序".
  /^[^，。,、；;！？:]{0,14}(微信|微博|客户端|小程序|APP|公众号|视频号|抖音号|头条号)$/i,
  // Asking the reader to like or share: "觉得不错,请点个在看", "喜欢这篇文章?请点赞分享", "星标公众号,第一时间获取更多资讯".
  /^(?=.{0,30}$)(.*点(个|亮)?\s*[“"]?在看|(喜欢|觉得).{0,10}(点赞|分享|在看|点这里)|.*星标.{0,3}公众号)/,
  // A paper's credit to its interns: "(实习生 王小明 对此文亦有贡献)".
  /^[(（].{0,30}(对此文|对本文)亦有贡献[)）]$/,
  // "更多中国要闻", "更多>>": a link to the column, not a heading of the article.
  /^更多[^\s，。,、；;！？:]{0,10}\s*(>>|»|>|→)?$/,
  // A section's heading framed by rules: "—  相关新闻  —", "----- 地方新闻精选 -----".
  // (The heading holds none of the rules' characters, so a long run of them is read once, not split many ways.)
  /^[-—–=~*#_]+\s*[^，。！？,!?\-—–=~*#_]{1,16}?\s*[-—–=~*#_]+$/,
  // The length and credits of the page's pictures: "(全文共387字)", "图说:…", "(摄影 张三)", "图/王五".
  /^[(（]?\s*(全文|本文)共?\s*\d+\s*字/,
  // A speech's note under its headline: "(2015年7月7日,根据录音整理)", "(有删节)".
  /^[(（][^()（）]{0,30}(根据录音整理|有删节|有删减|节选|摘编)[)）]$/,
  // A subtitle on its own line: "——记四川省木里藏族自治县邮政分公司邮递员王顺友" (a speech's "——坚持…。" is a sentence).
  /^(——|--)\s*[^—\-\s].{4,60}[^。！？!?.;；:：”]$/,
  // Who the text and pictures are from, on a line of its own: "文图据新华社、中新网", "(据人民日报)".
  /^[(（]?\s*(文图|图文|文\/图|图\/文)\s*(据|来源|来自)|^(?=.{0,30}$)[(（]?\s*据[^\s，。,、；;:！？!?]{2,12}(、[^\s，。,、；;:！？!?]{2,12})*\s*[)）]?$/,
  // A picture's credit closing its caption: "…升旗仪式。(资料图片)", "…雪豹。(图片除署名外均由…管理局提供)".
  // (Or naming who gave it: "…移交珠海边防部门处理。 (海关图片)", "…滴水不漏。(图/东森新闻)".)
  /[(（]\s*(资料图片?|资料照片|网络图片|视频截图|图片.{0,30}提供)\s*[)）]$|[(（]\s*(图|图片|照片|摄影?)\s*[/:／|]\s*[^()（）]{1,20}[)）]$|[(（][^()（）]{1,12}(图片|照片|供图)[)）]$/,
  // Where the post was sent from, the platforms' location widget: "IP属地:北京", "发布于:北京市", "发表于河南".
  /^(IP\s*属地|发布于|发表于)\s*:?\s*[\u4e00-\u9fff]{2,8}$/i,
  // How to share the page, the share box's instructions: "打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。"
  // (Told as an instruction, "即可将…": a story's "该网民将编造的文章转发至微信群" stays.)
  /(即可|便可|可以?)(将|把)?(网页|本页|本文|文章|页面)(分享|转发)(至|到)(朋友圈|微信)/,
  // A clock on the page: "香港时间12时00分", "北京时间 10:30".
  /^(北京|香港|台北|澳门|当前|现在)时间\s*:?\s*\d{1,2}\s*(时|:)\s*\d{2}\s*分?$/,
  // Where a photo's people stand: "第一书记金达芾(右二)书写…".
  /^(?=.{0,150}$).*[(（](左|右|中|前排|后排)[一二三四五六七八九十\d]*[)）]/,
  // The site's asides to its readers: "丝瓜网小编提示,记得把“…”分享给大家!", "更加详细情况,请关注本站最新动态。"
  /^.{0,12}小编(提示|提醒)|(记得|欢迎)(把|将).{0,60}分享给(大家|朋友|更多人)|^(?=.{0,40}$).*(请|敬请)(继续)?关注本(站|网)/,
  // A reading service's links: "原文地址:访问原文地址", "快照地址: 访问文章快照".
  /^\S{0,8}地址\s*:\s*(访问|点击|查看)/,
  // A site's name beside a date without a year: "昆明信息港    03-16 13:08:57".
  /^[^，。,]{0,20}\s\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?$/,
  // ("摄:Gordon Choi": a name in letters.)
  /^图说\s*:|^[(（]?\s*(摄影|摄|图|图片)(\s*[:/]\s*|\s+)[\u4e00-\u9fa5·]{2,4}(\s*[、\s]\s*[\u4e00-\u9fa5·]{2,4})*\s*[)）]?$|^[(（]?\s*(摄影|摄|图片)\s*[:/]\s*[A-Za-z][A-Za-z .'-]{1,30}[)）]?$|^(本文)?图片(均)?(来自|来源于?|源自)(网络|互联网)/,
];

/**
 * Widget words that a sentence of the story may also use ("居民用手机扫一扫公告栏上的二维码,即可预约", "倡导文明上网",
 * "每天阅读30分钟"): the site's only on a line that is not a sentence.
 */
const chromeWords = [
  /(扫一扫|扫描二维码|手机扫码|用手机扫|微信扫|二维码|在您的设备上浏览)/,
  /(文明发言|理性发言|文明上网|请遵守.{0,10}(法律|法规|规定))/,
  /APP下载|客户端下载/i,
  // A reading-time widget: "本篇文章200字,读完约1分钟".
  /(读完|阅读)(约|需要?|时间)?\s*\d+\s*分钟/,
];
/**
 * A short line without a Chinese character or a sentence: a logo's or a button's text ("ADVERTISEMENT",
 * "QR code", "Baidu", "x"), a stray piece of script ("'); })();"), a long id number, a telephone number alone. (A Chinese page's paragraph in
 * English or Spanish is a sentence, longer; a line with a figure, "GDP 5.2%", "2035", "iPhone 15 Pro", is content.)
 */
const foreignScrap = (line: string) => /^\d{10,}$|^(\+?86[\s-]?)?0\d{2,3}[\s-]?\d{7,8}$/.test(line) || (line.length <= 30 && !/[\u3400-\u9fff\d]/.test(line) && (line.match(/[A-Za-z]{2,}/g) ?? []).length <= 3 && !/[.!?]$/.test(line));

/**
 * A label alone on its line, its value elsewhere or gone: "分享到:", "标签:", "温馨提示:", "站内搜索:". Not the story's
 * words leading into what follows ("但不少人纷纷表示:", "以下为原文:", "主要内容包括:") nor a speaker's name in a
 * transcript ("陈强:", over the answer).
 */
const bareLabel = (line: string) =>
  /^\S{1,10}\s*:$/.test(line) && !/(表示|说|说道|指出|强调|认为|如下|原文|介绍|称|写道|提到|回答|问|答|透露|坦言|宣布|告诉记者|包括|分别是|有)\s*:$|^(以下|如下)/.test(line) && !isPersonName(line.replace(/\s*:$/, ''));

/**
 * The day's widget a page prints in its head: `text` ends with it ("今天是:2024年4月25日 星期四", "欢迎访问本站 今天是
 * 2024年3月12日 星期二 农历二月初三", "今日: 2024-03-12"), or opens with it and says no sentence ("今天是: 欢迎访问本站!",
 * its date left to a script). Its date is today's, never the article's; a sentence of the story that opens with
 * 今天是 ("今天是全国科普日,市科协…") is not it. One test for the chrome line, a trail's tail and the date's reading.
 */
export function todayWidget(text: string): boolean {
  let rest = text.trim();
  // (The day of the week and the lunar date after the date, each read once, with no pattern over a run of spaces.)
  for (let k = 0; k < 3; k++) rest = rest.replace(/(星期.|周[一二三四五六日天]|礼拜.|农历\S{2,8}|[|｜])$/, '').trim();
  const last = findDates(rest).sort((a, b) => b.index + b.match.length - (a.index + a.match.length))[0];
  if (last && !rest.slice(last.index + last.match.length).trim()) rest = rest.slice(0, last.index).trim();
  if (/(今天|今日)\s*(?:(是|为)\s*)?:?$/.test(rest)) return true;
  return /^(今天是|今日是)/.test(rest) && rest.length <= 40 && !/[，。；,;]/.test(rest);
}

/** A sentence of the story: some length, and clauses. */
const isSentence = (line: string) => line.length >= 25 && (line.match(/[，。；！？,;!?]/g) ?? []).length >= 2;

/**
 * The words of the widgets every Chinese news or government site puts around an article (print,
 * share, font size, counters, log-in, follow-us, ads, "more"): a line made of these and nothing else
 * ("【打印文章】 【添加收藏】", "阅读 1.2万 赞 36 在看", "返回栏目>>", "用户名 注册新用户") is the site's,
 * whatever brackets, separators and counts join them. (Longest first, so that "发表评论" goes before "评论".)
 */
const widgetWords = [
  '打印本页', '打印文章', '打印预览', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭此页', '关闭', '加入收藏', '添加收藏', '收藏本页', '收藏本文', '收藏此页', '收藏', '取消收藏',
  '分享到', '分享至', '分享给', '分享本文', '分享', '转发', '复制链接', '复制网址', '复制本文链接', '复制', '搜索', '站内搜索', '我要纠错', '纠错', '举报', '我要投稿', '投稿',
  '发表评论', '我要评论', '参与评论', '参与互动', '用户评论', '网友评论', '最新评论', '最新回复', '暂无评论', '条评论', '人评论', '评论', '写留言', '留言', '回复',
  '点赞', '赞赏', '打赏', '赞', '踩', '顶一下', '踩一下', '顶', '在看', '喜欢', '好文', '阅读原文', '阅读全文', '展开全文', '查看原文', '查看全文', '展开', '收起', '全文',
  '返回顶部', '回到顶部', '返回列表', '返回首页', '返回栏目', '返回上一页', '返回上页', '返回', '首页', '上一页', '下一页', '更多', '查看更多', '点击查看', '点击进入',
  '字号变大', '字号变小', '字号', '字体', '放大', '缩小', '默认', '大中小', '繁体', '简体', '无障碍', '长者模式', '适老化', '关怀版', '手机版', '电脑版', '移动版',
  '微信公众号', '官方微信公众号', '官方微信', '官方微博', '微信', '微博', '新浪微博', '腾讯微博', 'QQ空间', 'QQ好友', '朋友圈', '人人网', '豆瓣', '抖音号', '抖音', '快手', '视频号', '头条号', '百家号', '小程序',
  '扫一扫', '扫码关注', '扫描关注', '扫描', '长按识别', '长按', '识别', '扫码', '二维码', '关注我们', '关注', '公众号', '客户端', '下载', 'APP',
  '阅读次数', '浏览次数', '点击次数', '点击数', '阅读量', '浏览量', '访问量', '阅读', '浏览', '次浏览', '人阅读', '人浏览', '次', '已有', '人',
  '友情链接', '网站地图', '联系我们', '标签', '关键词', '广告', '推广', '设为首页', 'english',
  '登录', '注册新用户', '注册', '退出', '用户名', '密码', '匿名发表', '匿名', '忘记密码', '立即注册', '还没有账号', '发表', '提交', '取消', '确定', '知道了',
  // (Buttons: "我要留言", "正在播放", "投票结果", "文章纠错", "手机查看"; as compounds, since 结果, 文章 or 手机 alone may
  // head a report's section; and the link every government site carries, "政府网站找错".)
  '我要留言', '我要纠错', '正在播放', '投票结果', '文章纠错', '手机查看', '手机版', '查看', '留言板', '政府网站找错', '评分', '意见反馈',
  '成功提示', '错误提示', '警告提示', '视频', '音频', '图片', '往期精彩', '我来说两句', '列印本页', '列印', '回应', '赞好', '订阅', '追蹤我们', '追蹤', '追踪', '看更多', '加入好友', '字体大小', '点击', '戳这里', '上一张', '下一张', '查看原图', '原图', '文章图片', '阅读下一篇', '下一篇', '上一篇', '立即下载', '回首页', '回顶部', '点击查看全文', '图集', '本文字数', '跟贴', '跟帖', '热议', '我要举报', '我要分享', '网友留言', '热门点击', '热门', '点击进入专题', '进入专题', '专题', '推荐给朋友', '分享给朋友', '原文链接', '原文地址', '请输入验证码', '验证码', '反馈', '热门标签', '你可能还喜欢', '你可能喜欢',
  // A player's buttons (video, audio, read aloud), a poll's and a feedback box's choices, a mood widget.
  '播放', '暂停', '重播', '静音', '全屏', '退出全屏', '倍速', '画中画', '高清', '标清', '超清', '加载中', '正在加载', '载入中', '朗读', '听全文', '听新闻', '语音播报', '点击收听', '收听',
  '投票', '参与投票', '查看结果', '我要表态', '表态', '心情', '开心', '感动', '愤怒', '难过', '搞笑', '非常满意', '基本满意', '不满意', '满意', '有帮助', '没帮助', '没有帮助', '非常好', '很好', '较好', '一般', '较差', '很差',
  '智能问答', '读屏专用', '关怀模式', '发送到手机', '手机阅读', '邮件', '钉钉', '小红书', '赞助商', '网站首页', '网站纠错', '找错', '网页链接', '展开剩余', '长图', '视频时长', '参与', '精彩评论', '广告位', '招租', '虚位以待', '商务合作', '广告合作', '继续访问', '听过', '粉丝', '获赞', '已关注', '关注作者',
  '视力保护色', '保护色', '护眼模式', '上一版', '下一版', '返回目录', '版面导航', '标题导航', '前一期', '后一期', 'pdf版', 'pdf', '加载更多', '没有更多了', '没有更多', '已经到底了', '到底了', '已显示全部评论', '显示全部',
  'share', 'print', 'close', 'top', 'back', 'more', 'home', 'menu', 'login', 'search', 'next', 'prev', 'previous', 'article', 'like', 'wechat', 'weibo', 'qq', 'ad',
  'facebook', 'twitter', 'line', 'whatsapp', 'telegram', 'email', 'gotit', 'readmore', 'wow', 'advertisement',
].sort((a, b) => b.length - a.length);
const widgetMarks = /[\s\d【】[\]()（）<>〈〉«»‹›|｜/\\·•:;：；\-—–_=+＋×✕*#&%?？!！.,，、…~～↑↓←→》《"“”'‘’▲▼△▽◆◇■□●○★☆▶▷►]/g;

/** A line of nothing but the site's widgets and their counts (a bare "0", "(11)", "100%" is a counter). */
export function isWidgetLine(line: string): boolean {
  if (line.length > 60 || findDates(line).length) return false;
  // (And a gallery's "3/12".)
  if (/^[(（[【]?\s*[+＋]?\d{1,6}\s*[)）\]】]?\s*%?$|^\d{1,2}\s*\/\s*\d{1,2}$/.test(line)) return true;
  let rest = line.toLowerCase().replace(/\s+/g, '').replace(/\d+(\.\d+)?(万|千|亿|k|w)\+?/g, ' ');
  let words = 0;
  for (const word of widgetWords) {
    const lower = word.toLowerCase();
    if (!rest.includes(lower)) continue;
    rest = rest.split(lower).join(' ');
    words++;
  }
  // (A letter x is a close button: "x 广告".)
  return words > 0 && !rest.replace(widgetMarks, '').replace(/^x$/, '');
}

/** "一、", "(三)", "3.": a numbered part of the article (not a date such as 2023.10.26). */
const numberedPart = /^([一二三四五六七八九十]+\s*[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d))/;

/** A notice's own organiser or contact line: "一、主办单位:…", "(三)联系电话:…", "联系人:张三,联系电话:…。" */
const noticeContact = new RegExp(`${numberedPart.source}\\s*(主办|承办|协办|技术支持|联系|电话|热线|传真|邮箱|地址|邮编)|^联系人\\s*:`);

/** Where the article ends: what follows is the reprinting site's, not the article's. */
const end = [
  /^[【[(（]?\s*(免责声明|特别声明|版权声明|郑重声明|声明|申明|版权和免责申明|免责申明)\s*[:】\])）]?/,
  // "国际在线版权与信息产品内容销售的声明:": a notice's heading under the article.
  /^[^，。,]{0,24}(声明|申明)\s*[:】\])）]?$/,
  /^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|前一篇|后一篇|上一则|下一则|上一則|下一則)\s*:?/,
  /^[【[▌▍■>»]?\s*(继续阅读|相关(文章|阅读|新闻|链接|推荐|稿件|报道|热词搜索|热词)|推荐阅读|延伸阅读|往期回顾|往期推荐|热门搜索|专题推荐|视频推荐|更多新闻|更多资讯|热点新闻|热门推荐|热门文章|为您推荐|猜你喜欢|精彩推送|精彩推荐|最新文章|最新新闻|最新评论|最新资讯|大家都在看|更多精彩|发表评论|发表回复|参与讨论|网友评论|热门评论|参与评论|所有评论|全部评论|我要评论|评论区|新闻推荐|今日话题|24小时排行|排行榜|阅读排行|点击排行)/,
  // "(责任编辑:王小明)", "责任编辑/王小明", "【审稿:李四】": the editors' lines, written with a colon or a slash.
  /^[（(【[]?\s*(责任编辑|责编|编辑|审核|审校|审稿|校审|校对|责任校对|签发|一审|二审|三审|初审|复审|终审|值班编辑|网络编辑|本文编辑|文字编辑|实习编辑)\s*[:/／丨]/,
  // "(Web editor: Li Yan)", "Editor: Zhang Wen": an English page's editors' line.
  /^[(（]?\s*(Web editor|Editor|Editors|Editor in charge|Chief editor)\s*:\s*[A-Z][A-Za-z .,'&-]{1,60}[)）]?$/,
  // "编辑 方亚丽" / "二审 陈露" / "三审 孙晓蓉": the editors' lines without a colon.
  /^(责任编辑|责编|编辑|审核|审校|校对|一审|二审|三审|初审|复审|终审|值班编辑|网络编辑|本文编辑)\s+[\u4e00-\u9fa5·]{2,4}(\s+[\u4e00-\u9fa5·]{2,4})*$/,
  // A heading over links to other articles: "推荐内容", "您可能感兴趣的文章", "更多精彩报道".
  // (And "往期精彩回顾", "文章热词", "本站热点", "你可能感兴趣".)
  /^[【[▌▍■]?\s*(您?可能感兴趣的?|你可能(还)?喜欢|猜你喜欢|看了又看|推荐|相关|热门|热点|最新|更多|精彩|往期|延伸|其他|其它|本站|本网)\S{0,4}(内容|阅读|文章|新闻|资讯|推荐|报道|稿件|专题|视频|图片|链接|热点|热词)\s*[】\]]?\s*(:|>>|»)?$|^(文章|本文)热词\s*:?$|^[【[▌▍■]?\s*(往期|精彩)\S{0,2}回顾\s*[】\]]?\s*:?$|^[【[▌▍■]?\s*(您|你)可能(会)?感兴趣(的)?\s*[】\]]?\s*:?$/,
  // "(编辑 张三)", "【责任编辑 李四】": the editor's line without a colon.
  /^[（(【[]\s*(责任编辑|责编|编辑|审核|校对|值班编辑|网络编辑|本文编辑)\s+[\u4e00-\u9fa5·]{2,4}(\s+[\u4e00-\u9fa5·]{2,4})*\s*[)）】\]]$/,
  /^返回\S{0,6}(首页|查看更多)|^(阅读|展开|查看)(全文|原文|更多)$/,
  /(版权所有|Copyright|All Rights Reserved|©|ICP备|ICP证|网安备|公网安备|主办:|承办:|网站标识码|网站识别码)/i,
  // The footer's "主办单位:…", not a sentence's "活动主办单位还设立万元大奖".
  /(^|\s)(主办单位|承办单位|技术支持)|(主办单位|承办单位|技术支持)\s*:/,
  // Who built and keeps the site, in Chinese or English: "网站建设:…", "网站维护:…", "Designed by …", "Tel: … E-mail: …".
  /^(网站建设|网站设计|网站制作|网站维护|网站管理|维护单位|运维单位|建设单位)\s*:|^(Designed|Developed|Powered|Maintained) by\s|^(Tel|Fax|E-?mail|Add(ress)?)\s*:/i,
  /^(联系电话|监督电话|地址|联系邮箱|电子邮箱|邮编|联系我们|网站简介|关于我们|广告服务)\s*:?/,
  /^(本文地址|本文链接(地址)?|本文网址|本页地址|本站内容来源地址)\s*:/,
  // The footer's licences: "增值电信业务经营许可证:皖B2-20080023", "信息网络传播视听节目许可证:…".
  // The footer's advice on browsers: "网站支持IPV6 推荐使用1024*768或以上分辨率".
  /(推荐|建议)您?使用.{0,30}(分辨率|浏览器)|网站支持\s*IPv6/i,
  /(经营许可证|服务许可证|节目许可证|出版许可证|经营许可)\s*(编号|号)?\s*:/,
  // A platform's disclaimer under the article: "本文来自网易号作者,不代表网易立场" (short: a sentence may say so).
  /^(?=.{0,60}$)(本文|该文|文章|此文|以上|作者|稿件).{0,30}不代表\S{0,10}(立场|观点)|^\S{0,4}(声明|申明)\s*:/,
  /(转载此文|传递更多信息|侵犯了?您?的(合法)?权益|请?与本(站|网)联系|联系(本站|我们)删除|^[(（【[]?\s*转载请|(原创|版权|所有)\S{0,6}[，。,]\s*转载请|本文为\S{0,12}原创|未经(许可|授权|书面授权|同意)\S{0,12}(不得|禁止)|如涉及版权|第一时间(予以)?删除|凡本?(网|站)?注明|仅代表作者(本人|个人)?观点|本文仅供参考|文章来源于网络|如有侵权|本网站部分文章|仅提供信息(发布|存储)(平台|空间)|不代表本(站|网)观点|凡注明|凡注有|(本文|文章|图片|内容|作品|稿件)\S{0,8}来源于网络|版权归原作者)/,
  // The site speaking of its own rights to its readers: "2、本网原创之作品,欢迎…转载分享,并请注明出处。", "…版权归…所有
  // 转载请联系本网站管理员" (not a story that its reporter tells: "本网记者从市版权局获悉…"; nor readers calling the
  // site, "多名市民致电本网反映情况", or its call for tips, "…一经采用将告知作者": only rights and reprints count).
  /^(?=.{0,200}$)(?!.*(记者|通讯员|[网报台社刊闻端]讯|消息|获悉|了解到))(?=.*(本站|本网|本平台|本公众号|小编))(?=.*(版权|转载|授权|侵权|出处))/,
  /^[【[]?\s*(打印|关闭)\s*[】\]]?\s*[【[]?\s*(打印|关闭|关闭窗口)\s*[】\]]?/,
  /^(附件|相关附件)\s*:?\s*$/,
  /^附件\s*\d*\s*:/,
  // ("图片" alone is a picture's place, as WeChat's copies show each picture: not the end.)
  /^(?!图片$)[-•·]?\s*(热点|头条|推荐|最新|热门|图片|视频|精彩|今日|民生|相关)?\s*(新闻|推荐|专题|图片|热点|排行|视点|资讯|阅读)$/,
  /^.{0,30}(电话|热线|传真|邮箱|法律顾问)\s*(单位)?\s*:/,
  // A paper's tip line under its articles: "澎湃新闻报料:021-962866".
  /^.{0,12}报料\s*(电话|热线|邮箱)?\s*:/,
];

/** "标题: …" on pages that print their fields as a form. */
export const titleLabel = /^[【[]?\s*标\s*题\s*[】\]]?\s*:\s*/;
const copyright = /(版权所有|Copyright|©|ICP备|ICP证|公网安备)/i;
/** "大河报记者 郑松波 邵占坤 通讯员 司利强": a line of roles and names. */
/** Also in brackets, "(记者 阿柔娜)", or with what they did: "■本报记者 刘军 王中宙 文/图". */
const byline = /^[^\s,，。]{0,20}(记者|通讯员|实习生)\s*[\u4e00-\u9fa5·]{2,4}((\s+|、)(记者|通讯员|实习生)?\s*[\u4e00-\u9fa5·]{2,4}){0,8}?(\s*(文\s*[/|]\s*图|图\s*[/|]\s*文|摄影报道|图文报道)|\s+(摄|报道))?\s*[)）】\]]?$/;

const crumbLabel = /(当前位置|您的位置|您现在的位置|所在位置|当前的位置|你的位置|你现在的位置|位置)\s*:?/;
const crumbSep = /\s*(?:>>|[>›»＞→•]|&gt;)\s*/;
/** "首页-新闻中心-工作动态", "首页_新闻中心", "首页 :: 新闻": steps joined by dashes, underscores or double colons (in a trail with no arrow). */
const dashSep = /\s*(?:-{1,2}|—|_|::)\s*/;

/** "首页 > 新闻中心 > 集团新闻": short parts joined by arrows, no sentence. */
function isBreadcrumb(line: string): boolean {
  if (line.length > 80 || /[<="]/.test(line)) return false;
  if (/^(当前位置|您的位置|您现在的位置|所在位置|当前的位置|你的位置|你现在的位置)/.test(line)) return true;
  if (/(当前位置|您的位置|您现在的位置|所在位置)\s*:/.test(line)) return true;
  // "本页位置: 首页新闻中心地方新闻", "目前位置:": a position label of another wording.
  if (/^[\u4e00-\u9fff]{1,4}位置\s*:/.test(line)) return true;
  // Unlabelled, a paper's edition line, "A1:新闻总第5522期 >2023-06-05编印", is no trail of columns.
  if (/总第\s*\d+\s*期|编印/.test(line)) return false;
  // "高职高专动态 学院首页 / 高职高专动态 / 正文": a trail with spaced slashes through the home page.
  if (/(首页|主页)\s+\/\s+\S/.test(line) && line.split(/\s+\/\s+/).length >= 3 && !/[。！？，,]/.test(line)) return true;
  // "首页 - 新闻中心 - 工作动态", "首页 :: 新闻 :: 本地": a trail with dashes or double colons, from the home page, three steps or more.
  if (/^(首页|主页|网站首页)\s*(-{1,2}|—|::)\s*\S/.test(line) && line.split(dashSep).length >= 3 && line.split(dashSep).every((p) => p.length <= 24) && !/[。！？，,]/.test(line)) return true;
  // "首页 原创 正文", "阜阳新闻网 首页 要闻 查看内容": a trail set with spaces, from the home page (after the site's name) to the article.
  if (/^(\S{2,12}网 )?(首页|主页|网站首页) \S{2,12}( \S{2,12})? (正文|详情|内容|查看内容|正文内容|文章内容|阅读全文|查看全文)$/.test(line)) return true;
  // "首頁 ? 縣區之窗 ? 商南縣": arrows the copy turned into question marks.
  if (/^(首页|主页|网站首页)\s+\?\s+\S/.test(line)) return isBreadcrumb(line.replace(/\s+\?\s+/g, ' > '));
  const parts = line.split(crumbSep).filter(Boolean);
  // A dot alone joins names as often as it separates columns: "《小康》•中国小康网", "闽东日报•新宁德客户端 记者 郑霄".
  // (Unless the trail has three steps, or starts at the home page or ends at the article: "首页社会头条 • 正文".)
  if (!/>|[›»＞→]|&gt;/.test(line) && parts.length < 3 && !/^(首页|主页|网站首页)/.test(parts[0]!.trim()) && !/^(正文|内容|详情)$/.test(parts.at(-1)!.trim())) return false;
  // (From the home page through two steps, the last step may be the headline itself: "首页 > 新闻 > 社会 > 【快讯】…举行".)
  const home = parts.length >= 4 && /^(首页|主页|网站首页)$/.test(parts[0]!.trim());
  return parts.length >= 2 && crumbSep.test(line) && parts.every((p, k) => p.length <= 24 || (home && k === parts.length - 1)) && !/[。！？]/.test(line);
}

/** "本报记者 陈隽逸 《 人民日报 》( 2023年01月23日 第 04 版)": a paper's citation after its byline. */
const citation = /\s*《[^》]{1,20}》\s*[(（][^()（）]{0,40}[)）]\s*$/;
export const withoutCitation = (line: string) => line.replace(citation, '');

/** Sentence punctuation: what tells a paragraph of text from a headline, a menu or a widget. */
export function punctuation(line: string): number {
  return (line.match(/[，。、；！？,;!?：:“”]/g) ?? []).length;
}

/** An unlabelled "2024-03-12 09:30 江苏省通信管理局": a date, then the name of who published it. */
export function unlabelledMeta(line: string): { date: string; source: string } | null {
  const [found] = findDates(line);
  if (!found) return null;
  const before = line.slice(0, found.index).replace(/https?:\/\/\S+/g, '').replace(/^[\s|｜·•]+|[\s|｜·•]+$/g, '').trim();
  const rest = line.slice(found.index + found.match.length).replace(/https?:\/\/\S+/g, '').replace(/^[\s|｜·•]+|[\s|｜·•]+$/g, '').trim();
  // "央视新闻 2025-11-26 07:19:05": the name before the date.
  // (A widget may follow: "半岛都市报 2021-09-10 01:35 大字".)
  if (before && (!rest || rest.length <= 4) && isOrganisation(before)) return { date: found.iso, source: before };
  if (before) return null;
  if (rest.length > 30 || /[。，,.!！?？:]/.test(rest)) return null;
  return { date: found.iso, source: isOrganisation(rest) ? rest : '' };
}


/** A picture's credit, "图片来源:视觉中国", "(图源:新华社)": the picture's, not the article's source. */
const pictureCredit = /^[(（【[]?\s*(图片|图|照片|配图|题图|封面图?|头图)\s*(来源|来自|源自|提供)\s*[:|｜]|^[(（【[]?\s*图源\s*[:|｜]/;

export function classify(line: string): LineKind {
  if (!line) return 'blank';
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (pictureCredit.test(line) && line.length <= 40) return 'chrome';
  const values = labelledValues(line);
  // A label inside a sentence ("…(预警信息来源:国家预警信息发布中心)") is the sentence's.
  const fields = values.filter((v) => v.kind !== 'ignored');
  // So is one signed after the paragraph's last sentence ("…安全畅通。(应城电视台记者:李鸿)"): the paragraph stays.
  const before = fields.length ? line.slice(0, line.indexOf(fields[0]!.label)) : '';
  const signedParagraph = /[。！？!?]/.test(before) && before.replace(/\s+/g, '').length >= 20 && (before.match(/[，。；！？、,;!?]/g) ?? []).length >= 2;
  const inSentence = fields.length > 0 && (signedParagraph || ((line.indexOf(fields[0]!.label) > 25 || line.length > 100) && (line.match(/[，。；！？、,;!?]/g) ?? []).length > 3));
  if (fields.length && line.length < 200 && !inSentence && !copyright.test(line)) {
    if (fields.some((v) => (v.kind === 'date' || v.kind === 'source' || v.kind === 'author') && v.value)) return 'meta';
    if (fields.some((v) => v.kind === 'link') && /https?:\/\//.test(line)) return 'meta';
  }
  // (A numbered part of a notice, "一、主办单位:市文联", "(三)联系电话:…", is the notice's, not the footer; a numbered
  // disclaimer, "1、凡本网注明…", is still the site's.)
  if (end.some((p) => p.test(line)) && line.length < 300 && !noticeContact.test(line)) return 'end';
  if (fields.some((v) => v.kind === 'date' || v.kind === 'source' || v.kind === 'author') && line.length < 200 && !inSentence) return 'meta';
  // A photo's credit alone on its line, "本报记者 王五 摄", names no author: a caption's, cheap between paragraphs.
  if (/\s摄\s*[)）]?$/.test(line) && line.length <= 40 && byline.test(line)) return 'chrome';
  if (byline.test(withoutCitation(line)) || plainByline(line, line)) return 'meta';
  // A contributing organisation in brackets on its own line, "(区文联)", "(县融媒体中心)": no paragraph (a name in brackets is the writer's signature).
  const bracketed = /^[(（]\s*([^()（）\s]{2,16})\s*[)）]$/.exec(line);
  if (bracketed && (isOrganisation(bracketed[1]!) || /(文联|妇联|侨联|残联|科协|工会|团委|关工委|党委|党支部)$/.test(bracketed[1]!))) return 'chrome';
  if (chrome.some((p) => p.test(line)) || bareLabel(line) || todayWidget(line) || isWidgetLine(line) || foreignScrap(line) || (!isSentence(line) && chromeWords.some((p) => p.test(line)))) return 'chrome';
  // (Glued after a paragraph's last sentence, "…安全畅通。 责任编辑:", the label is the paragraph's to lose.)
  // (So is it after a sentence and its bracketed source: "…大有可为。(央视网) 【编辑:刘欢】".)
  if (values.length && values.every((v) => v.kind === 'ignored') && line.length < 80 && !/[。！？]\s*([(（][^()（）]{1,16}[)）])?\s*[【[(（]?\s*$/.test(line.slice(0, line.indexOf(values[0]!.label)))) return 'chrome';
  if (/[|｜]/.test(line) && line.split(/[|｜]/).filter((p) => p.trim()).length >= 3 && punctuation(line.replace(/[|｜]/g, '')) <= 1) return 'chrome';
  if (unlabelledMeta(line)) return 'meta';
  // "EMS快递 2025-04-18 12:18 www.example.com": a date beside the site's address, no sentence.
  if (findDates(line).length && /(www\.|https?:\/\/)/i.test(line) && !/[，。；！？,;!?]/.test(line) && line.length <= 80) return 'meta';
  // A WeChat article's head: "原创 省邮政管理局 河南邮政管理 2023-11-12 18:30 发表于河南".
  if (findDates(line).length && line.length <= 60 && /^原创\s|发表于\S{0,8}$/.test(line) && !/[，。；！？,;!?]/.test(line)) return 'meta';
  // "原创 · 0浏览·2017-01-10 06:05": a date among counters and words, no sentence.
  // A calendar or an archive's list of dates: "2026-02-14,13096| 2026-02-13,13088| …".
  if (findDates(line).length >= 3 && !/[。！？]/.test(line)) return 'chrome';
  const date = findDates(line)[0];
  if (date && line.length <= 50 && line.replace(date.match, '').replace(/[\s·•|｜/-]+/g, '').length <= 16 && !/[，。；！？,;!?]/.test(line)) return 'meta';
  // Keywords for search engines or a paper's: many short phrases between commas or semicolons, no sentence.
  const phrases = line.split(/[,，;；]/);
  // (A notice's salutation, "各市人民政府,各县(市、区)人民政府,…:", ends with a colon; a sentence cut by the copy, with a comma.)
  // (A paragraph cut off by the copy, "…,是大渡口区第一个小区型住宅,19栋房屋,", has quotes and clauses with 的, 了, 是.)
  // (Nor a sentence with its closing mark or its clauses' little words: "中银香港(02388)公布, 去年纯利…, 按年增长两成.",
  // "随后,青年税务志愿者走入景区,向沿街商户和来往游客宣讲…,一对一开"; a spam site's "在线视频" has no clause.)
  const clauses = phrases.filter((p) => /[的了是将和向与对从把被]|在(?!线)/.test(p)).length;
  if (phrases.length >= 4 && line.length < 200 && !/[。！？!?“”]|\.$/.test(line) && !/[:,，;；]$/.test(line) && clauses < 2 && phrases.every((p) => p.trim().length <= 16)) return 'chrome';
  return 'text';
}

/**
 * The column named by a breadcrumb such as "当前位置: 首页 > 社会监督 > 正文": its last category,
 * as written. `line` is the line with single spaces (fieldText), so that its normalized form has
 * the same length and positions.
 */
/** "正文", "文章详细", "信息详情", "查看信息", "当前文章", "内容页": the article's own step at a trail's end (not "文章" or "信息" alone, which name columns). */
const articleStep = (step: string) =>
  /^(正文|内容|详情|详细|阅读|查看|浏览|页面|全文|内容页|详情页|正文页)+$/.test(step) ||
  /^((当前|本篇)(文章|信息|内容|正文|新闻)|(文章|信息|新闻)(正文|内容|详情|详细|全文)|(查看|阅读|浏览)(文章|信息|内容|正文|全文|详情))$/.test(step);
/** What a page prints beside its trail: widgets ("字号:大 中 小", "| 打印 | 关闭", "搜索") or the day ("2024-03-12 星期二"). */
const pageWidgets = (text: string) => !!text && (isWidgetLine(text.replace(/^[|｜]/, '')) || /^[\s|｜]*(字号|字体)\s*:/.test(text) || todayWidget(text) || (!!findDates(text).length && !text.replace(findDates(text)[0]!.match, '').replace(/[\s|｜(（)）:：]|星期.|周.|礼拜./g, '')));

export function columnOfBreadcrumb(line: string): string {
  const norm = normalizeLine(line);
  const label = new RegExp(`^.*?${crumbLabel.source}`).exec(norm);
  const trail = label ? line.slice(label[0].length) : line;
  const arrowless = !/>|[›»＞→/\\|•]|&gt;/.test(trail);
  const steps = trail
    .replace(/^(\s*(首页|首頁|主页|主頁|网站首页))\s+\?\s+/, '$1 > ')
    .replace(/\s+\?\s+/g, ' > ')
    // (With no arrow, dashes, underscores or double colons join the steps: "首页-新闻中心-工作动态".)
    .replace(arrowless && /^\s*(首页|首頁|主页|主頁|网站首页)\s*(-{1,2}|—|_|::)/.test(trail) ? new RegExp(dashSep.source, 'g') : /$^/, ' > ');
  // After the last arrow, the widgets or the date the page prints beside the trail are no steps of it
  // ("工作动态 字号:大 中 小", "工作动态 2024-03-12 星期二", "详情 | 打印 | 关闭"); a word set apart by a
  // space may be ("首页 > 资讯中心 交通").
  const lastArrow = Math.max(...['>', '›', '»', '＞', '→'].map((a) => steps.lastIndexOf(a)));
  const tail = lastArrow >= 0 ? steps.slice(lastArrow + 1).split(/(?=[\s|｜])/) : [];
  const cut = tail.findIndex((_, k) => k > 0 && pageWidgets(tail.slice(k).join('').trim()));
  const parts = (cut > 0 ? steps.slice(0, lastArrow + 1) + tail.slice(0, cut).join('') : steps)
    .split(/\s*(?:>>|[>›»＞→/\\|]|&gt;)\s*|\s+/)
    .map((p) => p.trim())
    .map((p) => (/^(首页|首頁|主页|主頁|网站首页)./.test(p) ? p.replace(/^(首页|首頁|主页|主頁|网站首页)/, '') : p))
    .filter((p) => p && /[\p{L}\p{N}]/u.test(p) && !/^\d+\.?$/.test(p) && !findDates(p).length && !/^(首页|主页|网站首页|本站|>)$/.test(normalizeLine(p)) && !articleStep(normalizeLine(p)))
    // "市政府召开全市安全生…": the headline cut short as the trail's last step.
    .filter((p, k, all) => k === 0 || k < all.length - 1 || !/(\.{3}|…)$/.test(p));
  // "浏览文章县区频道": the article's step glued to a name is the article's step. A step as long as a headline is the headline.
  // (Columns are named in a dozen characters at most; sixteen or more make a headline.)
  while (parts.length > 1 && (/^(浏览|查看|阅读)(文章|内容|全文|正文)/.test(normalizeLine(parts.at(-1)!)) || parts.at(-1)!.length > 24 || (parts.at(-1)!.match(/[\u4e00-\u9fff]/g) ?? []).length >= 16)) parts.pop();
  // "首页新闻中心地方新闻", "新闻市州动态襄阳正文": a trail whose separators the copy lost, from the home page
  // or to the article, is cut after the words column names end with; its last piece is the column.
  const single = trail.trim().split(/\s+/).filter(Boolean);
  if (single.length === 1 && parts.length === 1 && !/>|[›»＞→/\\|•·]|&gt;/.test(trail)) {
    const flat = normalizeLine(single[0]!);
    const glued = /^(首页|主页|网站首页)\S{2,}/.test(flat) || /\S{2,}(正文|详情)$/.test(flat);
    const bare = flat.replace(/^(首页|主页|网站首页)/, '').replace(/(正文|详情)$/, '');
    const pieces = bare.split(/(?<=新闻|中心|动态|资讯|要闻|频道|公开|专题|专栏|之窗)(?=\S{2,})/);
    if (glued && pieces.length > 1) {
      const at = bare.lastIndexOf(pieces.at(-1)!);
      const from = flat.indexOf(bare) + at;
      return single[0]!.slice(from, from + pieces.at(-1)!.length);
    }
    if (glued && bare.length >= 2) return single[0]!.slice(flat.indexOf(bare), flat.indexOf(bare) + bare.length);
  }
  return parts.at(-1) ?? '';
}
