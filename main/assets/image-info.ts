import { imageSize } from 'image-size';

/** The kinds of image a page may show: no SVG, which can carry script. */
const kinds: Record<string, string> = { png: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp' };

/** Whether the file runs to its format's end: a copy cut short (a broken download) is refused. */
function complete(ext: string, bytes: Uint8Array): boolean {
  const tail = (...end: number[]) => end.every((b, i) => bytes[bytes.length - end.length + i] === b);
  if (ext === 'png') return tail(0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82);
  if (ext === 'jpg') return tail(0xff, 0xd9) || bytes.subarray(-32).includes(0xd9);
  if (ext === 'gif') return tail(0x3b);
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) + 8 <= bytes.length;
}

/** An image's kind and size, or null when the bytes are not a PNG, JPEG, GIF or WebP image. */
export function imageInfo(bytes: Uint8Array): { ext: string; width: number; height: number } | null {
  try {
    const found = imageSize(bytes);
    const ext = found.type ? kinds[found.type] : undefined;
    return ext && found.width && found.height && complete(ext, bytes) ? { ext, width: found.width, height: found.height } : null;
  } catch {
    return null;
  }
}
