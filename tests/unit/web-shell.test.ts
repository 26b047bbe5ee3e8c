import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { startWebShell, type WebShell } from '../../main/web/server';
import { openSession, tempDir } from './helpers';

let shell: WebShell | undefined;
afterEach(async () => shell?.close());

/** Raw requests, so the Host header can be forged. */
function request(url: URL, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
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
    const bad = await request(new URL('/api/articles.get', url), { method: 'POST', headers: { cookie }, body: '{"id": 5}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notJson = await request(new URL('/api/articles.get', url), { method: 'POST', headers: { cookie }, body: '{' });
    expect(notJson.status).toBe(400);
  });
});
