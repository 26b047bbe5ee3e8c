import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes of a saved page as text. Chinese government sites often save as GBK or GB2312: the
 * byte-order mark wins, then the charset the server sent (`served`, from Content-Type) or the
 * page declares, then detection. GB2312 and GBK are
 * read as GB18030, which contains both, so no character of either is lost.
 */
export function decodeText(bytes: Buffer, served?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf16be');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  // A server that says UTF-8 about GBK bytes is misconfigured (common): the bytes win.
  const trusted = served && !(/^utf-?8$/i.test(served) && !isUtf8(bytes)) ? served : undefined;
  const charset = usable(trusted) ?? usable(declared) ?? usable(isUtf8(bytes) ? 'utf-8' : chardet.detect(bytes)) ?? 'utf-8';
  return iconv.decode(bytes, charset);
}

function usable(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  if (lower === 'gb2312' || lower === 'gbk' || lower === 'x-gbk' || lower === 'gb_2312-80') return 'gb18030';
  return iconv.encodingExists(lower) ? lower : null;
}

/** Strict UTF-8: detection guesses, but valid UTF-8 of any length is almost never anything else. */
function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
