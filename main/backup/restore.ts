import fs from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../library/library';
import { sha256 } from './checksums';
import { backupError, damagedBackup } from './errors';
import { isInside } from './make-backup';
import { libraryPrefix, openBackup, readEntry, verifyBackup } from './verify';

export interface RestoreResult {
  path: string;
  files: number;
  articles: number;
}

/**
 * Restores a backup into a new library folder: `target` must not exist or be empty, and
 * must not be (or be inside) `openLibrary`, the library the app has open. The whole backup is
 * checked first; a damaged one is reported with the file found wrong and nothing is written.
 * The files are then written under a dot-name beside the target, each checked again as it is
 * written, the library is opened there once (which builds its catalogue from the articles),
 * and the folder is renamed into place: the target holds the whole library or nothing.
 */
export async function restoreBackup(backup: string, target: string, options: { openLibrary?: string } = {}): Promise<RestoreResult> {
  const source = path.resolve(backup);
  const folder = path.resolve(target);
  if (options.openLibrary && (isInside(folder, path.resolve(options.openLibrary)) || isInside(path.resolve(options.openLibrary), folder))) {
    throw backupError('targetIsLibrary', `Restore into a new folder, not the open library or a folder around or inside it (${folder}).`, { path: folder });
  }
  if (await isNonEmpty(folder)) {
    throw backupError('targetNotEmpty', `Restore into a new or empty folder; ${folder} is not empty.`, { path: folder });
  }
  const { sums } = await verifyBackup(source);

  await fs.mkdir(path.dirname(folder), { recursive: true });
  const partial = path.join(path.dirname(folder), `.${path.basename(folder)}.restoring-${process.pid}`);
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(partial);
  const reader = await openBackup(source);
  try {
    let files = 0;
    for (const [name, hash] of sums) {
      if (!name.startsWith(libraryPrefix)) continue;
      const data = await readEntry(source, reader, name);
      // Checked again: the backup could change between the check and this read.
      if (!data) throw damagedBackup(source, { kind: 'fileMissing', file: name });
      if (sha256(data) !== hash) throw damagedBackup(source, { kind: 'fileChanged', file: name });
      const file = path.join(partial, ...name.slice(libraryPrefix.length).split('/'));
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, data);
      files++;
    }
    // The catalogue is not in a backup: marked as after a crash, the library builds it from the articles.
    await fs.writeFile(path.join(partial, '.open'), 'restored');
    const library = await Library.open(partial);
    const articles = library.info().articleCount + library.info().trashCount;
    await library.close();
    if (await exists(folder)) await fs.rmdir(folder);
    await fs.rename(partial, folder);
    return { path: folder, files, articles };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await reader.close();
  }
}

async function isNonEmpty(folder: string): Promise<boolean> {
  try {
    return (await fs.readdir(folder)).length > 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'ENOTDIR') return true;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}
