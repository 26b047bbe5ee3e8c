import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeaders } from '../csp';
import type { AssetStore } from '../assets/asset-store';
import { rendererDir } from '../paths';
import { appScheme } from './app-origin';
import { contentType, mapAppRequest } from './app-request';

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from newsdesk://app/ (not file://), with the same CSP as the web shell, and the library's images at /assets/. */
export function serveRenderer(assets: () => AssetStore | undefined) {
  protocol.handle(appScheme, async (request) => {
    const target = mapAppRequest(request.url, rendererDir);
    if (target.kind === 'refused') return new Response(target.status === 403 ? 'Forbidden' : 'Not found', { status: target.status });
    const file = target.kind === 'asset' ? assets()?.file(target.name) : target.file;
    const body = file && (await fs.readFile(file).catch(() => null));
    if (!body) return new Response('Not found', { status: 404 });
    const type = contentType(file, target.kind === 'asset' ? 'image/jpeg' : 'application/octet-stream');
    return new Response(body, { headers: { ...securityHeaders, 'Content-Type': type } });
  });
}
