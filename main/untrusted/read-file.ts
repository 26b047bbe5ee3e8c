import { constants } from 'node:fs';
import fs from 'node:fs/promises';

/** Why a file from outside was not read: `reason` names the check, for a readable message. */
export class FileRefused extends Error {
  constructor(
    readonly reason: 'notRegular' | 'tooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'FileRefused';
  }
}

/**
 * Reads a file someone else put there (an inbox, a dropped file): only a regular file, not a
 * link, a pipe or a device (a FIFO would block the read for ever, /dev/zero fill memory), and
 * only up to `maxBytes`, checked on the open handle so the file cannot be swapped after the check,
 * and counted while reading, in case it grows.
 */
export async function readUntrusted(file: string, maxBytes: number): Promise<Buffer> {
  const link = await fs.lstat(file);
  if (!link.isFile()) throw new FileRefused('notRegular', `${file} is not a regular file (a link, folder, pipe or device).`);
  // O_NONBLOCK: opening a FIFO swapped in after lstat does not wait for a writer.
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileRefused('notRegular', `${file} is not a regular file (a link, folder, pipe or device).`);
    if (stat.size > maxBytes) throw new FileRefused('tooLarge', `${file} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new FileRefused('tooLarge', `${file} grew while it was read.`);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
