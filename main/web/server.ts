import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import sirv from 'sirv';
import type { AssetStore } from '../assets/asset-store';
import type { Handlers } from '../../shared/api';
import type { Subscribe } from '../../shared/events';
import { securityHeaders } from '../csp';
import { dispatch } from '../dispatch';
import { rendererDir } from '../paths';

// A 50 MB Word document to import arrives as base64.
const maxBody = 96 * 1024 * 1024;
const cookieName = 'newsdesk_token';

export interface WebShell {
  url: string;
  close(): Promise<void>;
}

/**
 * The web shell: the built renderer and the handler table over HTTP on 127.0.0.1. It differs
 * from the Electron shell only in transport. Every request needs the per-run token (first as
 * ?token=, then as a same-site cookie) and a loopback Host header, so neither another user's
 * page nor a DNS-rebinding site can reach the library.
 */
/**
 * assets: the library's stored images, served at /assets/ without the token, because the
 * preview's sandboxed frame (an opaque origin) sends no cookie; they are the site's public
 * images, named by their content, and the Host check still applies. None are found before the library is open.
 */
export async function startWebShell(handlers: Handlers, port = 0, assets?: Pick<AssetStore, 'file'>, events?: Subscribe): Promise<WebShell> {
  const token = randomBytes(24).toString('base64url');
  const statics = sirv(rendererDir, { single: true, dev: false, etag: true, setHeaders: noStore });
  let actualPort = 0;

  const server = http.createServer((req, res) => {
    // Whatever a request holds, it gets an answer and the server keeps running.
    answer(req, res).catch((error: unknown) => {
      console.error('[newsdesk] web shell request failed:', error);
      if (!res.headersSent) refuse(res, 500, 'The request failed; the library is unchanged.');
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });

  async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const host = req.headers.host ?? '';
    const ownHosts = [`127.0.0.1:${actualPort}`, `localhost:${actualPort}`];
    if (!ownHosts.includes(host)) {
      return refuse(res, 421, 'Newsdesk only answers on 127.0.0.1 or localhost.');
    }
    // Parsed as a path of this host: '//x' is a path here, not another host.
    const url = URL.parse(`http://${host}${req.url?.startsWith('/') ? req.url : '/'}`);
    if (!url) return refuse(res, 400, 'Malformed address.');
    if (url.pathname.startsWith('/assets/') && assets) return serveImage(assets, url.pathname.slice('/assets/'.length), res);
    // Another page on 127.0.0.1 is "same-site" to the browser (ports do not count), so it
    // would send the cookie: only the shell's own page, or the address typed by the user, may ask.
    const refusal = foreignRequest(req, ownHosts);
    if (refusal) return refuse(res, 403, refusal);
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!same(given, token)) return refuse(res, 403, 'Wrong token: open the URL printed by `npm run web`.');
      res.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.writeHead(303, { Location: '/' }).end();
      return;
    }
    if (!same(readCookie(req.headers.cookie, cookieName), token)) {
      return refuse(res, 403, 'No token: open the URL printed by `npm run web` (it carries ?token=…).');
    }
    if (url.pathname === '/events' && events) return streamEvents(events, req, res);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'API calls are POST.');
      // A form or a text/plain fetch from elsewhere cannot send application/json without a preflight.
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') return refuse(res, 415, 'API calls are application/json.');
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice(5));
      } catch {
        return refuse(res, 400, 'Malformed call name.');
      }
      return answerCall(handlers, name, req, res);
    }
    statics(req, res, () => refuse(res, 404, 'Not found'));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Server-sent events: one `data:` line of JSON per event, until the window goes away. */
function streamEvents(events: Subscribe, req: http.IncomingMessage, res: http.ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': events\n\n');
  const unsubscribe = events((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  // A comment now and then keeps proxies and sleeping laptops from dropping a quiet stream.
  const beat = setInterval(() => res.write(': beat\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(beat);
    unsubscribe();
  });
}

async function answerCall(handlers: Handlers, name: string, req: http.IncomingMessage, res: http.ServerResponse) {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) return refuse(res, 413, 'Request too large.');
    chunks.push(chunk);
  }
  let input: unknown;
  try {
    input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  } catch {
    return refuse(res, 400, 'The request body is not JSON.');
  }
  const result = await dispatch(handlers, name, input);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(result));
}

async function serveImage(assets: Pick<AssetStore, 'file'>, name: string, res: http.ServerResponse) {
  const file = assets.file(name);
  const data = file && (await fs.readFile(file).catch(() => null));
  if (!data) return refuse(res, 404, 'No such image in the library.');
  const ext = name.split('.').pop()!;
  res.writeHead(200, { 'Content-Type': `image/${ext === 'jpg' ? 'jpeg' : ext}`, 'Cache-Control': 'private, max-age=31536000, immutable' }).end(data);
}

/** Why a request comes from another page than the shell's own, or null when it does not. */
function foreignRequest(req: http.IncomingMessage, ownHosts: string[]): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined && !ownHosts.some((host) => origin === `http://${host}`)) {
    return 'Requests from other pages are refused.';
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Requests from other pages are refused.';
  return null;
}

function refuse(res: http.ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message + '\n');
}

function noStore(res: http.ServerResponse) {
  res.setHeader('Cache-Control', 'no-store');
}

function readCookie(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return '';
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
