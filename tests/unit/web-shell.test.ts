import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { startWebShell, type WebShell } from '../../main/web/server';
import { openSession, tempDir } from './helpers';

let shell: WebShell | undefined;
afterEach(async () => shell?.close());

/** Raw requests, so the Host header can be forged. */
function request(url: URL, options: { method?: string; headers?: Record<string, string>; body?: string; path?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: options.path ?? url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the web shell', () => {
  it('answers only with the per-run token, then through its cookie', async () => {
    shell = await startWebShell(createHandlers(await openSession(await tempDir())));
    const url = new URL(shell.url);
    const bare = new URL('/api/library.info', url);
    expect((await request(bare, { method: 'POST', body: '{}' })).status).toBe(403);
    expect((await request(new URL('/?token=wrong', url))).status).toBe(403);

    const entry = await request(url);
    expect(entry.status).toBe(303);
    const cookie = entry.headers['set-cookie']![0]!.split(';')[0]!;
    expect(entry.headers['set-cookie']![0]).toMatch(/HttpOnly; SameSite=Strict/);
    const answer = await request(bare, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { site: { name: '通讯邮递调研网' } } });
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    shell = await startWebShell(createHandlers(await openSession(await tempDir())));
    const url = new URL(shell.url);
    const forged = await request(url, { headers: { host: `evil.example:${url.port}` } });
    expect(forged.status).toBe(421);
    const localhost = await request(url, { headers: { host: `localhost:${url.port}` } });
    expect(localhost.status).toBe(303);
  });

  it('reports malformed input as a typed error', async () => {
    shell = await startWebShell(createHandlers(await openSession(await tempDir())));
    const url = new URL(shell.url);
    const cookie = (await request(url)).headers['set-cookie']![0]!.split(';')[0]!;
    const json = { cookie, 'content-type': 'application/json' };
    const bad = await request(new URL('/api/articles.get', url), { method: 'POST', headers: json, body: '{"id": 5}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notJson = await request(new URL('/api/articles.get', url), { method: 'POST', headers: json, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('refuses calls from another page on 127.0.0.1 (another port is the same site to the browser)', async () => {
    shell = await startWebShell(createHandlers(await openSession(await tempDir())));
    const url = new URL(shell.url);
    const cookie = (await request(url)).headers['set-cookie']![0]!.split(';')[0]!;
    const create = new URL('/api/articles.create', url);
    const list = async () => JSON.parse((await request(new URL('/api/articles.list', url), { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: url.origin, 'sec-fetch-site': 'same-origin' }, body: '{}' })).body);
    const before = JSON.stringify(await list());
    const attacks: Record<string, string>[] = [
      // what a page on http://127.0.0.1:8080 sends with a "simple" request: no preflight
      { cookie, 'content-type': 'text/plain', origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-site' },
      { cookie, 'content-type': 'application/json', origin: 'http://127.0.0.1:8080' },
      { cookie, 'content-type': 'application/json', origin: 'null' },
      { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
      { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      // the shell's own page, but as a form would send it
      { cookie, 'content-type': 'text/plain', origin: url.origin, 'sec-fetch-site': 'same-origin' },
      { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: url.origin },
    ];
    for (const headers of attacks) {
      const answer = await request(create, { method: 'POST', headers, body: '{}' });
      expect([403, 415], JSON.stringify(headers)).toContain(answer.status);
    }
    expect(JSON.stringify(await list())).toBe(before);
    // a link from another site to the shell is refused too; the address typed in (none) is not
    expect((await request(url, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await request(url, { headers: { 'sec-fetch-site': 'none' } })).status).toBe(303);
    const own = await request(create, { method: 'POST', headers: { cookie, 'content-type': 'application/json; charset=utf-8', origin: url.origin, 'sec-fetch-site': 'same-origin' }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('answers malformed paths, headers and bodies with errors and keeps running', async () => {
    shell = await startWebShell(createHandlers(await openSession(await tempDir())));
    const url = new URL(shell.url);
    const cookie = (await request(url)).headers['set-cookie']![0]!.split(';')[0]!;
    const json = { cookie, 'content-type': 'application/json' };
    const paths = ['/api/%ZZ', '/api/%', '/api/%E4%B8', '/api/%00', '/api/..%2F..%2Fetc', '/%ZZ', '/%', '/assets/%ZZ', '/assets/..%2F..%2Fsite.json', '/api/', '/api/constructor', '/api/__proto__', '/api/toString', '/api/articles.get/../x', '//', '/?token=%ZZ'];
    const bodies = ['', '{', 'null', '[]', '"x"', '1e999', '{"__proto__":{"x":1}}', '{"id":{"$gt":""}}', '\u0000', 'x'.repeat(70_000), '{"id":' + '['.repeat(5000) + ']'.repeat(5000) + '}'];
    const headers = [json, { ...json, 'content-type': 'application/json; charset=%ZZ' }, { ...json, cookie: 'newsdesk_token=%ZZ; =; ;;' }, { ...json, origin: '%ZZ' }];
    let answered = 0;
    const send = async (path: string, body: string, h: Record<string, string>) => {
      const answer = await request(url, { path, method: 'POST', headers: h, body });
      expect(answer.status).toBeGreaterThanOrEqual(200);
      if (answer.status === 200 && path.startsWith('/api/')) expect(JSON.parse(answer.body)).toHaveProperty('ok');
      answered++;
    };
    for (const path of paths) for (const h of headers) for (const body of bodies.slice(0, 4)) await send(path, body, h);
    for (const path of ['/api/articles.get', '/api/articles.save', '/api/site.save']) for (const h of headers) for (const body of bodies) await send(path, body, h);
    expect(answered).toBe(paths.length * headers.length * 4 + 3 * headers.length * bodies.length);
    // raw bytes no client library would send
    const raw = await rawRequest(url, 'POST /api/%ZZ HTTP/1.1\r\nHost: ' + url.host + '\r\nContent-Length: 5\r\n\r\n{');
    expect(raw).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(await rawRequest(url, 'GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    const still = await request(new URL('/api/library.info', url), { method: 'POST', headers: json, body: '{}' });
    expect(still.status).toBe(200);
  });
});

function rawRequest(url: URL, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(text));
    let got = '';
    socket.on('data', (chunk) => (got += chunk));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}
