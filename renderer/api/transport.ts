import type { Invoke, NewsdeskBridge } from '../../shared/api';
import type { Result } from '../../shared/errors';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

/** Same calls, two transports: Electron's preload bridge, or HTTP to the web shell. */
const overHttp: Invoke = async (name, input) => {
  const body = JSON.stringify(input ?? {});
  try {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body,
      // Lets a last save finish while the tab closes. Browsers refuse keepalive bodies over
      // 64 KiB outright, counted in bytes: a Chinese character takes three, so a body is
      // surely under the cap below 20,000 characters (a longer one has its unsaved copy).
      keepalive: body.length < 20_000,
    });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'io-error', key: 'error.network', message: String(error) } };
  }
};

export const invoke: Invoke = window.newsdesk?.invoke ?? overHttp;
export const bridge = window.newsdesk;
