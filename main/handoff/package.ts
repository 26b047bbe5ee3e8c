import { zipSync, strToU8 } from 'fflate';
import { articleSchema, type Article } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import { maxPackageBytes, type PackageManifest } from '../../shared/handoff';
import { imageInfo } from '../assets/image-info';
import { isHttpUrl } from '../../shared/links';
import { readZip, ZipRefused } from '../untrusted/zip';

/** Images travel under images/, by the file name they have in the library's assets. */
const imageName = /^images\/[A-Za-z0-9._-]{1,200}$/;
/** A package unpacks to at most this much: a small zip must not expand into a full disk. */
const maxUnpackedBytes = 400 * 1024 * 1024;

export function writePackage(article: Article, sender: string, sentAt: string, images: Map<string, Uint8Array>): Uint8Array {
  const manifest: PackageManifest = { format: 'newsdesk-article', version: 1, article, sender, sentAt };
  const files: Record<string, Uint8Array> = { 'article.json': strToU8(JSON.stringify(manifest, null, 1)) };
  for (const [name, bytes] of images) files[`images/${name}`] = bytes;
  return zipSync(files, { level: 6 });
}

/** An article.json holds a body of up to 20 million characters, three bytes each in UTF-8. */
const limits = { entries: 2001, entryBytes: 64 * 1024 * 1024, totalBytes: maxUnpackedBytes };

/**
 * Reads a package, checking everything before anything is written: its size, every entry's
 * name (no "..", no absolute path, nothing outside article.json and images/), their count and
 * unpacked sizes (counted while inflating, whatever the zip declares), article.json's shape
 * and links, and that each image is an image.
 */
export function readPackage(bytes: Uint8Array): { manifest: PackageManifest; images: Map<string, Uint8Array> } {
  if (bytes.length > maxPackageBytes) throw refuse('tooLarge', `The package is larger than ${maxPackageBytes / 1024 / 1024} MB.`);
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes, limits, (name) => {
      if (name.endsWith('/')) return false;
      if (name !== 'article.json' && !imageName.test(name)) {
        throw refuse('badEntry', `The package holds an entry outside article.json and images/: ${name}`, { name });
      }
      return true;
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof ZipRefused && error.reason === 'tooLarge') throw refuse('tooLargeUnpacked', `The package is too large when unpacked: ${error.message}`);
    if (error instanceof ZipRefused && error.reason === 'tooManyEntries') throw refuse('tooManyEntries', error.message);
    throw refuse('notZip', `The file is not a Newsdesk package (not a zip): ${error instanceof Error ? error.message : String(error)}`);
  }
  const json = files.get('article.json');
  if (!json) throw refuse('noArticle', 'The package has no article.json.');
  let data: Partial<PackageManifest>;
  try {
    data = JSON.parse(new TextDecoder().decode(json)) as Partial<PackageManifest>;
  } catch {
    throw refuse('badArticle', "The package's article.json is not JSON.", { detail: 'JSON' });
  }
  if (data?.format !== 'newsdesk-article' || data.version !== 1) {
    throw refuse('badArticle', `The package's article.json is not a Newsdesk article (format ${String(data?.format)}, version ${String(data?.version)}).`, { detail: 'format' });
  }
  const parsed = articleSchema.safeParse(data.article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || 'article';
    throw refuse('badArticle', `The package's article is malformed at ${where}: ${issue.message}`, { detail: where });
  }
  const article = parsed.data;
  if (article.originalUrl && !isHttpUrl(article.originalUrl)) {
    throw refuse('unsafeLink', `The package's original link is not a web address: ${article.originalUrl.slice(0, 100)}`, { detail: article.originalUrl.slice(0, 100) });
  }
  const manifest: PackageManifest = { format: 'newsdesk-article', version: 1, article, sender: String(data.sender ?? '').slice(0, 200), sentAt: String(data.sentAt ?? '').slice(0, 100) };
  const images = new Map<string, Uint8Array>();
  for (const [name, data] of files) {
    if (name === 'article.json') continue;
    if (!imageInfo(data)) throw refuse('notImage', `${name} in the package is not an image.`, { name });
    images.set(name.slice('images/'.length), data);
  }
  return { manifest, images };
}

function refuse(key: string, message: string, params?: Record<string, string>) {
  return new ApiError('invalid-input', `error.handoff.${key}`, message, params);
}
