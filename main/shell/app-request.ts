import nodePath from 'node:path';
import { appHost, appScheme } from './app-origin';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentType = (file: string, fallback: string) => types[nodePath.extname(file).toLowerCase()] ?? fallback;

/** What a newsdesk:// request maps to: a file of the built renderer, a library image by name, or a refusal. */
export type AppRequest =
  | { kind: 'renderer'; file: string }
  | { kind: 'asset'; name: string }
  | { kind: 'refused'; status: 403 | 404 };

const notFound = { kind: 'refused', status: 404 } as const;
const forbidden = { kind: 'refused', status: 403 } as const;

/**
 * Maps a request of the desktop window to a file under rendererDir. Any path that climbs out
 * (`..`, encoded or with backslashes), names a drive or stream (`:`), or holds a NUL is refused
 * before it reaches the disk. `paths` is node:path of the platform; tests pass path.win32 too.
 */
export function mapAppRequest(url: string, rendererDir: string, paths: nodePath.PlatformPath = nodePath): AppRequest {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return notFound;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return notFound;
  const segments = pathname.split(/[/\\]/).filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':') || s.includes('\0'))) return forbidden;
  const [first, name, ...more] = segments;
  if (first === 'assets') return name && !more.length ? { kind: 'asset', name } : notFound;
  // The window loads index.html; there are no other routes, so an unknown path is not found.
  const file = paths.join(rendererDir, ...(segments.length ? segments : ['index.html']));
  // A second guard: the segments above cannot climb out, and this holds even if that check changes.
  const inside = paths.relative(rendererDir, file);
  if (!inside || inside.startsWith('..') || paths.isAbsolute(inside)) return forbidden;
  return { kind: 'renderer', file };
}
