import { randomBytes } from 'node:crypto';

/** Time-ordered, URL-safe article ids such as "m3k9x2a7qf": the page URL is built from it. */
export function newArticleId(): string {
  const random = randomBytes(4).readUInt32BE(0).toString(36).padStart(7, '0');
  return Date.now().toString(36) + random;
}
