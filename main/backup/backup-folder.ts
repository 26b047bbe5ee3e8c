import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry } from '../../shared/backup';
import { manifestName, parseManifest } from './verify';

const namePattern = /^newsdesk-backup-(\d{4}-\d\d-\d\d)T(\d\d)(\d\d)(\d\d)Z(?:-\d+)?(\.zip)?$/;
const partialPattern = /^\.newsdesk-backup-.*\.partial-(\d+)$/;

/** A backup's name: when it was made (UTC, so names sort by time), and `.zip` for a zip. */
export function backupName(date: Date, zip: boolean, attempt = 1): string {
  const stamp = date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '');
  return `newsdesk-backup-${stamp}${attempt > 1 ? `-${attempt}` : ''}${zip ? '.zip' : ''}`;
}

/** Where a backup is written before it is checked and renamed into place: a dot-name, with the writer's process id. */
export function partialName(name: string): string {
  return `.${name}.partial-${process.pid}`;
}

/** The backups in a folder, newest first; anything else in it is left alone. */
export async function listBackups(destination: string): Promise<BackupEntry[]> {
  const names = await fs.readdir(destination).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const found: BackupEntry[] = [];
  for (const name of names) {
    const match = namePattern.exec(name);
    if (!match) continue;
    const file = path.join(destination, name);
    const zip = !!match[5];
    const stat = await fs.stat(file).catch(() => null);
    if (!stat || stat.isDirectory() === zip) continue;
    const bytes = zip ? stat.size : await folderBytes(file);
    found.push({ name, path: file, createdAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`, bytes, zip });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/** A folder backup's size from its backup.json (the library's bytes), without walking it. */
async function folderBytes(folder: string): Promise<number> {
  const data = await fs.readFile(path.join(folder, manifestName)).catch(() => null);
  return (data && parseManifest(data)?.bytes) || 0;
}

/**
 * Removes what a backup killed half-way left (its dot-name): only when the process that
 * wrote it is gone, so a backup another process is writing into the same folder is spared.
 */
export async function removeAbandoned(destination: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(destination).catch(() => [] as string[])) {
    const match = partialPattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    await fs.rm(path.join(destination, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true; // a failed backup of this process removes its own partial
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
