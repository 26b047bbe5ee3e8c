import { unzipSync, zipSync, strToU8 } from 'fflate';
import { articleSchema, type Article } from '../../shared/article';
import { ApiError } from '../../shared/errors';
import { maxPackageBytes, type PackageManifest } from '../../shared/handoff';
import { imageInfo } from '../assets/image-info';

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

/**
 * Reads a package, checking everything before anything is written: its size, every entry's
 * name (no "..", no absolute path, nothing outside article.json and images/), the unpacked
 * size, article.json's shape, and that each image is an image.
 */
export function readPackage(bytes: Uint8Array): { manifest: PackageManifest; images: Map<string, Uint8Array> } {
  if (bytes.length > maxPackageBytes) throw refuse('tooLarge', `The package is larger than ${maxPackageBytes / 1024 / 1024} MB.`);
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        if (entry.name !== 'article.json' && !imageName.test(entry.name)) {
          throw refuse('badEntry', `The package holds an entry outside article.json and images/: ${entry.name}`, { name: entry.name });
        }
        unpacked += entry.originalSize;
        if (unpacked > maxUnpackedBytes) throw refuse('tooLarge', 'The package unpacks to more than 400 MB.');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse('notZip', `The file is not a Newsdesk package (not a zip): ${String(error)}`);
  }
  const json = files['article.json'];
  if (!json) throw refuse('noArticle', 'The package has no article.json.');
  let manifest: PackageManifest;
  try {
    const data = JSON.parse(new TextDecoder().decode(json)) as PackageManifest;
    if (data.format !== 'newsdesk-article' || data.version !== 1) throw new Error(`format ${String(data.format)} ${String(data.version)}`);
    manifest = { ...data, article: articleSchema.parse(data.article), sender: String(data.sender ?? ''), sentAt: String(data.sentAt ?? '') };
  } catch (error) {
    throw refuse('badArticle', `The package's article.json is not a Newsdesk article: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  const images = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (name === 'article.json') continue;
    if (!imageInfo(data)) throw refuse('notImage', `${name} in the package is not an image.`, { name });
    images.set(name.slice('images/'.length), data);
  }
  return { manifest, images };
}

function refuse(key: string, message: string, params?: Record<string, string>) {
  return new ApiError('invalid-input', `error.handoff.${key}`, message, params);
}
