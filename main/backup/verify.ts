import fs from 'node:fs/promises';
import { z } from 'zod';
import { checksumListName, parseChecksums, sha256 } from './checksums';
import { backupError, damagedBackup } from './errors';
import { FolderReader } from './folder-format';
import { ZipDamage, ZipReader } from './zip-format';

/** Inside a backup: the library's files under `library/`, `backup.json` describing them, and the checksum list of both. */
export const libraryPrefix = 'library/';
export const manifestName = 'backup.json';

export const manifestSchema = z.object({
  format: z.literal('newsdesk-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  library: z.string(),
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type BackupReader = FolderReader | ZipReader;

/** A folder backup or a zip backup, by what is at the path. */
export async function openBackup(backup: string): Promise<BackupReader> {
  const stat = await fs.stat(backup).catch(() => null);
  if (!stat) throw backupError('notFound', `There is no backup at ${backup}.`, { path: backup });
  if (stat.isDirectory()) return FolderReader.open(backup);
  try {
    return await ZipReader.open(backup);
  } catch (error) {
    if (error instanceof ZipDamage) throw damagedBackup(backup, { kind: 'zipTruncated' });
    throw error;
  }
}

/** A path inside the backup that stays inside the folder it is restored to. */
export function isSafeName(name: string): boolean {
  if (!name.startsWith(libraryPrefix) && name !== manifestName) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part));
}

/** Reads one entry; a zip entry that does not inflate to its size is reported as that file. */
export async function readEntry(backup: string, reader: BackupReader, name: string): Promise<Uint8Array | null> {
  try {
    return await reader.read(name);
  } catch (error) {
    if (error instanceof ZipDamage) throw damagedBackup(backup, { kind: 'fileUnreadable', file: name });
    throw error;
  }
}

/**
 * Checks a backup whole before anything is done with it: the checksum list is there and
 * well formed, every listed file is there with its checksum, no file is there unlisted, and
 * backup.json counts as many library files as the list holds (so a list cut short is caught).
 * Throws the first damage found, naming the file.
 */
export async function verifyBackup(backup: string): Promise<{ manifest: Manifest; sums: Map<string, string> }> {
  const reader = await openBackup(backup);
  try {
    const list = await readEntry(backup, reader, checksumListName);
    if (!list) throw damagedBackup(backup, { kind: 'listMissing' });
    const { sums, badLine } = parseChecksums(Buffer.from(list).toString('utf8'));
    if (badLine !== null) throw damagedBackup(backup, { kind: 'listDamaged', line: badLine });
    for (const name of reader.names()) {
      if (name !== checksumListName && !sums.has(name)) throw damagedBackup(backup, { kind: 'fileUnexpected', file: name });
    }
    let manifest: Manifest | null = null;
    for (const [name, hash] of sums) {
      if (!isSafeName(name)) throw damagedBackup(backup, { kind: 'unsafeName', file: name });
      const data = await readEntry(backup, reader, name);
      if (!data) throw damagedBackup(backup, { kind: 'fileMissing', file: name });
      if (sha256(data) !== hash) throw damagedBackup(backup, { kind: 'fileChanged', file: name });
      if (name === manifestName) manifest = parseManifest(data);
    }
    const files = [...sums.keys()].filter((name) => name.startsWith(libraryPrefix)).length;
    if (!manifest || manifest.files !== files) throw damagedBackup(backup, { kind: 'manifestDamaged' });
    return { manifest, sums };
  } finally {
    await reader.close();
  }
}

export function parseManifest(data: Uint8Array): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(Buffer.from(data).toString('utf8')));
  } catch {
    return null;
  }
}
