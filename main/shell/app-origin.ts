/** The desktop window's own pages are served from newsdesk://app/, never file://. */
export const appScheme = 'newsdesk';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;

/** A URL of the app's own pages (not another host of the scheme, not a look-alike such as newsdesk://app.evil/). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** The frame an IPC message came from, as Electron's event.senderFrame describes it (null once the frame is gone). */
export interface SenderFrame {
  url: string;
  /** False for any frame inside the page: the article preview, or anything an article embeds. */
  isMainFrame: boolean;
}

/** IPC is answered only for the app's own page in the window's top frame. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url);
}
