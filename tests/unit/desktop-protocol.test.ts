import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../main/shell/app-origin';
import { contentType, mapAppRequest as mapRequest } from '../../main/shell/app-request';

describe('the desktop window\'s newsdesk:// protocol', () => {
  const root = '/opt/Newsdesk/resources/app/dist/renderer';
  // Linux and macOS paths here (the same on every machine); Windows paths below.
  const mapAppRequest = (url: string, dir: string) => mapRequest(url, dir, path.posix);

  test('the app\'s own files map into the built renderer', () => {
    expect(mapAppRequest('newsdesk://app/index.html', root)).toEqual({ kind: 'renderer', file: `${root}/index.html` });
    expect(mapAppRequest('newsdesk://app/', root)).toEqual({ kind: 'renderer', file: `${root}/index.html` });
    expect(mapAppRequest('newsdesk://app/assets-x/main-1a2b.js', root)).toEqual({ kind: 'renderer', file: `${root}/assets-x/main-1a2b.js` });
    expect(mapAppRequest('newsdesk://app/%E5%9B%BE%E6%A0%87.svg', root)).toEqual({ kind: 'renderer', file: `${root}/图标.svg` });
    expect(contentType(`${root}/index.html`, 'x')).toBe('text/html; charset=utf-8');
    expect(contentType(`${root}/photo.JPG`, 'x')).toBe('image/jpeg');
  });

  test('library images map to their stored name, which the asset store checks', () => {
    expect(mapAppRequest('newsdesk://app/assets/3f2a-图.png', root)).toEqual({ kind: 'asset', name: '3f2a-图.png' });
    expect(mapAppRequest('newsdesk://app/assets/sub/x.png', root)).toEqual({ kind: 'refused', status: 404 });
  });

  test.each([
    // What a hostile page or article could ask for: none reaches a file outside the renderer.
    ['app://x/../../etc/passwd', 404],
    ['newsdesk://x/../../etc/passwd', 404],
    ['newsdesk://app.evil/index.html', 404],
    ['newsdesk://app/..%2f..%2fetc%2fpasswd', 403],
    ['newsdesk://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 403],
    ['newsdesk://app/..%5c..%5cetc%5cpasswd', 403],
    ['newsdesk://app/assets/..%2f..%2flibrary.json', 403],
    ['newsdesk://app/index.html%00.png', 403],
    ['newsdesk://app/%E0%A4%A', 404],
  ])('%s is refused (%i)', (url, status) => {
    expect(mapAppRequest(url, root)).toEqual({ kind: 'refused', status });
  });

  test('a URL whose dots the URL parser already resolved stays inside the renderer', () => {
    // Chromium resolves /../ before the handler sees the URL: what is left is a path under the renderer.
    expect(mapAppRequest('newsdesk://app/../../etc/passwd', root)).toEqual({ kind: 'renderer', file: `${root}/etc/passwd` });
  });

  test('on Windows, backslashes, drive letters and streams are refused too', () => {
    const winRoot = 'C:\\Program Files\\Newsdesk\\resources\\app\\dist\\renderer';
    const win = (url: string) => mapRequest(url, winRoot, path.win32);
    expect(win('newsdesk://app/index.html')).toEqual({ kind: 'renderer', file: `${winRoot}\\index.html` });
    expect(win('newsdesk://app/..%5C..%5C..%5CWindows%5Cwin.ini')).toEqual({ kind: 'refused', status: 403 });
    expect(win('newsdesk://app/C:%5CWindows%5Cwin.ini')).toEqual({ kind: 'refused', status: 403 });
    expect(win('newsdesk://app/index.html::$DATA')).toEqual({ kind: 'refused', status: 403 });
  });
});

describe('IPC senders', () => {
  test('the app\'s page in the window\'s top frame is answered', () => {
    expect(isTrustedSender({ url: 'newsdesk://app/index.html', isMainFrame: true })).toBe(true);
  });

  test.each([
    ['a frame inside the page, even of the app\'s origin', { url: 'newsdesk://app/index.html', isMainFrame: false }],
    ['an article preview frame', { url: 'about:srcdoc', isMainFrame: false }],
    ['a web page the window was led to', { url: 'https://www.gov.cn/', isMainFrame: true }],
    ['a look-alike host', { url: 'newsdesk://app.evil.com/index.html', isMainFrame: true }],
    ['a look-alike prefix', { url: 'newsdesk://application/index.html', isMainFrame: true }],
    ['a local file', { url: 'file:///home/editor/a.html', isMainFrame: true }],
    ['an empty URL', { url: '', isMainFrame: true }],
    ['a frame that is gone', null],
  ])('%s is refused', (_what, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });

  test('navigation stays on the app\'s pages', () => {
    expect(isAppUrl('newsdesk://app/index.html#x')).toBe(true);
    expect(isAppUrl('newsdesk://app.evil/')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
