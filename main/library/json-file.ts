import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/** A file that could not be read was moved to `movedTo`; the library tells the user. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly movedTo: string,
    cause: unknown,
  ) {
    super(`${file} could not be read and was moved to ${movedTo}`, { cause });
  }
}

/**
 * Opens a lowdb JSON file (lowdb writes through a temporary file and a rename, so a crash
 * never leaves half a file). A file that is not JSON, or not of the expected shape, is moved
 * aside rather than overwritten.
 */
export async function openJson<T>(file: string, fallback: T, check: (data: unknown) => T): Promise<Low<T>> {
  const db = new Low<T>(new JSONFile<T>(file), fallback);
  try {
    await db.read();
    db.data = check(db.data);
    return db;
  } catch (error) {
    const movedTo = await moveAside(file);
    throw new DamagedFileError(file, movedTo, error);
  }
}

/**
 * Reads one small JSON file synchronously: exports read thousands of articles, and the
 * promise API costs more than the read. A damaged file is moved aside as in openJson.
 */
export function readJsonSync<T>(file: string, check: (data: unknown) => T): T {
  const text = fsSync.readFileSync(file, 'utf8'); // missing or unreadable is not damage: the caller decides
  try {
    return check(JSON.parse(text));
  } catch (error) {
    const movedTo = asideName(file);
    fsSync.renameSync(file, movedTo);
    throw new DamagedFileError(file, movedTo, error);
  }
}

export async function moveAside(file: string): Promise<string> {
  const target = asideName(file);
  await fs.rename(file, target);
  return target;
}

function asideName(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(file), `${path.basename(file, '.json')}.damaged-${stamp}.json`);
}
