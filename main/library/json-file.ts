import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';

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
 * The shape of a stored file with a version of its format: a file of another version is
 * damaged to this one, as any other that is not of the shape.
 */
export function storeSchema<const V extends number, S extends z.ZodRawShape>(version: V, shape: S) {
  return z.object({ version: z.literal(version), ...shape });
}

/**
 * The one way every stored JSON file of the library is opened: lowdb, which writes through a
 * temporary file and a rename, so a crash never leaves half a file; the content is checked
 * against its zod schema, and a file that is not JSON, or not of the schema, is moved aside
 * rather than overwritten (DamagedFileError says where). A missing file starts as `fallback`.
 */
export async function openJson<T>(file: string, fallback: T, schema: z.ZodType<T>): Promise<Low<T>> {
  const db = new Low<T>(new JSONFile<T>(file), fallback);
  try {
    await db.read();
    db.data = schema.parse(db.data);
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
export function readJsonSync<T>(file: string, schema: z.ZodType<T>): T {
  const text = fsSync.readFileSync(file, 'utf8'); // missing or unreadable is not damage: the caller decides
  try {
    return schema.parse(JSON.parse(text));
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
