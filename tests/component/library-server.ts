import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { WebShellProcess } from '../web-shell-process.ts';

/**
 * The Node side of the component tests: a real `newsdesk web` (the built CLI, as in the
 * end-to-end tests) on a fresh library for each test, and the test page's `/api/` calls and
 * `/events` stream passed to it. The components run their own transport unchanged (fetch and
 * EventSource to their own origin); only here do the requests gain what the web shell asks of
 * its own page: its Host and its token's cookie. The component tests run one file at a time (fileParallelism: false),
 * so one shell at a time serves the page.
 */
type Open = { shell: WebShellProcess; folder: string; port: number; token: string };
// Vitest loads its config (and so this file) once for itself and once for the browser's server:
// the commands of one and the proxy of the other share the open library through the process.
const state = ((globalThis as { newsdeskComponentLibrary?: { current?: Open } }).newsdeskComponentLibrary ??= {});

async function closeLibrary(): Promise<void> {
  const open = state.current;
  state.current = undefined;
  if (!open) return;
  await open.shell.stop();
  await fs.rm(open.folder, { recursive: true, force: true });
}

/**
 * A fresh library (the default one, with its sample article) in a folder of its own, beside
 * which a test may put what it needs (a site folder to publish to, a key file): `scratch`.
 */
async function openLibrary(): Promise<{ library: string; scratch: string }> {
  await closeLibrary();
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-component-'));
  // Its daily backup would go beside it, into the same folder.
  const library = path.join(folder, 'library');
  const shell = new WebShellProcess(library);
  await shell.start();
  const url = new URL(shell.url);
  state.current = { shell, folder, port: Number(url.port), token: url.searchParams.get('token') ?? '' };
  return { library, scratch: folder };
}

/** Commands the tests call from the page (`commands.openLibrary()` from 'vitest/browser'). */
export const libraryCommands = {
  openLibrary: (() => openLibrary()) satisfies BrowserCommand<[]>,
  closeLibrary: (() => closeLibrary()) satisfies BrowserCommand<[]>,
};

const forShell = (url: string | undefined) => !!url && (url.startsWith('/api/') || url === '/events' || url.startsWith('/events?'));

/** Passes the page's calls and event stream to the open library's web shell. */
export function libraryProxy(): Plugin {
  return {
    name: 'newsdesk-library-proxy',
    configureServer(server) {
      server.httpServer?.once('close', () => void closeLibrary());
      server.middlewares.use((req, res, next) => {
        const open = state.current;
        if (!forShell(req.url)) return next();
        if (!open) return void res.writeHead(503, { 'Content-Type': 'text/plain' }).end('No library is open: call commands.openLibrary() first.\n');
        const headers = { ...req.headers, host: `127.0.0.1:${open.port}`, cookie: `newsdesk_token=${open.token}` };
        // The page is the vitest server's; to the shell it is its own page, as in the app.
        delete headers.origin;
        delete headers.referer;
        delete headers['sec-fetch-site'];
        const upstream = http.request({ host: '127.0.0.1', port: open.port, method: req.method, path: req.url, headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', (error) => (res.headersSent ? res.destroy() : res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`${error.message}\n`)));
        // The event stream ends when the page stops listening.
        res.on('close', () => upstream.destroy());
        req.pipe(upstream);
      });
    },
  };
}
