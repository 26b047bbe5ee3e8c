import fs from 'node:fs/promises';
import { inflateSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A zip backup, written as a stream by fflate, one file at a time, so a library of any size
 * never sits in memory whole. Images are stored as they are (already compressed); text is deflated.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error) this.failure = error;
    else this.chunks.push(data);
  });

  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(file, 'wx'));
  }

  async add(name: string, data: Uint8Array): Promise<void> {
    const entry = /\.(jpe?g|png|gif|webp|avif|zip|gz)$/i.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    entry.push(data, true);
    await this.drain();
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.drain();
    await this.handle.sync();
    await this.handle.close();
  }

  async abort(): Promise<void> {
    this.zip.terminate();
    await this.handle.close().catch(() => undefined);
  }

  private async drain() {
    if (this.failure) throw this.failure;
    while (this.chunks.length) await this.handle.write(this.chunks.shift()!);
  }
}

interface ZipEntry {
  offset: number;
  compressedSize: number;
  size: number;
  method: number;
}

/** Why a zip could not be read: its end is missing (cut short), or an entry is not what its directory says. */
export class ZipDamage extends Error {
  constructor(
    readonly kind: 'truncated' | 'entry',
    readonly entry = '',
  ) {
    super(kind === 'truncated' ? 'the zip is cut short: its central directory is missing' : `entry ${entry} is damaged`);
  }
}

/**
 * Reads a zip backup through its central directory (the sizes there are exact, unlike a scan
 * of the stream for signatures, which an image holding the same bytes would fool), each entry
 * read and inflated on its own. The directory is walked by its size in bytes, not the entry
 * count, which the format keeps in 16 bits.
 */
export class ZipReader {
  private constructor(
    private readonly handle: fs.FileHandle,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(file: string): Promise<ZipReader> {
    const handle = await fs.open(file, 'r');
    try {
      return new ZipReader(handle, await readDirectory(handle));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  async read(name: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const header = await readAt(this.handle, entry.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipDamage('entry', name);
    const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = await readAt(this.handle, start, entry.compressedSize);
    if (raw.length < entry.compressedSize) throw new ZipDamage('entry', name);
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? raw : entry.method === 8 ? inflateSync(raw, { out: new Uint8Array(entry.size) }) : new Uint8Array();
    } catch {
      throw new ZipDamage('entry', name);
    }
    if ((entry.method !== 0 && entry.method !== 8) || data.length !== entry.size) throw new ZipDamage('entry', name);
    return data;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, position + read);
    if (!bytesRead) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}

async function readDirectory(handle: fs.FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + 65535);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipDamage('truncated');
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size - tailLength + end) throw new ZipDamage('truncated');
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < directory.length; ) {
    if (i + 46 > directory.length || directory.readUInt32LE(i) !== 0x02014b50) throw new ZipDamage('truncated');
    const nameLength = directory.readUInt16LE(i + 28);
    const name = directory.toString('utf8', i + 46, i + 46 + nameLength);
    entries.set(name, {
      method: directory.readUInt16LE(i + 10),
      compressedSize: directory.readUInt32LE(i + 20),
      size: directory.readUInt32LE(i + 24),
      offset: directory.readUInt32LE(i + 42),
    });
    i += 46 + nameLength + directory.readUInt16LE(i + 30) + directory.readUInt16LE(i + 32);
  }
  return entries;
}
