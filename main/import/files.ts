import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { FileRefused, readUntrusted } from '../untrusted/read-file';
import { importExtensions, maxDocxBytes } from './analyze';

/** The files named, with the importable files inside any folder among them, in name order. */
export async function expandImportPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const full = path.resolve(given);
    if ((await fs.stat(full)).isDirectory()) {
      const entries = await fs.readdir(full, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && importExtensions.includes(path.extname(e.name).toLowerCase()))
          .map((e) => path.join(e.parentPath, e.name))
          .sort(),
      );
    } else {
      files.push(full);
    }
  }
  return files;
}

/** A file named for import: a regular file only (a pipe would block the read), at most the largest importable size. */
export async function readImportFile(file: string): Promise<Buffer> {
  try {
    return await readUntrusted(file, maxDocxBytes);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const name = path.basename(file);
    if (error.reason === 'tooLarge') throw new ApiError('invalid-input', 'error.import.tooLarge', error.message, { size: `> ${maxDocxBytes / 1024 / 1024} MB`, limit: `${maxDocxBytes / 1024 / 1024} MB` });
    throw new ApiError('invalid-input', 'error.handoff.notRegular', error.message, { name });
  }
}
