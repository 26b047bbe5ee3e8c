import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry } from '../../shared/backup';
import { backupName, listBackups, partialName, removeAbandoned } from './backup-folder';
import { checksumListName, formatChecksums, sha256 } from './checksums';
import { backupError } from './errors';
import { FolderWriter } from './folder-format';
import { librarySize, snapshotLibrary } from './snapshot';
import { libraryPrefix, manifestName, verifyBackup, type Manifest } from './verify';
import { ZipWriter } from './zip-format';

/** fflate writes the zip format without its 64-bit extension: offsets past 4 GB would wrap. */
const zipLimit = 0xf000_0000;

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Backs a library up into `destination`, as a folder or a zip. The backup is written under a
 * dot-name, read back and checked against its checksum list, and only then renamed to its
 * final name: a backup under that name is complete, and one stopped half-way (a crash, a
 * kill, a full disk) leaves only the dot-name, removed by the next backup.
 */
export async function makeBackup(libraryDir: string, destination: string, options: { zip: boolean; now?: Date }): Promise<BackupEntry> {
  const library = path.resolve(libraryDir);
  const folder = path.resolve(destination);
  if (!(await isLibrary(library))) {
    throw backupError('notLibrary', `${library} is not a Newsdesk library (it has no site.json and no articles folder).`, { path: library });
  }
  if (isInside(folder, library)) {
    throw backupError('destinationInLibrary', `Back up into a folder outside the library, not ${folder}.`, { path: folder });
  }
  await fs.mkdir(folder, { recursive: true });
  await removeAbandoned(folder);
  const now = options.now ?? new Date();
  const taken = new Set((await listBackups(folder)).map((b) => b.name));
  let name = backupName(now, options.zip);
  for (let attempt = 2; taken.has(name); attempt++) name = backupName(now, options.zip, attempt);
  if (options.zip && (await librarySize(library)) > zipLimit) {
    throw backupError('zipTooLarge', 'The library is larger than a zip backup can hold (4 GB); back up to a folder instead.', { path: library });
  }

  const partial = path.join(folder, partialName(name));
  const writer = options.zip ? await ZipWriter.create(partial) : await FolderWriter.create(partial);
  try {
    const sums = new Map<string, string>();
    let files = 0;
    let bytes = 0;
    for await (const file of snapshotLibrary(library, await keyFileOf(library))) {
      const entry = libraryPrefix + file.name;
      sums.set(entry, sha256(file.data));
      await writer.add(entry, file.data);
      files++;
      bytes += file.data.length;
    }
    const manifest: Manifest = { format: 'newsdesk-backup', version: 1, createdAt: now.toISOString(), library, files, bytes };
    const manifestData = Buffer.from(JSON.stringify(manifest, null, 2));
    sums.set(manifestName, sha256(manifestData));
    await writer.add(manifestName, manifestData);
    await writer.add(checksumListName, Buffer.from(formatChecksums(sums)));
    await writer.finish();
    await verifyBackup(partial);
    const final = path.join(folder, name);
    await fs.rename(partial, final);
    return { name, path: final, createdAt: manifest.createdAt.replace(/\.\d+Z$/, 'Z'), bytes: options.zip ? (await fs.stat(final)).size : bytes, zip: options.zip };
  } catch (error) {
    await writer.abort();
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

async function isLibrary(dir: string): Promise<boolean> {
  const found = await Promise.all(['site.json', 'articles'].map((name) => fs.access(path.join(dir, name)).then(() => true, () => false)));
  return found.some(Boolean);
}

/** The key file named in the library's settings, left out of the backup if it is inside the library. */
async function keyFileOf(library: string): Promise<string> {
  try {
    const settings = JSON.parse(await fs.readFile(path.join(library, 'settings.json'), 'utf8')) as { secretsFile?: unknown };
    return typeof settings.secretsFile === 'string' ? settings.secretsFile : '';
  } catch {
    return '';
  }
}
