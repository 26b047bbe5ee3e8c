import { app, session, shell, type WebContents } from 'electron';
import { isHttpUrl } from '../../shared/problems';
import { appOrigin } from './protocol';

/** Electron's security checklist, applied to every web contents the app creates. */
export function lockDown() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => guard(contents));
}

function guard(contents: WebContents) {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(appOrigin + '/')) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in articles open in the system browser, and only if they are web links.
    if (isHttpUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** IPC is answered only for the app's own pages. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return !!frameUrl && frameUrl.startsWith(appOrigin + '/');
}
