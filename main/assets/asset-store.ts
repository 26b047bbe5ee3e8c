import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import type { StoredImage } from '../../shared/image';
import { writeAtomic } from '../atomic-write';
import { imageInfo } from './image-info';

export const maxImageBytes = 20 * 1024 * 1024;
/** Stored images are named by their content: the same image twice is one file. */
export const assetName = /^[0-9a-f]{20}\.(png|jpg|gif|webp)$/;

export interface CheckedImage {
  file: string;
  bytes: Uint8Array;
  stored: StoredImage;
}

/** The library's images: assets/HASH.ext, served at /assets/ and copied to the site as they are. */
export class AssetStore {
  constructor(readonly dir: string) {}

  async add(name: string, bytes: Uint8Array): Promise<StoredImage> {
    const image = this.check(name, bytes);
    await this.put(image);
    return image.stored;
  }

  /** What storing an image would make of it (its name by content, its size), without writing: throws if it is no image. */
  check(name: string, bytes: Uint8Array): CheckedImage {
    if (bytes.length > maxImageBytes) {
      throw new ApiError('invalid-input', 'error.image.tooLarge', `${name} is larger than 20 MB.`, { name });
    }
    const info = imageInfo(bytes);
    if (!info) throw new ApiError('invalid-input', 'error.image.unreadable', `${name} is not a PNG, JPEG, GIF or WebP image, or it is damaged.`, { name });
    const file = `${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${info.ext}`;
    return { file, bytes, stored: { src: `/assets/${file}`, width: info.width, height: info.height } };
  }

  /** Writes a checked image, once: the same content is the same file. */
  async put(image: CheckedImage): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const target = path.join(this.dir, image.file);
    if (!(await fs.access(target).then(() => true, () => false))) await writeAtomic(target, image.bytes);
  }

  /** Which of these stored images are not (or no longer) in the library. */
  async missing(names: string[]): Promise<string[]> {
    const present = new Set(await this.list());
    return names.filter((n) => !present.has(n));
  }

  /** Every stored image, for the site. */
  async list(): Promise<string[]> {
    return (await fs.readdir(this.dir).catch(() => [] as string[])).filter((f) => assetName.test(f)).sort();
  }

  file(name: string): string | null {
    return assetName.test(name) ? path.join(this.dir, name) : null;
  }
}
