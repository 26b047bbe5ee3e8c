import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Library } from '../../main/library/library';
import { openSession as open, type Session } from '../../main/session';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A fresh folder that is removed after the test. */
export async function tempDir(prefix = 'newsdesk-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a library and closes it after the test unless the test closed it. */
export async function openLibrary(dir: string): Promise<Library> {
  const library = await Library.open(dir);
  cleanups.push(() => library.close().catch(() => undefined));
  return library;
}

/** Opens a library with its publisher, closed after the test unless the test closed it. */
export async function openSession(dir: string, options?: Parameters<typeof open>[1]): Promise<Session> {
  const session = await open(dir, options);
  cleanups.push(() => session.close().catch(() => undefined));
  return session;
}
