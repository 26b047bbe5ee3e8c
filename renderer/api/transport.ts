import type { Invoke, NewsdeskBridge } from '../../shared/api';
import type { Result } from '../../shared/errors';
import { post } from './post';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

/** Same calls, two transports: Electron's preload bridge, or HTTP to the web shell. */
const overHttp: Invoke = async (name, input) => {
  const { status, text } = await post(`/api/${encodeURIComponent(name)}`, JSON.stringify(input ?? {}));
  if (status >= 200 && status < 300) return JSON.parse(text) as Result<unknown>;
  return { ok: false, error: { code: 'io-error', key: 'error.network', message: status ? `${status} ${text}` : text } };
};

export const invoke: Invoke = window.newsdesk?.invoke ?? overHttp;
export const bridge = window.newsdesk;
