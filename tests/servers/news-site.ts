import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
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

function articlePage(title: string, date: string, charset: string | null): string {
  const meta = charset ? `<meta charset="${charset}">` : '';
  return `<!DOCTYPE html><html><head>${meta}<title>${title}_河北省邮政管理局</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/gzdt/">工作动态</a> &gt; 正文</div>
<h1>${title}</h1>
<div class="meta">发布时间：${date} 10:30\u3000来源：河北省邮政管理局\u3000作者：赵强</div>
<div class="content">
<p>\u3000\u3000近日，河北省邮政管理局召开行业安全工作会议，传达学习全国邮政管理工作会议精神，部署下一阶段寄递渠道安全管理工作。</p>
<p>\u3000\u3000会议强调，要压实企业安全生产主体责任，严格落实收寄验视、实名收寄、过机安检三项制度，确保寄递渠道安全畅通。</p>
<p>\u3000\u3000会议要求，各市局要加强对快递末端网点的监督检查，及时消除安全隐患，切实维护人民群众合法权益。</p>
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
  if (article) return send(200, 'text/html', iconv.encode(articlePage(article.title, article.date, 'gb2312'), 'gbk'));
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
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const secure = https.createServer({ key: await fs.readFile(path.join(dir, 'key.pem')), cert: await fs.readFile(path.join(dir, 'cert.pem')) }, handler);
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
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
