import fs from 'node:fs/promises';
import path from 'node:path';
import { importExtensions } from './analyze';

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
