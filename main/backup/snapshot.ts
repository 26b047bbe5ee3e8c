import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What a backup leaves out of a library folder: secrets (the desktop shell's encrypted
 * passwords), the staging copies of the site (rendered again at the next push), the catalogue
 * and the search index (both rebuilt from the articles when a backup is restored, so they always
 * match them), and every dot-file: the lock, the `.open` mark, and temporary files of writes in progress.
 */
const leftOut = new Set(['secrets.json', 'staging', 'catalogue.json', 'catalogue.log', 'catalogue.log.1', 'search-index.jsonl']);

/** A library file as read for a backup: its path inside the library (with `/`) and its bytes. */
export interface SnapshotFile {
  name: string;
  data: Buffer;
}

/**
 * The library's files, read one at a time. Every store of the library replaces a file by
 * renaming a new one over it, and a read holds the file it opened, so each file comes out
 * whole as it was before or after a save running at the same time, never torn; the log-like
 * files (revisions) only grow, and their readers skip a last line cut short. A file removed
 * while the backup runs (the trash emptied) is passed over. `keyFile`: the key file named in
 * settings, left out if it is inside the library.
 */
export async function* snapshotLibrary(dir: string, keyFile = ''): AsyncGenerator<SnapshotFile> {
  // Relative to the library or to the working folder: either way it stays out.
  const keys = new Set(keyFile ? [path.resolve(dir, keyFile), path.resolve(keyFile)] : []);
  for (const name of await libraryFiles(dir)) {
    if (keys.has(path.join(dir, name))) continue;
    let data: Buffer;
    try {
      data = await fs.readFile(path.join(dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    yield { name, data };
  }
}

/** The paths of the files a backup holds, sorted, with `/` on every platform. */
export async function libraryFiles(dir: string): Promise<string[]> {
  const names: string[] = [];
  const walk = async (relative: string) => {
    const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (!relative && leftOut.has(entry.name)) continue;
      if (entry.isDirectory()) await walk(name);
      else if (entry.isFile()) names.push(name);
    }
  };
  await walk('');
  return names.sort();
}

/** The total size of those files, to refuse a zip that would pass the format's 4 GB before starting. */
export async function librarySize(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await libraryFiles(dir)) bytes += await fs.stat(path.join(dir, name)).then((s) => s.size, () => 0);
  return bytes;
}
