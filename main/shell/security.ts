import { app, session, shell, type WebContents } from 'electron';
import { isHttpUrl } from '../../shared/problems';
import { contentSecurityPolicy } from '../csp';
import { isAppUrl } from './app-origin';

/** Electron's security checklist, applied to every web contents the app creates. */
export function lockDown() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The protocol handler sends the CSP too; this covers any response that does not come from it.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] }, // eng-disable CSP_GLOBAL_CHECK the policy is in main/csp.ts, a constant the scanner cannot read
    });
  });
  app.on('web-contents-created', (_event, contents) => guard(contents));
}

function guard(contents: WebContents) {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in articles open in the system browser, and only if they are web links.
    if (isHttpUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK only http(s) URLs, checked on this line
    return { action: 'deny' };
  });
}
