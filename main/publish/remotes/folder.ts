import fs from 'node:fs/promises';
import path from 'node:path';
import type { Remote } from '../remote';

/** A local or network folder. */
export async function openFolder(root: string): Promise<Remote> {
  await fs.mkdir(root, { recursive: true });
  const at = (file: string) => path.join(root, ...file.split('/'));
  return {
    parallel: 16,
    ordered: false,
    async list() {
      const files = new Map<string, number>();
      const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
      await Promise.all(
        entries
          .filter((e) => e.isFile())
          .map(async (e) => {
            const full = path.join(e.parentPath, e.name);
            files.set(path.relative(root, full).split(path.sep).join('/'), (await fs.stat(full)).size);
          }),
      );
      return files;
    },
    async read(file) {
      return fs.readFile(at(file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    },
    size: async (file) => (await fs.stat(at(file)).catch(() => null))?.size ?? null,
    write: (file, data) => fs.writeFile(at(file), data),
    rename: (from, to) => fs.rename(at(from), at(to)),
    remove: (file) => fs.rm(at(file), { force: true }),
    mkdirs: async (dirs) => {
      for (const dir of dirs) await fs.mkdir(at(dir), { recursive: true });
    },
    isMissing: (error) => (error as NodeJS.ErrnoException)?.code === 'ENOENT',
    close: async () => undefined,
  };
}
