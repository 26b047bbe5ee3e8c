import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { securityHeaders } from '../csp';
import type { AssetStore } from '../assets/asset-store';
import { rendererDir } from '../paths';

export const appScheme = 'newsdesk';
export const appOrigin = `${appScheme}://app`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from newsdesk://app/ (not file://), with the same CSP as the web shell, and the library's images at /assets/. */
export function serveRenderer(assets: () => AssetStore | undefined) {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    if (url.pathname.startsWith('/assets/')) {
      const file = assets()?.file(url.pathname.slice('/assets/'.length));
      const data = file && (await fs.readFile(file).catch(() => null));
      return data ? new Response(data, { headers: { ...securityHeaders, 'Content-Type': types[path.extname(file)] ?? 'image/jpeg' } }) : new Response('Not found', { status: 404 });
    }
    const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = path.join(rendererDir, relative || 'index.html');
    if (!file.startsWith(rendererDir + path.sep)) return new Response('Forbidden', { status: 403 });
    if (!path.extname(file)) file = path.join(rendererDir, 'index.html');
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { ...securityHeaders, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
