import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Most entries the archive may list. */
  entries: number;
  /** Most bytes one entry may inflate to. */
  entryBytes: number;
  /** Most bytes all entries together may inflate to. */
  totalBytes: number;
}

/** Why an archive was refused: `reason` names the limit, for a readable message. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: 'notZip' | 'tooManyEntries' | 'tooLarge',
    message: string,
    readonly entry?: string,
  ) {
    super(message);
    this.name = 'ZipRefused';
  }
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032 to 1,
 * so no step makes more than 16 MB before the counts can stop it.
 */
const slice = 16 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Reads an untrusted zip entry by entry, as its central directory lists them (the directory
 * is what Word readers and fflate go by): first the count, names and declared sizes, then each
 * wanted entry through a streaming inflate that stops at the limit, whatever the archive
 * declares. Nothing is inflated in full before it is counted. `wanted` says which entries to
 * keep (false: skipped unread) or throws to refuse the archive for one. `keep: false` counts
 * and checks without keeping the bytes (a .docx before mammoth reads it).
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean, keep = true): Map<string, Uint8Array> {
  const entries = directory(bytes, limits.entries).filter((entry) => wanted(entry.name));
  let declared = 0;
  for (const entry of entries) {
    if (entry.size > limits.entryBytes) throw new ZipRefused('tooLarge', `${entry.name} unpacks to more than ${megabytes(limits.entryBytes)}.`, entry.name);
    declared += entry.size;
    if (declared > limits.totalBytes) throw new ZipRefused('tooLarge', `The archive unpacks to more than ${megabytes(limits.totalBytes)}.`);
  }
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entryBytes) throw new ZipRefused('tooLarge', `${entry.name} unpacks to more than ${megabytes(limits.entryBytes)}.`, entry.name);
      if (total > limits.totalBytes) throw new ZipRefused('tooLarge', `The archive unpacks to more than ${megabytes(limits.totalBytes)}.`);
      if (keep) chunks.push(chunk);
    };
    if (entry.method === 0) take(data);
    else {
      let ended = false;
      const inflate = new Inflate((chunk, final) => {
        take(chunk);
        ended ||= final;
      });
      try {
        for (let at = 0; at < data.length; at += slice) inflate.push(data.subarray(at, at + slice), at + slice >= data.length);
        if (data.length === 0) inflate.push(data, true); // an empty deflate stream still ends
      } catch (error) {
        if (error instanceof ZipRefused) throw error;
        throw new ZipRefused('notZip', `${entry.name} is damaged (${error instanceof Error ? error.message : String(error)}).`, entry.name);
      }
      if (!ended) throw new ZipRefused('notZip', `${entry.name} is cut short.`, entry.name);
    }
    if (size !== entry.size) throw new ZipRefused('notZip', `${entry.name} does not unpack to the size the archive gives it.`, entry.name);
    if (keep) files.set(entry.name, join(chunks, size));
  }
  return files;
}

/** The central directory's entries; zip64 archives (over 4 GB) are not read. */
function directory(bytes: Uint8Array, most: number): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipRefused('notZip', 'Not a zip archive (no central directory).');
  const count = view.getUint16(end + 10, true);
  if (count > most) throw new ZipRefused('tooManyEntries', `The archive holds more than ${most} entries.`);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipRefused('notZip', 'The zip directory is damaged.');
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.method !== 0 && entry.method !== 8) throw new ZipRefused('notZip', `${entry.name} is packed in a way zip readers here do not know (method ${entry.method}).`, entry.name);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw new ZipRefused('tooLarge', 'The archive is a zip64 archive, larger than 4 GB.');
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || new DataView(bytes.buffer, bytes.byteOffset + at, 30).getUint32(0, true) !== 0x04034b50) {
    throw new ZipRefused('notZip', `${entry.name}: the zip entry is damaged.`, entry.name);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 30);
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipRefused('notZip', `${entry.name} is cut short.`, entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === size) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
