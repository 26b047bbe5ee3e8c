import { ApiError } from '../../shared/errors';

/** How a page is fetched for 采集: a page is text, so anything bigger than a saved page may be is refused. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const fetchLimits: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  bytes: Buffer;
  contentType: string;
}

const fail = (key: string, message: string, params?: Record<string, string>) => new ApiError('invalid-input', `error.fetch.${key}`, message, params);

/** A web address an editor typed or pasted: http(s) only, nothing else is fetched. */
export function pageUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw fail('badUrl', `${text} is not a web address (it should start with http:// or https://).`, { url: text });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail('badUrl', `${text} is not a web address (it should start with http:// or https://).`, { url: text });
  return url;
}

/**
 * Fetches one page: at most `maxRedirects` redirects (a redirect back to a page already seen is
 * a loop), within `timeoutMs` for the whole exchange, at most `maxBytes`, and only what a browser
 * would show as a page (HTML or text). Every failure is an ApiError that says what happened.
 */
export async function fetchPage(address: string, limits: FetchLimits = fetchLimits): Promise<FetchedPage> {
  let url = pageUrl(address);
  const seen = new Set<string>();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let redirects = 0; ; redirects++) {
    seen.add(url.href);
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'Mozilla/5.0 (Newsdesk) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (error) {
      throw networkFailure(error, url, limits);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      const next = new URL(response.headers.get('location')!, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail('badUrl', `${url.href} redirects to ${next.href}, which is not a web page address.`, { url: next.href });
      if (seen.has(next.href) || redirects + 1 > limits.maxRedirects) throw fail('redirectLoop', `${address} redirects too many times (more than ${limits.maxRedirects}, or back to itself).`, { url: address, max: String(limits.maxRedirects) });
      url = next;
      continue;
    }
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      throw fail('notFound', `${url.href}: the page does not exist (HTTP ${response.status}).`, { url: url.href, status: String(response.status) });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw fail('httpStatus', `${url.href}: the site answered HTTP ${response.status}.`, { url: url.href, status: String(response.status) });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !/^(text\/(html|plain)|application\/(xhtml\+xml|xml))/i.test(contentType)) {
      await response.body?.cancel();
      throw fail('notWebPage', `${url.href} is not a web page (${contentType.split(';')[0]}).`, { url: url.href, type: contentType.split(';')[0]! });
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, limits);
    }
    return { url: url.href, bytes: await readLimited(response, url, limits), contentType };
  }
}

async function readLimited(response: Response, url: URL, limits: FetchLimits): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      size += chunk.value.length;
      if (size > limits.maxBytes) {
        await reader!.cancel().catch(() => undefined);
        throw tooLarge(url, limits);
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw networkFailure(error, url, limits);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (url: URL, limits: FetchLimits) =>
  fail('tooLarge', `${url.href} is larger than ${limits.maxBytes / 1024 / 1024} MB: not an article page.`, { url: url.href, limit: `${limits.maxBytes / 1024 / 1024} MB` });

/** Node's fetch reports "fetch failed" with the socket's own error as its cause. */
function networkFailure(error: unknown, url: URL, limits: FetchLimits): ApiError {
  const err = error as { name?: string; code?: string; cause?: { code?: string; name?: string; message?: string } };
  const code = err.cause?.code ?? err.code ?? '';
  const host = url.host;
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError' || err.name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return fail('timedOut', `${url.href} did not answer within ${limits.timeoutMs / 1000} s.`, { url: url.href, seconds: String(limits.timeoutMs / 1000) });
  if (code === 'ECONNREFUSED') return fail('refused', `${host} refused the connection: nothing is serving web pages there.`, { url: url.href, host });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail('noHost', `${host} was not found: check the address, or the network connection.`, { url: url.href, host });
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return fail('certificate', `${host}'s certificate is not valid (${code}): the page was not fetched.`, { url: url.href, host, detail: code });
  const detail = err.cause?.message ?? String(error);
  return fail('network', `${url.href} could not be fetched: ${detail}`, { url: url.href, detail });
}
