import fs from 'node:fs/promises';
import path from 'node:path';

/** A folder backup: the files as they are, under the backup's folder. */
export class FolderWriter {
  private readonly made = new Set<string>();

  private constructor(private readonly root: string) {}

  static async create(root: string): Promise<FolderWriter> {
    await fs.mkdir(root);
    return new FolderWriter(root);
  }

  async add(name: string, data: Uint8Array): Promise<void> {
    const file = path.join(this.root, ...name.split('/'));
    const parent = path.dirname(file);
    if (!this.made.has(parent)) {
      await fs.mkdir(parent, { recursive: true });
      this.made.add(parent);
    }
    await fs.writeFile(file, data, { flag: 'wx' });
  }

  async finish(): Promise<void> {}

  async abort(): Promise<void> {}
}

export class FolderReader {
  private constructor(
    private readonly root: string,
    private readonly entries: string[],
    /** Only regular files are read: a link or a pipe in a backup reads as missing, never followed or waited on. */
    private readonly regular: Set<string>,
  ) {}

  static async open(root: string): Promise<FolderReader> {
    const entries: string[] = [];
    const regular = new Set<string>();
    const walk = async (relative: string) => {
      for (const entry of await fs.readdir(path.join(root, relative), { withFileTypes: true })) {
        const name = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(name);
        else entries.push(name);
        if (entry.isFile()) regular.add(name);
      }
    };
    await walk('');
    return new FolderReader(root, entries, regular);
  }

  names(): string[] {
    return this.entries;
  }

  async read(name: string): Promise<Uint8Array | null> {
    if (!this.regular.has(name)) return null;
    return fs.readFile(path.join(this.root, ...name.split('/'))).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  }

  async close(): Promise<void> {}
}
