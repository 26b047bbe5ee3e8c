import crypto from 'node:crypto';
import fsSync from 'node:fs';
import path from 'node:path';
import { writeAtomicSync } from '../atomic-write';

/** A written page's content hash and size: what a push compares with the server. */
export interface Written {
  sha: string;
  size: number;
}

/**
 * Writes one page of an export, from the export's thread or a render thread. Small files are
 * written synchronously: the promise API costs more than the write. Replacing a page goes
 * through a temporary file and a rename, so it is never seen half written; a new page is
 * written directly (cheaper), since nothing links to it until the lists are written after it.
 */
export function writePage(out: string, file: string, page: string | Uint8Array, replace: boolean): Written {
  const content = typeof page === 'string' ? encode(page) : page;
  const target = path.join(out, file);
  const write = () => (replace ? writeAtomicSync(target, content) : fsSync.writeFileSync(target, content));
  try {
    write();
  } catch (error) {
    // The folder is made when first missing, rather than checked before every page.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fsSync.mkdirSync(path.dirname(target), { recursive: true });
    write();
  }
  return { sha: crypto.createHash('sha1').update(content).digest('base64url'), size: content.length };
}

/**
 * One buffer, reused, for the bytes of each page this thread writes: a page's bytes live only
 * until it is written, and a fresh buffer for each of ten thousand pages kept the garbage
 * collector busy (bench:export).
 */
let scratch = Buffer.allocUnsafe(1 << 16);

function encode(page: string): Buffer {
  let length = scratch.write(page);
  // Within a character's width of the end, the page may not have fitted: make room for all of it.
  if (length > scratch.length - 4) {
    scratch = Buffer.allocUnsafe(Buffer.byteLength(page) + 4);
    length = scratch.write(page);
  }
  return scratch.subarray(0, length);
}
