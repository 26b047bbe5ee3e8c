import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import iconv from 'iconv-lite';

/**
 * A source site on loopback for 采集 tests: GBK and GB2312 pages as old government sites serve
 * them, a column list page, redirects (a chain, a loop), a slow page, a 404, a page too large to
 * be an article, an image, and an https twin with a self-signed certificate.
 */
export interface NewsSite {
  url: string;
  /** The same pages over https with a certificate no authority signed. */
  httpsUrl: string;
  close(): Promise<void>;
}

export const articles = Array.from({ length: 8 }, (_, i) => ({
  path: `/xwzx/gzdt/2024${String(i + 1).padStart(2, '0')}/t${i + 1}.html`,
  title: `省邮政管理局召开第${i + 1}次行业安全工作会议`,
  date: `2024-${String(i + 1).padStart(2, '0')}-1${i}`,
}));

/** Each article of the list page says something of its own, as a real column's articles do (so none reads as 已有相似文章 of another). */
const leads = [
  '近日，河北省邮政管理局召开行业安全工作会议，传达学习全国邮政管理工作会议精神，部署下一阶段寄递渠道安全管理工作。',
  '石家庄市邮政管理局联合公安、交通部门检查快递分拨中心，重点查看安检机运行、实名收寄台账和从业人员培训记录。',
  '唐山市农村寄递物流体系建设推进会在迁安召开，与会代表参观了村级寄递物流综合服务站和邮快合作共配中心。',
  '保定市开展快递包装绿色治理专项行动，督促企业使用可循环中转袋，减少胶带用量，回收再利用纸箱超过十万个。',
  '邯郸市邮政管理局组织旺季服务保障应急演练，模拟分拨中心爆仓、车辆延误和系统故障三种情形的处置流程。',
  '沧州市召开快递从业人员权益保障座谈会，企业负责人与一线快递员面对面交流派费、休息时间和社会保险问题。',
  '廊坊市邮政业消费者申诉处理工作通报显示，上半年有效申诉同比下降，延误和丢失短少仍是主要问题类型。',
  '承德市推动交邮融合发展，利用农村客运班线捎带邮件快件，打通偏远山区寄递服务最后一公里。',
];
const closes = [
  '会议要求，各市局要加强对快递末端网点的监督检查，及时消除安全隐患，切实维护人民群众合法权益。',
  '检查组对发现的问题当场下达整改通知，要求企业限期整改到位，并将复查结果纳入年度信用评价。',
  '下一步，唐山将继续完善县乡村三级物流配送网络，力争年底前实现快递服务建制村全覆盖。',
  '市局表示，将把绿色包装纳入日常监管，对过度包装和违规使用不可降解材料的行为依法查处。',
  '演练结束后，各参演单位进行了复盘总结，进一步修订完善了旺季应急预案和值班值守制度。',
  '座谈会上，有关部门介绍了新就业形态劳动者权益保障政策，鼓励企业为快递员办理职业伤害保障。',
  '市局提醒消费者寄递贵重物品时选择保价服务，遇到问题可先向企业投诉，再拨打12305申诉。',
  '目前，承德已开通交邮融合线路二十余条，平均每天捎带邮件快件三千余件，群众寄递更加便利。',
];

function articlePage(title: string, date: string, charset: string | null, lead = leads[0]!, close = closes[0]!): string {
  const meta = charset ? `<meta charset="${charset}">` : '';
  return `<!DOCTYPE html><html><head>${meta}<title>${title}_河北省邮政管理局</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/gzdt/">工作动态</a> &gt; 正文</div>
<h1>${title}</h1>
<div class="meta">发布时间：${date} 10:30\u3000来源：河北省邮政管理局\u3000作者：赵强</div>
<div class="content">
<p>\u3000\u3000${lead}</p>
<p>\u3000\u3000会议强调，要压实企业安全生产主体责任，严格落实收寄验视、实名收寄、过机安检三项制度，确保寄递渠道安全畅通。</p>
<p>\u3000\u3000${close}</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="foot">版权所有：河北省邮政管理局\u3000冀ICP备12345678号</div>
</body></html>`;
}

function listPage(): string {
  const items = articles.map((a) => `<li><a href="${a.path}" title="${a.title}">${a.title}</a><span>${a.date}</span></li>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="gbk"><title>工作动态_河北省邮政管理局</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 工作动态</div>
<ul class="list">${items}</ul>
<div class="pages"><a href="?page=2">下一页</a> <a href="?page=9">尾页</a></div>
<div class="foot">版权所有：河北省邮政管理局</div>
</body></html>`;
}

function handler(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://site');
  const send = (status: number, type: string, body: Buffer | string) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
  const redirect = (to: string) => {
    response.writeHead(302, { location: to });
    response.end();
  };
  const article = articles.find((a) => a.path === url.pathname);
  if (article) return send(200, 'text/html', iconv.encode(articlePage(article.title, article.date, 'gb2312', leads[articles.indexOf(article)], closes[articles.indexOf(article)]), 'gbk'));
  switch (url.pathname) {
    case '/xwzx/gzdt/':
      return send(200, 'text/html; charset=GBK', iconv.encode(listPage(), 'gbk'));
    case '/gbk-header.html':
      // The charset only in the header, none in the page.
      return send(200, 'text/html; charset=GBK', iconv.encode(articlePage('山东开展消费者权益保护宣传', '2024-03-15', null), 'gbk'));
    case '/gbk-undeclared.html':
      return send(200, 'text/html', iconv.encode(articlePage('四川部署汛期通信保障工作', '2024-06-18', null), 'gbk'));
    case '/utf8-wrong-header.html':
      // A server that says UTF-8 about GBK bytes.
      return send(200, 'text/html; charset=utf-8', iconv.encode(articlePage('江苏开展快递包装专项检查', '2024-05-20', 'gbk'), 'gbk'));
    case '/moved':
      return redirect('/moved/2');
    case '/moved/2':
      return redirect('/moved/3');
    case '/moved/3':
      return redirect(articles[0]!.path);
    case '/loop/a':
      return redirect('/loop/b');
    case '/loop/b':
      return redirect('/loop/a');
    case '/slow': {
      const timer = setTimeout(() => send(200, 'text/html', articlePage('迟到的页面', '2024-01-01', 'utf-8')), 30_000);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    case '/huge': {
      // 12 MB of page, streamed without a length, as a runaway script's output would be.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 12 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('error', () => undefined);
      return write();
    }
    case '/photo.jpg':
      return send(200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    default:
      return send(404, 'text/html; charset=utf-8', '<html><body><h1>404 页面不存在</h1></body></html>');
  }
}

export async function startNewsSite(): Promise<NewsSite> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A self-signed certificate no one trusts, kept in the fixtures so no openssl is needed (Windows has none).
  const tls = path.resolve(import.meta.dirname, '../fixtures/tls');
  const secure = https.createServer({ key: await fs.readFile(path.join(tls, 'key.pem')), cert: await fs.readFile(path.join(tls, 'cert.pem')) }, handler);
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const close = (s: http.Server) => new Promise<void>((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    httpsUrl: `https://127.0.0.1:${(secure.address() as AddressInfo).port}`,
    close: async () => {
      await Promise.all([close(server), close(secure)]);
    },
  };
}
